import dayjs from 'dayjs'
import localizedFormat from 'dayjs/plugin/localizedFormat.js'
import 'dayjs/locale/en-ca.js'
import 'dayjs/locale/en-gb.js'
import 'dayjs/locale/fr-ca.js'
import type { AppLocale } from '../model/locale'

dayjs.extend(localizedFormat)

// dayjs names its locales in lower case and calls US English plain "en".
const DAYJS_LOCALE: Record<AppLocale, string> = { 'en-CA': 'en-ca', 'en-GB': 'en-gb', 'en-US': 'en', 'fr-CA': 'fr-ca' }

type DateInput = number | string | Date

function at(value: DateInput, locale: AppLocale): dayjs.Dayjs | null {
  const date = dayjs(value)
  return date.isValid() ? date.locale(DAYJS_LOCALE[locale]) : null
}

/** dayjs's format, plus French's ordinal for the first of the month: "1er mars", never "1 mars". */
function written(date: dayjs.Dayjs, template: string, locale: AppLocale): string {
  const text = date.format(template)
  return locale === 'fr-CA' && date.date() === 1 ? text.replace(/(^|\s)1(?=\s)/, '$11er') : text
}

const NBSP = '\u00a0'

/**
 * The time as the locale writes it. Canadian French follows the OQLF: "19 h", "19 h 05", with
 * no-break spaces so the hour never ends a line alone; English keeps dayjs's "7:05 PM" / "19:05".
 * Only for display: data keeps its ISO 'HH:mm', and nothing reads these back.
 */
function time(date: dayjs.Dayjs, locale: AppLocale): string {
  if (locale !== 'fr-CA') return date.format('LT')
  return date.minute() === 0 ? `${date.hour()}${NBSP}h` : `${date.hour()}${NBSP}h${NBSP}${date.format('mm')}`
}

/** A clock time: "7:05 PM" (en-US, en-CA), "19:05" (en-GB), "19 h 05" (fr-CA). */
export function clockTime(value: DateInput, locale: AppLocale): string {
  const date = at(value, locale)
  return date ? time(date, locale) : ''
}

/** "December 8, 2026", "8 December 2026", "8 décembre 2026". */
export function longDate(value: DateInput, locale: AppLocale): string {
  const date = at(value, locale)
  return date ? written(date, 'LL', locale) : String(value)
}

/** "Tuesday, December 8, 2026", "Tuesday 8 December 2026", "mardi 8 décembre 2026". */
export function weekdayDate(value: DateInput, locale: AppLocale): string {
  const date = at(value, locale)
  if (!date) return String(value)
  return `${date.format('dddd')}${locale.startsWith('en-') && locale !== 'en-GB' ? ',' : ''} ${written(date, 'LL', locale)}`
}

/** A session's date and start as a list shows it: "Tue, Dec 8, 2026 7:05 PM", "Tue, 8 Dec 2026 19:05", "mar. 8 déc. 2026 19 h 05". */
export function sessionDateTime(value: DateInput, locale: AppLocale): string {
  const date = at(value, locale)
  if (!date) return String(value)
  return locale === 'fr-CA' ? `${written(date, 'ddd D MMM YYYY', locale)} ${time(date, locale)}` : written(date, 'llll', locale)
}

/** The full form, for headings and summaries: "Tuesday, December 8, 2026 at 7:05 PM". */
export function weekdayDateTime(value: DateInput, locale: AppLocale): string {
  const date = at(value, locale)
  if (!date) return String(value)
  const joiner = locale === 'fr-CA' ? ' à ' : locale === 'en-GB' ? ', ' : ' at '
  return `${weekdayDate(value, locale)}${joiner}${time(date, locale)}`
}

/** An action's due date: an ISO date in words, anything else (free text such as "next month") as typed. */
export function dueDate(due: string, locale: AppLocale): string {
  const trimmed = due.trim()
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? longDate(trimmed, locale) : trimmed
}
