import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { cpdCredit, creditedMinutes, hoursText } from '../../../src/core/attendance/cpdCredit'
import { CpdRuleSchema, NEW_CPD_RULE_DEFAULTS, creditTypeFor, creditTypeText } from '../../../src/core/attendance/cpdRule'
import { attendanceOf, sessionAttendance } from '../../../src/core/attendance/attendedTime'
import { T0 } from '../liveArbitraries'
import { PEOPLE, attendedSessionArb } from './attendanceArbitraries'
import { presenceOracle, secondBySecond } from './reference'

/** The reference: count whole quarter hours by adding them up, and hours by counting hundredths. */
function referenceHours(attendedMs: number, rounding: 'none' | 'quarter-hour'): string {
  let minutes = 0
  while ((minutes + 1) * 60_000 <= attendedMs) minutes++
  let credited = minutes
  if (rounding === 'quarter-hour') {
    credited = 0
    while (credited + 15 <= minutes) credited += 15
  }
  let hundredths = 0
  while ((hundredths + 1) * 60 <= credited * 100) hundredths++
  return (hundredths / 100).toFixed(2).replace(/\.?0+$/, '')
}

const ruleArb = fc.record({ rounding: fc.constantFrom('none' as const, 'quarter-hour' as const), minAttendancePercent: fc.integer({ min: 1, max: 100 }) })

describe('CPD credit', () => {
  test.prop([fc.integer({ min: 0, max: 8 * 3600_000 }), fc.integer({ min: 1, max: 8 * 3600_000 }), ruleArb], { numRuns: 2000 })(
    'hours and eligibility match the reference for any attended and session time',
    (attended, session, rule) => {
      const attendedMs = Math.min(attended, session)
      const credit = cpdCredit({ attendedMs, status: 'present' }, session, rule)
      expect(credit.hours).toBe(referenceHours(attendedMs, rule.rounding))
      // Exact rational comparison with BigInt: attended / session >= percent / 100.
      const meets = attendedMs > 0 && BigInt(attendedMs) * 100n >= BigInt(rule.minAttendancePercent) * BigInt(session)
      expect(credit.eligible).toBe(meets && credit.creditedMinutes > 0)
      expect(credit.percent).toBe(Number((BigInt(attendedMs) * 100n) / BigInt(session)))
      // Never more than attended, and rounding is down.
      expect(credit.creditedMinutes * 60_000).toBeLessThanOrEqual(attendedMs)
      expect(Number(credit.hours) * 60).toBeLessThanOrEqual(credit.creditedMinutes + 1e-9)
    }
  )

  test.prop([attendedSessionArb, ruleArb], { numRuns: 150 })(
    'from a whole session log: eligibility follows the second-by-second reference',
    ({ items, events }, rule) => {
      const now = T0 + 5 * 3600_000
      const attendance = sessionAttendance(items, events, now)
      const credited = secondBySecond(items, events, now).map((s) => s.index !== null && items[s.index]?.kind !== 'break')
      const present = presenceOracle(events, now)
      const sessionSeconds = credited.filter(Boolean).length
      for (const personId of PEOPLE) {
        const person = attendanceOf(attendance, personId)
        const seconds = credited.filter((c, i) => c && present(personId, T0 + i * 1000)).length
        const credit = cpdCredit(person, attendance.sessionMs, rule)
        const expected = person.status === 'present' && seconds > 0 && seconds * 100 >= rule.minAttendancePercent * sessionSeconds
        expect(credit.eligible).toBe(expected && referenceHours(seconds * 1000, rule.rounding) !== '0')
        expect(credit.hours).toBe(referenceHours(seconds * 1000, rule.rounding))
      }
    }
  )

  test.prop([fc.integer({ min: 0, max: 4 * 3600_000 }), fc.integer({ min: 0, max: 3600_000 }), fc.integer({ min: 1, max: 4 * 3600_000 }), ruleArb])(
    'attending more never loses a certificate or hours',
    (a, more, session, rule) => {
      const less = cpdCredit({ attendedMs: Math.min(a, session), status: 'present' }, session, rule)
      const most = cpdCredit({ attendedMs: Math.min(a + more, session), status: 'present' }, session, rule)
      if (less.eligible) expect(most.eligible).toBe(true)
      expect(most.creditedMinutes).toBeGreaterThanOrEqual(less.creditedMinutes)
    }
  )

  it('rounds down to the completed quarter hour, or cuts exact minutes to two decimals', () => {
    expect([14, 15, 29, 77, 90].map((m) => creditedMinutes(m, 'quarter-hour'))).toEqual([0, 15, 15, 75, 90])
    expect([77, 75, 90, 60, 1].map(hoursText)).toEqual(['1.28', '1.25', '1.5', '1', '0.01'])
  })

  it('says why someone gets no certificate', () => {
    const rule = { rounding: 'quarter-hour' as const, minAttendancePercent: 85 }
    expect(cpdCredit({ attendedMs: 80 * 60_000, status: 'present' }, 80 * 60_000, rule)).toMatchObject({ eligible: true, hours: '1.25', percent: 100 })
    expect(cpdCredit({ attendedMs: 67 * 60_000, status: 'present' }, 80 * 60_000, rule).reason).toBe('Attended 83 % of the session; the group’s rule asks for 85 %.')
    expect(cpdCredit({ attendedMs: 68 * 60_000, status: 'present' }, 80 * 60_000, rule).eligible).toBe(true)
    expect(cpdCredit({ attendedMs: 0, status: 'apologies' }, 80 * 60_000, rule).reason).toBe('Sent apologies.')
    expect(cpdCredit({ attendedMs: 0, status: 'unmarked' }, 80 * 60_000, rule).reason).toBe('Not marked present.')
    expect(cpdCredit({ attendedMs: 10 * 60_000, status: 'present' }, 10 * 60_000, rule).reason).toMatch(/smallest unit/)
  })
})

