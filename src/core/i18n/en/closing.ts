import { englishNumber } from '../counting'

/** English words of the closing area: the end of a session, its summary preview, and the thread of actions between sessions. */
export const closing = {
  form: {
    title: 'Closing the session',
    invalid: 'Check the closing steps.',
    facilitator: 'Facilitator',
    noteTaker: 'Note-taker',
    selfEvaluation: 'The group’s self-evaluation (1 = not at all, 5 = very)',
    /** One group score each, in this order (the saved scores follow it). */
    questions: [
      'How useful was today’s session for our practice?',
      'Did everyone have a fair chance to contribute?',
      'How well did the structure and timing work?',
      'How safe did it feel to share?'
    ],
    keepOrChange: 'What should we keep or change next time?',
    nextSession: 'Next session',
    nextFacilitator: 'Next facilitator',
    suggestedFacilitator: 'Suggested: whoever facilitated least recently.',
    prompts: 'Reflection prompts for the month',
    prompt: (n: number) => `Reflection prompt ${n}`,
    defaultPrompt: 'What did you try this month, and what happened?',
    addPrompt: 'Add a reflection prompt',
    preview: 'Preview the summary',
    planNext: 'Plan the next session'
  },
  summary: {
    title: 'Session summary',
    preparing: 'Preparing the summary…',
    refused: 'The summary cannot be saved yet',
    close: 'Close',
    saveWord: 'Save as Word…',
    saved: (file: string) => `Saved ${file}`,
    savedTitle: 'Summary saved',
    when: (date: string, start: string) => `${date}, ${start}`,
    facilitator: (name: string) => ` · facilitator ${name}`,
    noteTaker: (name: string) => ` · notes ${name}`,
    attendance: (present: string, apologies: string) => `Present: ${present}. Apologies: ${apologies}.`,
    guest: (name: string) => `${name} (guest)`,
    nobodyMarked: 'nobody marked',
    none: 'none',
    tableLabel: 'Planned and actual minutes',
    item: 'Item',
    planned: 'Planned',
    overUnder: 'Over / under',
    protocol: 'Protocol',
    minutes: (n: number) => `${n} min`,
    skipped: 'skipped',
    notReached: 'not reached',
    onTime: 'on time',
    themes: (list: string) => `Themes: ${list}`,
    done: ' (done)',
    noActions: 'No actions were recorded.',
    next: (when: string) => `Next session: ${when}`,
    notSet: 'not set',
    facilitatedBy: (name: string) => `, facilitated by ${name}`
  },
  /** How an action reads in a list: "Send the reading list — Léa, by December 8, 2026". */
  actionOwner: (name: string) => ` — ${name}`,
  actionDue: (date: string) => `, by ${date}`,
  carried: {
    locked: 'Actions carried forward are in the confidential notes.',
    title: 'Open actions to follow up'
  },
  openActions: {
    title: 'Open actions',
    none: 'No open actions.'
  },
  cycle: {
    title: 'This cycle',
    from: 'From',
    to: 'To',
    sessionsHeld: 'sessions held',
    averageAttendance: 'average attendance',
    membersWhoCame: 'members who came',
    guestVisits: 'guest visits',
    percent: (n: number) => `${n} %`,
    share: (part: number, whole: number) => `${part} of ${whole}`,
    tableLabel: 'Attendance and CPD per member',
    member: 'Member',
    sessions: 'Sessions',
    attendance: 'Attendance',
    cpdHours: 'CPD hours',
    guest: (name: string) => `${name} (guest)`,
    hours: (hours: number) => englishNumber(hours)
  }
}
