import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import type { LiveEvent } from '../../src/core/live/events'
import { orderedQueue, replayTurns, talkShares } from '../../src/core/turns/turns'

const T0 = Date.UTC(2026, 11, 8, 19, 0)
const people = ['p-aaaaaaa1', 'p-aaaaaaa2', 'p-aaaaaaa3', 'p-aaaaaaa4', 'p-aaaaaaa5', 'p-aaaaaaa6']

/** Arbitrary taps on the ledger, pauses and an end, at whole seconds after a start. */
const tapsArb = fc
  .array(
    fc.record({
      after: fc.integer({ min: 0, max: 600 }),
      kind: fc.constantFrom('speaker', 'speaker', 'speaker', 'stop', 'pause', 'resume', 'end'),
      who: fc.constantFrom(...people)
    }),
    { maxLength: 40 }
  )
  .map((taps) => {
    const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * 60_000 }]
    let at = T0
    for (const tap of taps) {
      at += tap.after * 1000
      if (tap.kind === 'speaker') events.push({ type: 'speaker-set', at, personId: tap.who })
      if (tap.kind === 'stop') events.push({ type: 'speaker-set', at, personId: null })
      if (tap.kind === 'pause') events.push({ type: 'paused', at })
      if (tap.kind === 'resume') events.push({ type: 'resumed', at })
      if (tap.kind === 'end') events.push({ type: 'ended', at })
    }
    return events
  })

/** Reference: a stopwatch ticking each second, crediting whoever was speaking while the clock ran. */
function stopwatch(events: LiveEvent[], now: number): Record<string, number> {
  const totals: Record<string, number> = {}
  let speaker: string | null = null
  let status: 'idle' | 'running' | 'paused' | 'ended' = 'idle'
  let next = 0
  for (let t = T0; t < now; t += 1000) {
    while (next < events.length && (events[next]?.at ?? Infinity) <= t) {
      const e = events[next++] as LiveEvent
      if (e.type === 'started' && status === 'idle') status = 'running'
      if (e.type === 'paused' && status === 'running') status = 'paused'
      if (e.type === 'resumed' && status === 'paused') status = 'running'
      if (e.type === 'ended' && status !== 'idle') {
        status = 'ended'
        speaker = null
      }
      if (e.type === 'speaker-set') speaker = e.personId
    }
    if (status === 'running' && speaker) totals[speaker] = (totals[speaker] ?? 0) + 1000
  }
  return totals
}

describe('the talk-time ledger', () => {
  test.prop([tapsArb, fc.integer({ min: 0, max: 5 * 3600 })], { numRuns: 500 })(
    'equals a one-second stopwatch for any sequence of taps, pauses and an end',
    (events, seconds) => {
      const now = T0 + seconds * 1000
      const { talkMs } = replayTurns(events, now)
      const truth = stopwatch(events, now)
      for (const person of people) expect(talkMs[person] ?? 0).toBe(truth[person] ?? 0)
    }
  )

  it('gives shares that add up to 100 %', () => {
    const shares = talkShares({ a: 30_000, b: 10_000 })
    expect(shares).toEqual({ a: 75, b: 25 })
    expect(talkShares({})).toEqual({})
  })
})

describe('a round', () => {
  const [a, b, c, d] = people as [string, string, string, string]
  const start: LiveEvent[] = [
    { type: 'started', at: T0, endAt: T0 + 90 * 60_000 },
    { type: 'round-started', at: T0 + 1, order: [a, b, c, d], sliceSeconds: 60 }
  ]
  const turns = (...outcomes: ('done' | 'passed' | 'absent')[]) =>
    replayTurns([...start, ...outcomes.map((outcome, i): LiveEvent => ({ type: 'turn-ended', at: T0 + 10 + i, outcome }))], T0 + 100).round

  it('goes round in order', () => {
    expect(turns()?.current).toBe(a)
    expect(turns('done')?.current).toBe(b)
  })

  it('offers a pass again after everyone else, once', () => {
    // a passes, b and c speak, d is absent: a is offered again; a passes again: the round is complete.
    expect(turns('passed', 'done', 'done', 'absent')).toMatchObject({ current: a, passed: [] })
    expect(turns('passed', 'done', 'done', 'absent', 'passed')).toMatchObject({ current: null, complete: true, done: [b, c, a], absent: [d] })
  })

  it('says clearly when everyone has spoken', () => {
    expect(turns('done', 'done', 'done', 'done')).toMatchObject({ complete: true, current: null, done: [a, b, c, d] })
  })

  test.prop([fc.array(fc.constantFrom<'done' | 'passed' | 'absent'>('done', 'passed', 'absent'), { maxLength: 12 })])(
    'never loses or duplicates anyone, and completes within two offers each',
    (outcomes) => {
      const round = turns(...outcomes)
      if (!round) throw new Error('round vanished')
      const everyone = [...round.done, ...round.absent, ...round.passed, ...(round.current ? [round.current] : [])]
      expect(new Set(everyone).size).toBe(everyone.length)
      if (round.complete) expect([...everyone].sort()).toEqual([a, b, c, d].sort())
      if (outcomes.length >= 8) expect(round.complete).toBe(true)
    }
  )
})

describe('the raise-hand queue', () => {
  const [a, b, c] = people as [string, string, string]
  const events: LiveEvent[] = [
    { type: 'started', at: T0, endAt: T0 + 90 * 60_000 },
    { type: 'speaker-set', at: T0, personId: a },
    { type: 'speaker-set', at: T0 + 120_000, personId: b },
    { type: 'speaker-set', at: T0 + 150_000, personId: null },
    { type: 'hand-raised', at: T0 + 160_000, personId: a },
    { type: 'hand-raised', at: T0 + 161_000, personId: b },
    { type: 'hand-raised', at: T0 + 162_000, personId: c }
  ]

  it('keeps the order hands went up, or puts whoever has spoken least first', () => {
    const state = replayTurns(events, T0 + 200_000)
    expect(state.queue).toEqual([a, b, c])
    expect(orderedQueue(state, true)).toEqual([c, b, a])
  })

  it('can be reordered, and calling someone takes them off it', () => {
    const moved = replayTurns([...events, { type: 'queue-moved', at: T0 + 170_000, personId: c, toIndex: 0 }], T0 + 200_000)
    expect(moved.queue).toEqual([c, a, b])
    const called = replayTurns([...events, { type: 'speaker-set', at: T0 + 170_000, personId: b }], T0 + 200_000)
    expect(called.queue).toEqual([a, c])
    expect(called.speaker).toMatchObject({ personId: b, turnMs: 30_000 })
  })
})
