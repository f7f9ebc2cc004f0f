import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { attendanceOf, sessionAttendance } from '../../../src/core/attendance/attendedTime'
import { checkEvent } from '../../../src/core/live/checkEvent'
import { MINUTE } from '../../../src/core/live/clock'
import type { LiveEvent } from '../../../src/core/live/events'
import type { AgendaItem } from '../../../src/core/model/plan'
import { T0 } from '../liveArbitraries'
import { PEOPLE, attendedSessionArb } from './attendanceArbitraries'
import { presenceOracle, secondBySecond } from './reference'

const NOW = fc.integer({ min: 0, max: 4 * 3600 })

describe('attended time', () => {
  test.prop([attendedSessionArb, NOW], { numRuns: 250 })(
    'is the seconds a person was in the room while a non-break item was current (paused or not)',
    ({ items, events }, seconds) => {
      const now = T0 + seconds * 1000
      const attendance = sessionAttendance(items, events, now)
      const timeline = secondBySecond(items, events, now)
      const credited = timeline.map((s) => s.index !== null && items[s.index]?.kind !== 'break')
      const present = presenceOracle(events, now)
      expect(attendance.sessionMs).toBe(credited.filter(Boolean).length * 1000)
      expect(attendance.breakMs).toBe(timeline.filter((s, i) => s.index !== null && !credited[i]).length * 1000)
      for (const personId of PEOPLE) {
        const truth = credited.filter((c, i) => c && present(personId, T0 + i * 1000)).length * 1000
        expect(attendanceOf(attendance, personId).attendedMs, personId).toBe(truth)
      }
    }
  )

  test.prop([attendedSessionArb], { numRuns: 200 })('never exceeds the session, and intervals stay ordered and disjoint', ({ items, events }) => {
    const now = T0 + 5 * 3600 * 1000
    const attendance = sessionAttendance(items, events, now)
    for (const person of attendance.people) {
      expect(person.attendedMs).toBeLessThanOrEqual(attendance.sessionMs)
      person.intervals.forEach((interval, i) => {
        if (interval.to !== null) expect(interval.to).toBeGreaterThanOrEqual(interval.from)
        const previous = person.intervals[i - 1]
        if (previous) expect(interval.from).toBeGreaterThanOrEqual(previous.to ?? Infinity)
      })
    }
  })

  it('the generated logs are worth testing: checkEvent keeps many taps and refuses some', () => {
    const samples = fc.sample(attendedSessionArb, { numRuns: 300, seed: 6 })
    const kept = samples.reduce((n, s) => n + s.events.filter((e) => e.type.startsWith('attendance-')).length, 0)
    const refused = samples.reduce((n, s) => n + s.refused, 0)
    // Random taps include many a leave before any join; about half survive, which is plenty.
    expect(kept).toBeGreaterThan(0.4 * (kept + refused))
    expect(refused).toBeGreaterThan(0)
    // Some people really do get minutes (the property above is not just comparing zeros).
    const credited = samples.filter((s) => sessionAttendance(s.items, s.events, T0 + 5 * 3600_000).people.some((p) => p.attendedMs > 0))
    expect(credited.length).toBeGreaterThan(samples.length / 4)
  })
})

const item = (id: string, minutes: number, kind: AgendaItem['kind'] = 'standard'): AgendaItem => ({
  id,
  title: id,
  minutes,
  kind,
  protected: false,
  prompt: '',
  warnPercent: 20,
  dangerPercent: 5,
  autoAdvance: false
})

