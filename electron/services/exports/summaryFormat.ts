import type { AppLocale } from '../../../src/core/model/locale'
import { documentWords, type DocumentWords } from './documentLocale'

/**
 * The words the session summary prints for its figures, kept apart from the layout so they can be
 * checked on their own. Dates are the session's calendar dates and times its recorded wall-clock
 * times: documentWords formats them so the machine's time zone cannot move them.
 */
export interface SummaryWording {
  words: DocumentWords
  /** "Tuesday 8 December 2026, 19:00–20:19"; "from 19:00" when the end was never recorded. */
  sessionWhen: (date: string, startTime: string, endTime: string | null) => string
  /** A local 'YYYY-MM-DDTHH:mm' (the plan's scheduledStart) as "Tuesday 12 January 2027, 19:00". */
  scheduledWhen: (localDateTime: string) => string
  /** A due date as printed: ISO dates in words, anything else (free text) as typed, nothing as a dash. */
  dueText: (due: string) => string
  /** "+3", "−2" (a true minus sign, so it does not read as a hyphen), "on time". */
  signedMinutes: (difference: number) => string
  /** The over/under cell of one agenda item. */
  overUnder: (item: { plannedMinutes: number; actualMinutes: number | null; skipped: boolean }) => string
  rebalanceSentence: (rebalances: number) => string
  /** "guest, arrived late": the attendance table's note column. */
  presenceNote: (person: { guest: boolean; late: boolean; leftEarly: boolean }) => string
}

export function summaryWording(locale?: AppLocale): SummaryWording {
  const words = documentWords(locale)
  const t = words.t.summary
  const signedMinutes = (difference: number) => {
    if (difference === 0) return t.agenda.onTime
    return difference > 0 ? `+${words.number(difference)}` : `\u2212${words.number(-difference)}`
  }
  return {
    words,
    sessionWhen: (date, startTime, endTime) =>
      endTime ? t.when.span(words.weekdayDate(date), words.clock(startTime), words.clock(endTime)) : t.when.from(words.weekdayDate(date), words.clock(startTime)),
    scheduledWhen: (localDateTime) => {
      const [date = '', time = ''] = localDateTime.split('T')
      return time ? t.when.at(words.weekdayDate(date), words.clock(time)) : words.weekdayDate(date)
    },
    dueText: (due) => {
      const trimmed = due.trim()
      if (!trimmed) return '—'
      return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? words.date(trimmed) : trimmed
    },
    signedMinutes,
    overUnder: (item) => {
      if (item.skipped) return t.agenda.skipped
      if (item.actualMinutes === null) return t.agenda.notReached
      return signedMinutes(item.actualMinutes - item.plannedMinutes)
    },
    rebalanceSentence: (rebalances) => t.agenda.rebalanced(rebalances),
    presenceNote: (person) =>
      [person.guest ? t.attendance.guest : '', person.late ? t.attendance.late : '', person.leftEarly ? t.attendance.leftEarly : ''].filter(Boolean).join(', ')
  }
}

/** Themes of every item, first spelling kept, in the order they first came up; case and spacing ignored. */
export function distinctThemes(notes: readonly { themes: readonly string[] }[]): string[] {
  const seen = new Map<string, string>()
  for (const theme of notes.flatMap((n) => n.themes)) {
    const label = theme.trim().replace(/\s+/g, ' ')
    const key = label.toLocaleLowerCase()
    if (label && !seen.has(key)) seen.set(key, label)
  }
  return [...seen.values()]
}

/**
 * Note text as paragraphs of lines: a blank line separates paragraphs, a single line break stays a
 * line break (note-takers type lists that way). Trailing spaces and blank edges go.
 */
export function textBlocks(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
}

/**
 * The footer's short form of the group's statement: its first sentence, or the first words of it
 * when even that would crowd the footer. The full statement is printed once at the end.
 */
export function shortConfidentiality(statement: string, maxChars = 140): string {
  const flat = statement.trim().replace(/\s+/g, ' ')
  const first = /^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat
  if (first.length <= maxChars) return first
  const cut = first.slice(0, maxChars - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2)).trimEnd()}…`
}
