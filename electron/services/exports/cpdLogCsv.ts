import type { CpdLog } from '../../../src/core/attendance/cpdLog'
import type { AppLocale } from '../../../src/core/model/locale'
import { documentWords } from './documentLocale'

/**
 * A cell as RFC 4180 wants it (quoted when it holds a comma, quote or line break; quotes
 * doubled), after the spreadsheet-formula guard: a cell starting with = + - @ (or a tab or
 * carriage return, which some spreadsheets skip before reading a formula) gets a leading
 * apostrophe, so opening the file in Excel or LibreOffice never runs what a title or prompt
 * contains (OWASP, CSV injection).
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

const COLUMNS = ['date', 'activity', 'learningFocus', 'hours', 'minutes', 'creditType', 'reflectionPrompt', 'certificateId', 'provider'] as const

/** The header row in the log's language: "Date, Activity, …" or "Date, Activité, …". */
export const cpdLogCsvHeader = (locale?: AppLocale): string[] => {
  const t = documentWords(locale).t.csv
  return COLUMNS.map((column) => t[column])
}

/**
 * The log as CSV for a member's own records or a body's upload form: one header row and one row
 * per session, nothing else (a totals line would be imported as a session). UTF-8 with a byte
 * order mark, so Excel shows "Zoë" and "’" correctly, and CRLF line ends as RFC 4180 says.
 *
 * In French the headers are French and the hours are written as French writes them ("1,25"),
 * but the separator stays the comma: RFC 4180 is what import forms and every CSV reader expect,
 * and a semicolon file would be a different format. A decimal comma is therefore quoted
 * ("1,25"), as csvCell quotes any field holding a comma, so the columns still line up. Dates stay
 * ISO (2026-12-08) in every language: unambiguous and sortable in a spreadsheet.
 */
export function buildCpdLogCsv(log: CpdLog, locale?: AppLocale): Buffer {
  const words = documentWords(locale)
  const lines = [
    cpdLogCsvHeader(locale).map(csvCell).join(','),
    ...log.rows.map((row) =>
      [row.date, row.activityTitle, row.learningFocus, words.decimal(row.hours), String(row.creditedMinutes), row.creditType, row.reflectionPrompt, row.certificateId, log.providerName]
        .map(csvCell)
        .join(',')
    )
  ]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}
