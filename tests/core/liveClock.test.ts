import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { currentItem, replay, sessionTiming, toneFor, MINUTE } from '../../src/core/live/clock'
import type { LiveEvent } from '../../src/core/live/events'
import { dueAutoAdvance, upcomingCues } from '../../src/core/live/cues'
import { checkEvent } from '../../src/core/live/checkEvent'
import { frCA } from '../../src/core/i18n/fr-CA'
import { itemsFromTemplate, DEFAULT_COP_TEMPLATE } from '../../src/core/plan/defaultTemplate'
import { T0, sessionArb } from './liveArbitraries'

/**
 * The oracle: walk the wall clock one second at a time, as a stopwatch would, and credit each
 * second to whatever item was current and running during it. Independent of replay()'s arithmetic.
 */
function stopwatch(itemIds: string[], events: LiveEvent[], now: number): Map<string, number> {
  const elapsed = new Map(itemIds.map((id) => [id, 0]))
  let status: 'idle' | 'running' | 'paused' | 'ended' = 'idle'
  let current = ''
  const byTime = [...events].filter((e) => e.at <= now)
  let next = 0
  for (let t = T0; t < now; t += 1000) {
    while (next < byTime.length && (byTime[next]?.at ?? Infinity) <= t) {
      const e = byTime[next++] as LiveEvent
      if (e.type === 'started' && status === 'idle') {
        status = 'running'
        current = itemIds[0] ?? ''
      } else if (e.type === 'went-to' && (status === 'running' || status === 'paused')) current = e.itemId
      else if (e.type === 'paused' && status === 'running') status = 'paused'
      else if (e.type === 'resumed' && status === 'paused') status = 'running'
      else if (e.type === 'ended' && status !== 'idle') status = 'ended'
    }
    if (status === 'running') elapsed.set(current, (elapsed.get(current) ?? 0) + 1000)
  }
  return elapsed
}

describe('replay', () => {
  test.prop([sessionArb, fc.integer({ min: 0, max: 4 * 3600 })], { numRuns: 500 })(
    'credits each item exactly the wall-clock time it was current and running',
    ({ items, events }, seconds) => {
      // Skips would change which item the start lands on; the oracle is for time, so drop them.
      const plain = events.filter((e) => e.type !== 'skip-set')
      const now = T0 + seconds * 1000
      const state = replay(items, plain, now)
      const truth = stopwatch(
        items.map((i) => i.id),
        plain,
        now
      )
      for (const record of state.items) expect(record.elapsedMs).toBe(truth.get(record.item.id))
      const total = state.items.reduce((sum, r) => sum + r.elapsedMs, 0)
      if (state.status !== 'not-started') {
        const end = state.endedAt ?? now
        expect(total + state.pausedMs).toBe(end - T0)
      }
    }
  )

  test.prop([sessionArb, fc.integer({ min: 0, max: 4 * 3600 }), fc.integer({ min: 1, max: 3600 })], { numRuns: 300 })(
    'is the same whenever it is asked: a restart resumes exactly',
    ({ items, events }, seconds, later) => {
      const now = T0 + seconds * 1000
      const a = replay(items, events, now)
      const b = replay(items, events, now)
      expect(a).toEqual(b)
      // Remaining time falls by exactly the running time between two looks.
      const then = now + later * 1000
      const c = replay(items, events, then)
      if (a.status === 'running' && c.status === 'running' && a.currentIndex === c.currentIndex && events.every((e) => e.at <= now)) {
        expect(currentItem(a)!.remainingMs - currentItem(c)!.remainingMs).toBe(later * 1000)
      }
    }
  )

  it('runs the default session: overtime counts on, and the ahead/behind figure follows it', () => {
    const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, (() => {
      let n = 0
      return () => `item-${String(n++).padStart(4, '0')}`
    })())
    const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * MINUTE }]
    const at7 = replay(items, events, T0 + 7 * MINUTE)
    expect(currentItem(at7)).toMatchObject({ index: 0, remainingMs: -2 * MINUTE, tone: 'overtime' })
    expect(sessionTiming(at7, T0 + 7 * MINUTE)).toEqual({ projectedEndAt: T0 + 92 * MINUTE, aheadMs: -2 * MINUTE })
    events.push({ type: 'went-to', at: T0 + 7 * MINUTE, itemId: 'item-0001', via: 'next' })
    events.push({ type: 'paused', at: T0 + 8 * MINUTE }, { type: 'resumed', at: T0 + 11 * MINUTE })
    const at12 = replay(items, events, T0 + 12 * MINUTE)
    expect(currentItem(at12)).toMatchObject({ index: 1, remainingMs: 8 * MINUTE, tone: 'normal' })
    expect(at12.pausedMs).toBe(3 * MINUTE)
    expect(sessionTiming(at12, T0 + 12 * MINUTE)?.aheadMs).toBe(-5 * MINUTE)
  })
})

