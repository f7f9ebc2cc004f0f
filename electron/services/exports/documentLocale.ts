import { englishNumber, frenchNumber } from '../../../src/core/i18n/counting'
import { clockTime, longDate, weekdayDate } from '../../../src/core/i18n/dates'
import { messagesFor, type Messages } from '../../../src/core/i18n/messages'
import type { AppLocale } from '../../../src/core/model/locale'

/**
 * The language and formats one document is written in: its words, and its dates, times and
 * numbers. The documents print calendar dates (a session's day, an issue date) and wall-clock
 * times as the facilitator recorded them, so nothing here goes through the machine's time zone
 * in a way that could move them: a date is read as local noon of that day (no time zone's
 * midnight or DST jump reaches noon of another day) and formatted back in the same zone.
 */
export interface DocumentWords {
  locale: AppLocale
  t: Messages['documents']
  /** "2026-12-08" → "8 December 2026", "December 8, 2026", "8 décembre 2026". */
  date: (isoDate: string) => string
  /** "2026-12-08" → "Tuesday 8 December 2026", "mardi 8 décembre 2026". */
  weekdayDate: (isoDate: string) => string
  /** A recorded "19:05" → "19:05" (en-GB, fr-CA) or "7:05 PM" (en-US, en-CA). */
  clock: (hhmm: string) => string
  /** Decimal hours as stored ("1.25") in the language's separators ("1,25" in French). */
  decimal: (text: string) => string
  /** A whole number (minutes, a percentage) as the language writes it. */
  number: (value: number) => string
}

/** Certificates issued before documents had a language were printed in this one, so it stays the default. */
export const DEFAULT_DOCUMENT_LOCALE: AppLocale = 'en-GB'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Local noon of an ISO date, or null for anything else (printed as given). */
function localNoon(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate.trim())
  if (!match) return null
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  return new Date(year, month - 1, day, 12)
}

export function documentWords(locale: AppLocale = DEFAULT_DOCUMENT_LOCALE): DocumentWords {
  const french = locale === 'fr-CA'
  return {
    locale,
    t: messagesFor(locale).documents,
    date: (isoDate) => {
      const noon = localNoon(isoDate)
      return noon ? longDate(noon, locale) : isoDate
    },
    weekdayDate: (isoDate) => {
      const noon = localNoon(isoDate)
      return noon ? weekdayDate(noon, locale) : isoDate
    },
    clock: (hhmm) => {
      const match = /^(\d{2}):(\d{2})$/.exec(hhmm)
      if (!match) return hhmm
      const [hours, minutes] = [Number(match[1]), Number(match[2])]
      // A day with no clock change anywhere at that hour; if this zone still skips it, print it as recorded.
      const at = new Date(2000, 0, 15, hours, minutes)
      return at.getHours() === hours && at.getMinutes() === minutes ? clockTime(at, locale) : hhmm
    },
    decimal: (text) => (french && /^\d+(\.\d+)?$/.test(text) ? frenchNumber(Number(text)) : text),
    // English documents have always printed plain digits (minutes stay "1440", not "1,440").
    number: (value) => (french ? frenchNumber(value) : Number.isInteger(value) ? String(value) : englishNumber(value))
  }
}