describe('CPD rule', () => {
  it('defaults are honest: quarter hours down, 85 %, no approval statement, A4', () => {
    expect(NEW_CPD_RULE_DEFAULTS).toMatchObject({ rounding: 'quarter-hour', minAttendancePercent: 85, approvalStatement: '', paper: 'A4' })
    // The defaults are a form's starting point: names must be filled in before it validates.
    expect(CpdRuleSchema.safeParse(NEW_CPD_RULE_DEFAULTS).success).toBe(false)
    const filled = { ...NEW_CPD_RULE_DEFAULTS, provider: { name: 'North Sea CoP', contact: 'cop@example.org' }, facilitatorName: 'Sam Reyes' }
    expect(CpdRuleSchema.parse(filled)).toEqual(filled)
    expect(CpdRuleSchema.safeParse({ ...filled, creditTypes: [] }).success).toBe(false)
    expect(CpdRuleSchema.safeParse({ ...filled, logo: { file: '../../etc/passwd.png', type: 'png', widthPx: 1, heightPx: 1 } }).success).toBe(false)
  })

  it('picks the credit type of the member’s body, else the first', () => {
    const rule = NEW_CPD_RULE_DEFAULTS
    expect(creditTypeText(creditTypeFor(rule, 'ICF (PCC)'))).toBe('ICF Core Competencies')
    expect(creditTypeText(creditTypeFor(rule, 'hcpc'))).toBe('BPS/HCPC Structured CPD')
    expect(creditTypeText(creditTypeFor(rule, 'CSPA'))).toBe('AASP/CSPA CMPC continuing education')
    expect(creditTypeText(creditTypeFor(rule, ''))).toBe('ICF Core Competencies')
    expect(creditTypeText(creditTypeFor({ creditTypes: [{ body: '', label: 'CPD' }] }, 'APA'))).toBe('CPD')
  })
})
