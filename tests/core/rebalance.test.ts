import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { MINUTE, replay } from '../../src/core/live/clock'
import type { LiveEvent } from '../../src/core/live/events'
import { MIN_ITEM_MINUTES, allocationsOf, proportional, proposeRebalance } from '../../src/core/live/rebalance'
import { DEFAULT_COP_TEMPLATE, itemsFromTemplate } from '../../src/core/plan/defaultTemplate'
import { T0, sessionArb } from './liveArbitraries'

const ids = () => {
  let n = 0
  return () => `item-${String(n++).padStart(4, '0')}`
}

describe('proportional', () => {
  test.prop([fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 })])(
    'sums exactly to the total and respects the floor',
    (weights, extra, floor) => {
      const total = floor * weights.length + extra
      const parts = proportional(weights, total, floor)
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
      for (const p of parts) expect(p).toBeGreaterThanOrEqual(floor)
    }
  )
})

describe('proposeRebalance', () => {
  test.prop([sessionArb, fc.integer({ min: 0, max: 3 * 3600 })], { numRuns: 1000 })(
    'never cuts a protected item, never goes below the minimum, and fills exactly the time left when it can',
    ({ items, events }, seconds) => {
      const now = T0 + seconds * 1000
      const state = replay(items, events, now)
      const proposal = proposeRebalance(state, now, 0)
      if (!proposal) return
      for (const line of proposal.lines) {
        expect(line.after).toBeGreaterThanOrEqual(MIN_ITEM_MINUTES)
        if (line.protected) expect(line.after).toBeGreaterThanOrEqual(line.before)
        if (proposal.minutesOver > 0) expect(line.after).toBeLessThanOrEqual(line.before)
      }
      const total = proposal.lines.reduce((sum, l) => sum + l.after, 0)
      const floor = proposal.lines.reduce((sum, l) => sum + (l.protected ? l.before : MIN_ITEM_MINUTES), 0)
      const canFit = proposal.minutesAvailable >= floor
      expect(proposal.fits).toBe(canFit && total === proposal.minutesAvailable)
      if (canFit) expect(total).toBe(proposal.minutesAvailable)
      else expect(total).toBe(floor)
    }
  )

  test.prop([sessionArb, fc.integer({ min: 0, max: 3 * 3600 })], { numRuns: 300 })(
    'takes overrun from breaks before anything else',
    ({ items, events }, seconds) => {
      const now = T0 + seconds * 1000
      const proposal = proposeRebalance(replay(items, events, now), now, 0)
      if (!proposal || proposal.minutesOver <= 0) return
      const otherCut = proposal.lines.some((l) => !l.isBreak && l.after < l.before)
      if (otherCut) for (const l of proposal.lines.filter((l) => l.isBreak && !l.protected)) expect(l.after).toBe(MIN_ITEM_MINUTES)
    }
  )

  it('proposes the facilitation note’s example: a 10-minute overrun on the first case', () => {
    const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, ids())
    const case1 = items[3]!
    const events: LiveEvent[] = [
      { type: 'started', at: T0, endAt: T0 + 90 * MINUTE },
      { type: 'went-to', at: T0 + 5 * MINUTE, itemId: items[1]!.id, via: 'next' },
      { type: 'went-to', at: T0 + 15 * MINUTE, itemId: items[2]!.id, via: 'next' },
      { type: 'went-to', at: T0 + 20 * MINUTE, itemId: case1.id, via: 'next' }
    ]
    const now = T0 + 75 * MINUTE // 55 minutes into a 45-minute case: 10 over.
    const proposal = proposeRebalance(replay(items, events, now), now)!
    expect(proposal.minutesOver).toBe(10)
    expect(proposal.lines.map((l) => [l.title, l.before, l.after])).toEqual([
      ['Break / buffer', 5, 1],
      ['Case 2: short protocol', 12, 6],
      ['Learning harvest / debrief', 5, 5],
      ['Check-out, attendance and CPD reflection prompt', 3, 3]
    ])
    expect(proposal.fits).toBe(true)
    const { allocations, previous } = allocationsOf(proposal)
    const applied = replay(items, [...events, { type: 'rebalanced', at: now, allocations, previous, undo: false }], now)
    expect(applied.items.slice(4).map((r) => r.allottedMs / MINUTE)).toEqual([1, 6, 5, 3])
    const undone = replay(items, [...events, { type: 'rebalanced', at: now, allocations, previous, undo: false }, { type: 'rebalanced', at: now + 1, allocations: previous, previous: allocations, undo: true }], now + 1)
    expect(undone.items.slice(4).map((r) => r.allottedMs / MINUTE)).toEqual([5, 12, 5, 3])
  })

  it('stays quiet within two minutes of plan', () => {
    const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, ids())
    const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * MINUTE }]
    expect(proposeRebalance(replay(items, events, T0 + 6 * MINUTE), T0 + 6 * MINUTE)).toBeNull()
    expect(proposeRebalance(replay(items, events, T0 + 7 * MINUTE), T0 + 7 * MINUTE)?.minutesOver).toBe(2)
  })
})
