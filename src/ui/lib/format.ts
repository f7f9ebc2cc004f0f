import dayjs from 'dayjs'

/** "Tue 9 Dec 2026, 19:00" in the user's own locale conventions. */
export function formatSessionDate(localDateTime: string): string {
  const date = dayjs(localDateTime)
  if (!date.isValid()) return localDateTime
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date.toDate())
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
