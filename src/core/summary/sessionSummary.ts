/**
 * Everything the Word summary of one session prints, already decided: which notes (de-identified
 * and checked), which figures (talk time only if the group opted in). The document builder only
 * lays it out; the service assembles it (electron/services/summary) and gates it on the notes check.
 */
export interface SessionSummary {
  groupName: string
  sessionTitle: string
  /** Local date 'YYYY-MM-DD' and times 'HH:mm' as the session ran (planned start if it never ran). */
  date: string
  startTime: string
  endTime: string | null
  facilitator: string
  /** '' when nobody was named. */
  noteTaker: string
  learningFocus: string
  attendance: {
    present: { name: string; guest: boolean; minutes: number; late: boolean; leftEarly: boolean }[]
    apologies: string[]
    /** Members neither marked present nor sending apologies. */
    notMarked: string[]
  }
  agenda: {
    title: string
    break: boolean
    plannedMinutes: number
    /** Minutes the item actually ran; null if it never ran (skipped or not reached). */
    actualMinutes: number | null
    skipped: boolean
    /** "Consultancy Protocol (v2)", or null. */
    protocol: string | null
  }[]
  timing: { plannedMinutes: number; actualMinutes: number | null; rebalances: number }
  /** Per agenda item that has notes, in agenda order. */
  notes: { itemTitle: string; themes: string[]; summary: string; questions: string; reflections: string }[]
  actions: { text: string; owner: string; due: string; done: boolean; itemTitle: string }[]
  selfEvaluation: { ratings: { question: string; score: number | null }[]; comment: string } | null
  next: { scheduledStart: string | null; facilitator: string }
  reflectionPrompts: string[]
  confidentialityStatement: string
  /** Aggregate shares only, and only when the group allows talk time in exports. */
  talkTime: { name: string; sharePercent: number }[] | null
}
