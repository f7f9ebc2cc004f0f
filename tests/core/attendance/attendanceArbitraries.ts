import { fc } from '@fast-check/vitest'
import { checkEvent } from '../../../src/core/live/checkEvent'
import type { AttendanceEvent, LiveEvent } from '../../../src/core/live/events'
import { T0, sessionArb } from '../liveArbitraries'

export const PEOPLE = ['person-0000', 'person-0001', 'person-0002', 'person-0003'] as const

type Tap = { kind: 'joined' | 'left' | 'apologies' | 'absent' | 'undo'; second: number; person: number; backdate: number | null }

const tapArb: fc.Arbitrary<Tap> = fc.record({
  kind: fc.constantFrom<Tap['kind']>('joined', 'joined', 'left', 'left', 'apologies', 'absent', 'undo'),
  // From ten minutes before the start to well after a long session's end (corrections).
  second: fc.integer({ min: -600, max: 4 * 3600 }),
  person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  backdate: fc.option(fc.integer({ min: 0, max: 30 * 60 }), { nil: null })
})

function toEvent(tap: Tap): AttendanceEvent {
  const at = T0 + tap.second * 1000
  const personId = PEOPLE[tap.person] ?? PEOPLE[0]
  const effectiveAt = tap.backdate === null ? undefined : at - tap.backdate * 1000
  switch (tap.kind) {
    case 'joined':
      return effectiveAt === undefined ? { type: 'attendance-joined', at, personId } : { type: 'attendance-joined', at, personId, effectiveAt }
    case 'left':
      return effectiveAt === undefined ? { type: 'attendance-left', at, personId } : { type: 'attendance-left', at, personId, effectiveAt }
    case 'undo':
      return { type: 'attendance-undone', at, personId }
    default:
      return { type: 'attendance-status', at, personId, status: tap.kind }
  }
}

/**
 * A session from the clock's arbitraries with attendance taps merged in time order. Taps are
 * kept only when checkEvent accepts them, as the service does, so the log is one Hearth could
 * have stored; `refused` counts the rest (the tests check some are refused and most are not).
 */
export const attendedSessionArb = fc.tuple(sessionArb, fc.array(tapArb, { maxLength: 30 })).map(([{ items, events }, taps]) => {
  const marks = taps.map(toEvent)
  const merged = [...events, ...marks].sort((a, b) => a.at - b.at)
  const log: LiveEvent[] = []
  let refused = 0
  for (const event of merged) {
    if (event.type.startsWith('attendance-') && checkEvent(items, log, event) !== null) {
      refused++
      continue
    }
    log.push(event)
  }
  return { items, events: log, refused }
})