describe('a 90-minute session with a 10-minute break', () => {
  const items = [item('item-open', 40), item('item-break', 10, 'break'), item('item-case', 40)]
  const m = (minutes: number) => T0 + minutes * MINUTE
  const session: LiveEvent[] = [
    { type: 'started', at: m(0), endAt: m(90) },
    { type: 'went-to', at: m(40), itemId: 'item-break', via: 'next' },
    { type: 'went-to', at: m(50), itemId: 'item-case', via: 'next' },
    { type: 'paused', at: m(60) },
    { type: 'resumed', at: m(62) },
    { type: 'ended', at: m(90) }
  ]
  const ana = 'member-ana-0001'
  const ben = 'member-ben-0001'
  const cy = 'member-cy-00001'
  const guest = 'member-guest-01'
  const dee = 'member-dee-0001'

  /** Appends through checkEvent, as the service does, so a refused mark fails the test. */
  const build = (extra: LiveEvent[], base: readonly LiveEvent[] = session): LiveEvent[] => {
    const log: LiveEvent[] = []
    for (const event of [...base, ...extra].sort((a, b) => a.at - b.at)) {
      const problem = checkEvent(items, log, event)
      if (problem) throw new Error(`${event.type} at ${(event.at - T0) / MINUTE}: ${problem}`)
      log.push(event)
    }
    return log
  }

  it('credits 80 minutes for the session, the pause included, the break not', () => {
    const attendance = sessionAttendance(items, build([]), m(120))
    expect(attendance.sessionMs).toBe(80 * MINUTE)
    expect(attendance.breakMs).toBe(10 * MINUTE)
  })

  it('one tap before the start counts from the start; late, early, rejoined and guests are told apart', () => {
    const log = build([
      { type: 'attendance-joined', at: m(-3), personId: ana },
      { type: 'attendance-joined', at: m(12), personId: ben },
      { type: 'attendance-joined', at: m(0), personId: cy },
      { type: 'attendance-left', at: m(75), personId: cy },
      { type: 'attendance-joined', at: m(1), personId: guest },
      { type: 'attendance-left', at: m(20), personId: guest },
      { type: 'attendance-joined', at: m(30), personId: guest },
      { type: 'attendance-status', at: m(2), personId: dee, status: 'apologies' }
    ])
    const attendance = sessionAttendance(items, log, m(120))
    const of = (id: string) => attendanceOf(attendance, id)
    expect(of(ana)).toMatchObject({ attendedMs: 80 * MINUTE, late: false, leftEarly: false, status: 'present' })
    expect(of(ben)).toMatchObject({ attendedMs: 68 * MINUTE, late: true, leftEarly: false })
    expect(of(cy)).toMatchObject({ attendedMs: 65 * MINUTE, late: false, leftEarly: true })
    // 1→20 (19) and 30→40 (10) before the break, 50→90 (40) after it.
    expect(of(guest)).toMatchObject({ attendedMs: 69 * MINUTE, rejoined: true })
    expect(of(dee)).toMatchObject({ attendedMs: 0, status: 'apologies' })
    expect(of('member-nobody-1')).toMatchObject({ attendedMs: 0, status: 'unmarked' })
  })

  it('a mis-tap is undone, and a leave noticed late or after the call is backdated', () => {
    const log = build([
      { type: 'attendance-joined', at: m(0), personId: ana },
      { type: 'attendance-left', at: m(30), personId: ana },
      { type: 'attendance-undone', at: m(31), personId: ana },
      { type: 'attendance-joined', at: m(5), personId: ben },
      { type: 'attendance-left', at: m(100), personId: ben, effectiveAt: m(70) },
      { type: 'attendance-joined', at: m(101), personId: cy, effectiveAt: m(10) }
    ])
    const attendance = sessionAttendance(items, log, m(120))
    expect(attendanceOf(attendance, ana).attendedMs).toBe(80 * MINUTE)
    expect(attendanceOf(attendance, ben).attendedMs).toBe(55 * MINUTE)
    expect(attendanceOf(attendance, cy).attendedMs).toBe(70 * MINUTE)
  })

  it('refuses marks that make no sense, with a sentence for the facilitator', () => {
    // Mid-call, five minutes in.
    const log = build([{ type: 'attendance-joined', at: m(1), personId: ana }], session.slice(0, 1))
    const refuse = (event: LiveEvent) => checkEvent(items, log, event)
    expect(refuse({ type: 'attendance-joined', at: m(2), personId: ana })).toMatch(/already marked present/)
    expect(refuse({ type: 'attendance-left', at: m(2), personId: ben })).toMatch(/not marked present/)
    expect(refuse({ type: 'attendance-left', at: m(2), personId: ana, effectiveAt: m(0) })).toMatch(/before this person joined/)
    expect(refuse({ type: 'attendance-left', at: m(2), personId: ana, effectiveAt: m(3) })).toMatch(/later than when it was recorded/)
    expect(refuse({ type: 'attendance-status', at: m(2), personId: ana, status: 'absent' })).toMatch(/undo that mark first/)
    expect(refuse({ type: 'attendance-undone', at: m(2), personId: ben })).toMatch(/no attendance mark to undo/)
    expect(refuse({ type: 'attendance-joined', at: m(0.5), personId: ben })).toMatch(/older than the last one/)
    const ended = build([])
    expect(checkEvent(items, ended, { type: 'attendance-joined', at: m(95), personId: ben })).toMatch(/session has ended/)
    expect(checkEvent(items, ended, { type: 'attendance-joined', at: m(95), personId: ben, effectiveAt: m(89) })).toBeNull()
  })
})
