import type { MarkedStatus } from './marks'
import type { CpdRule } from './cpdRule'

export const MINUTE_MS = 60_000

export interface CpdCredit {
  attendedMs: number
  sessionMs: number
  /** Completed minutes attended (seconds dropped) and of the session, as printed. */
  attendedMinutes: number
  sessionMinutes: number
  /** Share attended, whole percent cut down: never shows 85 % for 84.9 %. */
  percent: number
  /** The minutes the certificate credits after the group's rounding. */
  creditedMinutes: number
  /** Those minutes as hours for print: "1.25", "1.5", "2", "1.28" (cut down, never up). */
  hours: string
  eligible: boolean
  /** Why, in a sentence for the group leader's export list. */
  reason: string
}

/** Minutes the rule credits: always rounded down, see CPD_ROUNDINGS for why. */
export function creditedMinutes(attendedMinutes: number, rounding: CpdRule['rounding']): number {
  return rounding === 'quarter-hour' ? Math.floor(attendedMinutes / 15) * 15 : attendedMinutes
}

/** Minutes as decimal hours, cut (not rounded) to two places, trailing zeros dropped. */
export function hoursText(minutes: number): string {
  return hundredthsText(hoursHundredths(minutes))
}

/** Hours in hundredths, cut down: 77 minutes → 128 (1.28 h). */
export const hoursHundredths = (minutes: number): number => Math.floor((minutes * 100) / 60)

/** 128 → "1.28", 150 → "1.5", 200 → "2". */
export function hundredthsText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100)
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}

/**
 * Whether a person earns a certificate and for how many hours. The threshold compares exact
 * milliseconds (integer arithmetic, no float share), so 85 % means 85 % of the credited time.
 */
export function cpdCredit(
  person: { attendedMs: number; status: MarkedStatus },
  sessionMs: number,
  rule: Pick<CpdRule, 'rounding' | 'minAttendancePercent'>
): CpdCredit {
  const attendedMs = Math.max(0, Math.min(person.attendedMs, sessionMs))
  const attendedMinutes = Math.floor(attendedMs / MINUTE_MS)
  const percent = sessionMs > 0 ? Math.floor((attendedMs * 100) / sessionMs) : 0
  const credited = creditedMinutes(attendedMinutes, rule.rounding)
  const meets = sessionMs > 0 && attendedMs > 0 && attendedMs * 100 >= rule.minAttendancePercent * sessionMs
  const eligible = person.status === 'present' && meets && credited > 0
  const reason =
    sessionMs <= 0
      ? 'The session has not run.'
      : person.status === 'apologies'
        ? 'Sent apologies.'
        : person.status !== 'present'
          ? 'Not marked present.'
          : !meets
            ? `Attended ${percent} % of the session; the group’s rule asks for ${rule.minAttendancePercent} %.`
            : credited <= 0
              ? 'Attended less than the smallest unit of credit.'
              : `Attended ${percent} % of the session (the rule asks for ${rule.minAttendancePercent} %).`
  return {
    attendedMs,
    sessionMs,
    attendedMinutes,
    sessionMinutes: Math.floor(sessionMs / MINUTE_MS),
    percent,
    creditedMinutes: credited,
    hours: hoursText(credited),
    eligible,
    reason
  }
}