describe('tones and cues', () => {
  it('colours by the share of the item left', () => {
    expect(toneFor(10 * MINUTE, 10 * MINUTE)).toBe('normal')
    expect(toneFor(2 * MINUTE, 10 * MINUTE)).toBe('warning')
    expect(toneFor(30_000, 10 * MINUTE)).toBe('danger')
    expect(toneFor(0, 10 * MINUTE)).toBe('overtime')
  })

  test.prop([sessionArb, fc.integer({ min: 0, max: 3 * 3600 })], { numRuns: 300 })(
    'schedules chimes only ahead, in order, at the thresholds of the current item',
    ({ items, events }, seconds) => {
      const now = T0 + seconds * 1000
      const state = replay(items, events, now)
      const cues = upcomingCues(state, now)
      if (state.status !== 'running') expect(cues).toEqual([])
      for (const cue of cues) expect(cue.at).toBeGreaterThan(now)
      expect(cues.map((c) => c.at)).toEqual([...cues.map((c) => c.at)].sort((a, b) => a - b))
      const current = currentItem(state)
      const overtime = cues.find((c) => c.cue === 'overtime')
      if (overtime && current) expect(overtime.at).toBe(now + current.remainingMs)
    }
  )

  it('auto-advance is due exactly when the item reached zero', () => {
    const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, (() => {
      let n = 0
      return () => `item-${String(n++).padStart(4, '0')}`
    })()).map((item, i) => (i === 0 ? { ...item, autoAdvance: true } : item))
    const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * MINUTE }]
    expect(dueAutoAdvance(replay(items, events, T0 + 4 * MINUTE), T0 + 4 * MINUTE)).toBeNull()
    expect(dueAutoAdvance(replay(items, events, T0 + 6 * MINUTE + 123), T0 + 6 * MINUTE + 123)).toEqual({ itemId: 'item-0001', at: T0 + 5 * MINUTE })
  })
})

describe('auto-advance in awkward moments', () => {
  const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, (() => {
    let n = 0
    return () => `item-${String(n++).padStart(4, '0')}`
  })()).map((item, i) => (i === 0 ? { ...item, autoAdvance: true } : item))
  const start: LiveEvent = { type: 'started', at: T0, endAt: T0 + 90 * MINUTE }

  it('does not bounce forward from an item the facilitator went back to after its time was up', () => {
    const events: LiveEvent[] = [
      start,
      { type: 'went-to', at: T0 + 5 * MINUTE, itemId: 'item-0001', via: 'auto' },
      { type: 'went-to', at: T0 + 8 * MINUTE, itemId: 'item-0000', via: 'previous' }
    ]
    expect(dueAutoAdvance(replay(items, events, T0 + 9 * MINUTE), T0 + 9 * MINUTE)).toBeNull()
  })

  it('moves on at the resume when zero fell inside a pause', () => {
    const events: LiveEvent[] = [start, { type: 'paused', at: T0 + 5 * MINUTE + 500 }, { type: 'resumed', at: T0 + 7 * MINUTE }]
    const now = T0 + 7 * MINUTE + 250
    const due = dueAutoAdvance(replay(items, events, now), now)
    expect(due).toEqual({ itemId: 'item-0001', at: T0 + 7 * MINUTE })
    expect(checkEvent(items, events, { type: 'went-to', at: due!.at, itemId: due!.itemId, via: 'auto' })).toBeNull()
  })

  test.prop([sessionArb, fc.integer({ min: 0, max: 3 * 3600 })], { numRuns: 500 })(
    'whenever a move is due, the log accepts it',
    ({ items: arbitraryItems, events }, seconds) => {
      const now = T0 + seconds * 1000
      const inOrder = events.filter((e) => e.at <= now)
      const valid = inOrder.filter((e, i) => checkEvent(arbitraryItems, inOrder.slice(0, i), e) === null)
      const due = dueAutoAdvance(replay(arbitraryItems, valid, now), now)
      if (due) expect(checkEvent(arbitraryItems, valid, { type: 'went-to', at: due.at, itemId: due.itemId, via: 'auto' })).toBeNull()
    }
  )
})

describe('checkEvent', () => {
  const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, (() => {
    let n = 0
    return () => `item-${String(n++).padStart(4, '0')}`
  })())
  const started: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * MINUTE }]

  it('refuses moves that make no sense', () => {
    expect(checkEvent(items, started, { type: 'went-to', at: T0 + 1, itemId: 'item-0000', via: 'next' })).toMatch(/already the current/)
    const skipped: LiveEvent[] = [...started, { type: 'skip-set', at: T0 + 1, itemId: 'item-0002', skipped: true }]
    expect(checkEvent(items, skipped, { type: 'went-to', at: T0 + 2, itemId: 'item-0002', via: 'next' })).toMatch(/skipped/)
    expect(checkEvent(items, started, { type: 'skip-set', at: T0 + 2, itemId: 'item-0000', skipped: true })).toMatch(/current item cannot be skipped/)
  })

  it('keeps one more / one less minute symmetric at the one-minute floor', () => {
    const short = items.map((item, i) => (i === 0 ? { ...item, minutes: 1 } : item))
    expect(checkEvent(short, started, { type: 'time-adjusted', at: T0 + 1, itemId: 'item-0000', minutes: -1 })).toMatch(/one minute/)
    expect(checkEvent(short, started, { type: 'time-adjusted', at: T0 + 1, itemId: 'item-0000', minutes: 1 })).toBeNull()
  })

  it('says its refusal in the words the screen passes (the service keeps English)', () => {
    const french = frCA.live.refusals
    expect(checkEvent(items, started, { type: 'went-to', at: T0 + 1, itemId: 'item-0000', via: 'next' }, french)).toBe(french.alreadyCurrent)
    expect(checkEvent(items, started, { type: 'hand-lowered', at: T0 + 1, personId: 'nobody' }, french)).toBe(french.notInQueue)
    expect(checkEvent(items, [], { type: 'paused', at: T0 }, french)).toBe('La séance n’est pas en cours; impossible de la mettre en pause.')
  })
})
