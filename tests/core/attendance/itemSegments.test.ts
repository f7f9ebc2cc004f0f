import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { itemSegments } from '../../../src/core/attendance/itemSegments'
import { replay, MINUTE } from '../../../src/core/live/clock'
import type { LiveEvent } from '../../../src/core/live/events'
import { itemsFromTemplate, DEFAULT_COP_TEMPLATE } from '../../../src/core/plan/defaultTemplate'
import { T0, sessionArb } from '../liveArbitraries'
import { secondBySecond } from './reference'

const NOW = fc.integer({ min: 0, max: 4 * 3600 })

describe('itemSegments', () => {
  test.prop([sessionArb, NOW], { numRuns: 300 })('says, for every second, the item the stopwatch saw current (and whether paused)', ({ items, events }, seconds) => {
    const now = T0 + seconds * 1000
    const segments = itemSegments(items, events, now)
    const truth = secondBySecond(items, events, now)
    // One label per second from each side, compared as one string (fast, and a diff shows where).
    let k = 0
    const seen = truth.map((_, i) => {
      const t = T0 + i * 1000
      while (k < segments.length && (segments[k]?.to ?? 0) <= t) k++
      const segment = segments[k]
      return segment && segment.from <= t ? `${segment.index}${segment.paused ? 'p' : ''}` : '-'
    })
    expect(seen.join(' ')).toBe(truth.map((s) => (s.index === null ? '-' : `${s.index}${s.paused ? 'p' : ''}`)).join(' '))
  })

  test.prop([sessionArb, NOW], { numRuns: 300 })('tiles the session without gaps or overlaps, and agrees with the clock', ({ items, events }, seconds) => {
    const now = T0 + seconds * 1000
    const segments = itemSegments(items, events, now)
    const state = replay(items, events, now)
    if (state.status === 'not-started') return expect(segments).toEqual([])
    for (const [i, s] of segments.entries()) {
      expect(s.to).toBeGreaterThan(s.from)
      if (i > 0) expect(s.from).toBe(segments[i - 1]?.to)
      expect(items[s.index]?.id).toBe(s.itemId)
    }
    if (segments.length > 0) {
      expect(segments[0]?.from).toBe(state.startedAt)
      expect(segments.at(-1)?.to).toBe(state.endedAt ?? now)
    }
    // Running time per item is exactly the clock's elapsed time; paused time is its pausedMs.
    for (const record of state.items) {
      const running = segments.filter((s) => s.itemId === record.item.id && !s.paused).reduce((sum, s) => sum + s.to - s.from, 0)
      expect(running).toBe(record.elapsedMs)
    }
    expect(segments.filter((s) => s.paused).reduce((sum, s) => sum + s.to - s.from, 0)).toBe(state.pausedMs)
  })

  it('follows a real session: check-in, a pause, the break, the end', () => {
    let n = 0
    const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, () => `item-${String(n++).padStart(4, '0')}`)
    const breakItem = items.find((i) => i.kind === 'break')
    expect(breakItem).toBeDefined()
    const events: LiveEvent[] = [
      { type: 'started', at: T0, endAt: T0 + 90 * MINUTE },
      { type: 'paused', at: T0 + 3 * MINUTE },
      { type: 'resumed', at: T0 + 4 * MINUTE },
      { type: 'went-to', at: T0 + 40 * MINUTE, itemId: breakItem!.id, via: 'next' },
      { type: 'ended', at: T0 + 95 * MINUTE }
    ]
    const segments = itemSegments(items, events, T0 + 200 * MINUTE)
    expect(segments.map((s) => [s.index, s.paused, (s.to - s.from) / MINUTE])).toEqual([
      [0, false, 3],
      [0, true, 1],
      [0, false, 36],
      [items.indexOf(breakItem!), false, 55]
    ])
  })
})
