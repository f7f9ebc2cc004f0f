import type { MarkedStatus } from './marks'
import type { CpdRule } from './cpdRule'
import { en as english } from '../i18n/en'
import type { Messages } from '../i18n/messages'

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
  /** Why, in an English sentence for the service's messages; screens say it with creditReason in their language. */
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
  const reason = creditReason({ sessionRan: sessionMs > 0, status: person.status, percent, minAttendancePercent: rule.minAttendancePercent, creditedMinutes: credited }, english.attendance.reasons)
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

/**
 * Why a person does or does not earn a certificate, in the words given. Everything it needs is on
 * an attendance row, so a screen can say it in its own language: `percent` is cut down to a whole
 * number and the rule's share is whole, so "percent < minimum" is exactly "below the rule".
 */
export function creditReason(
  facts: { sessionRan: boolean; status: MarkedStatus; percent: number; minAttendancePercent: number; creditedMinutes: number },
  words: Messages['attendance']['reasons']
): string {
  if (!facts.sessionRan) return words.notRun
  if (facts.status === 'apologies') return words.apologies
  if (facts.status !== 'present') return words.notPresent
  if (facts.percent < facts.minAttendancePercent) return words.belowRule(facts.percent, facts.minAttendancePercent)
  if (facts.creditedMinutes <= 0) return words.belowUnit
  return words.meetsRule(facts.percent, facts.minAttendancePercent)
}
