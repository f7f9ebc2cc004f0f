import { longDate } from '../../../src/core/attendance/certificateFields'

/**
 * The words the session summary prints for its figures, kept apart from the layout so they can be
 * checked on their own and so the preview in the app can say the same thing.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** "Tuesday 8 December 2026". The weekday comes from UTC so the machine's time zone cannot shift it. */
export function weekdayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const weekday = WEEKDAYS[new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay()] ?? ''
  return `${weekday} ${longDate(isoDate)}`
}

/** "Tuesday 8 December 2026, 19:00–20:19"; "from 19:00" when the end was never recorded. */
export function sessionWhen(date: string, startTime: string, endTime: string | null): string {
  return `${weekdayDate(date)}, ${endTime ? `${startTime}–${endTime}` : `from ${startTime}`}`
}

/** A local 'YYYY-MM-DDTHH:mm' (the plan's scheduledStart) as "Tuesday 12 January 2027, 19:00". */
export function scheduledWhen(localDateTime: string): string {
  const [date = '', time = ''] = localDateTime.split('T')
  return time ? `${weekdayDate(date)}, ${time}` : weekdayDate(date)
}

/** A due date as printed: ISO dates in words, anything else (free text) as typed, nothing as a dash. */
export function dueText(due: string): string {
  const trimmed = due.trim()
  if (!trimmed) return '—'
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? longDate(trimmed) : trimmed
}

/** "+3", "−2" (a true minus sign, so it does not read as a hyphen), "on time". */
export function signedMinutes(difference: number): string {
  if (difference === 0) return 'on time'
  return difference > 0 ? `+${difference}` : `\u2212${-difference}`
}

/** The over/under cell of one agenda item. */
export function overUnder(item: { plannedMinutes: number; actualMinutes: number | null; skipped: boolean }): string {
  if (item.skipped) return 'skipped'
  if (item.actualMinutes === null) return 'not reached'
  return signedMinutes(item.actualMinutes - item.plannedMinutes)
}

export function rebalanceSentence(rebalances: number): string {
  if (rebalances === 0) return 'The timings were not rebalanced during the session.'
  const times = rebalances === 1 ? 'once' : rebalances === 2 ? 'twice' : `${rebalances} times`
  return `The timings of the remaining items were rebalanced ${times} during the session.`
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

/** "Lena Vogel (guest)": the attendance table's note column. */
export function presenceNote(person: { guest: boolean; late: boolean; leftEarly: boolean }): string {
  return [person.guest ? 'guest' : '', person.late ? 'arrived late' : '', person.leftEarly ? 'left early' : ''].filter(Boolean).join(', ')
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`
