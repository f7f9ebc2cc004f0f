import type { CpdLog } from '../../../src/core/attendance/cpdLog'

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

export const CPD_LOG_CSV_HEADER = ['Date', 'Activity', 'Learning focus', 'Hours', 'Minutes', 'Credit type', 'Reflection prompt', 'Certificate ID', 'Provider'] as const

/**
 * The log as CSV for a member's own records or a body's upload form: one header row and one row
 * per session, nothing else (a totals line would be imported as a session). UTF-8 with a byte
 * order mark, so Excel shows "Zoë" and "’" correctly, and CRLF line ends as RFC 4180 says.
 */
export function buildCpdLogCsv(log: CpdLog): Buffer {
  const lines = [
    CPD_LOG_CSV_HEADER.map(csvCell).join(','),
    ...log.rows.map((row) =>
      [row.date, row.activityTitle, row.learningFocus, row.hours, String(row.creditedMinutes), row.creditType, row.reflectionPrompt, row.certificateId, log.providerName]
        .map(csvCell)
        .join(',')
    )
  ]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}
