/**
 * Whether a session's notes have passed the group's retention period. `sessionDate` is the
 * session's local date-time ('YYYY-MM-DDTHH:mm'); `today` is the caller's local date ('YYYY-MM-DD').
 * Months are calendar months: notes from 15 March with 3 months' retention go on 15 June.
 */
export function notesExpired(sessionDate: string, retentionMonths: number | null, today: string): boolean {
  if (retentionMonths === null) return false
  const [y, m, d] = sessionDate.slice(0, 10).split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) return false
  const total = y * 12 + (m - 1) + retentionMonths
  const expiryYear = Math.floor(total / 12)
  const expiryMonth = (total % 12) + 1
  // 31 January + 1 month is the last day of February, not 3 March.
  const lastDay = daysInMonth(expiryYear, expiryMonth)
  const expiry = `${String(expiryYear).padStart(4, '0')}-${String(expiryMonth).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
  return today >= expiry
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
