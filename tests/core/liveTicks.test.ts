import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { checkEvent } from '../../src/core/live/checkEvent'
import { currentItem, replay, MINUTE } from '../../src/core/live/clock'
import type { LiveEvent } from '../../src/core/live/events'
import { formatCountdown } from '../../src/core/live/format'
import { nextDisplayChange } from '../../src/core/live/ticks'
import { itemsFromTemplate, DEFAULT_COP_TEMPLATE } from '../../src/core/plan/defaultTemplate'
import { T0, sessionArb } from './liveArbitraries'

/** What the live screen shows that moves with time: the wall second, and the item's countdown and tone. */
function shown(items: Parameters<typeof replay>[0], events: readonly LiveEvent[], at: number): string {
  const state = replay(items, events, at)
  const item = state.status === 'running' ? currentItem(state) : null
  return `${Math.floor(at / 1000)}|${item ? `${formatCountdown(item.remainingMs)} ${item.tone}` : state.status}`
}

describe('nextDisplayChange', () => {
  const items = itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, (() => {
    let n = 0
    return () => `item-${String(n++).padStart(4, '0')}`
  })())

  it('wakes on the countdown’s second when that comes before the wall clock’s', () => {
    // Started 300 ms past a second: the countdown moves at .300, the wall clock at .000.
    const events: LiveEvent[] = [{ type: 'started', at: T0 + 300, endAt: T0 + 90 * MINUTE }]
    expect(nextDisplayChange(replay(items, events, T0 + 5_000), T0 + 5_000)).toBe(T0 + 5_300)
    expect(nextDisplayChange(replay(items, events, T0 + 5_300), T0 + 5_300)).toBe(T0 + 6_000)
    expect(nextDisplayChange(replay(items, events, T0 + 5_301), T0 + 5_301)).toBe(T0 + 6_000)
  })

  it('wakes when the item’s colour changes between two seconds', () => {
    // A 1-minute item warns at 7 %: 4.2 s left, which is no whole second.
    const short = [{ ...items[0]!, minutes: 1, warnPercent: 7, dangerPercent: 2 }]
    const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * MINUTE }]
    const now = T0 + 55_000
    expect(nextDisplayChange(replay(short, events, now), now)).toBe(T0 + 55_800)
    expect(currentItem(replay(short, events, T0 + 55_800))?.tone).toBe('warning')
    expect(currentItem(replay(short, events, T0 + 55_799))?.tone).toBe('normal')
  })

  it('passes over a threshold that changes no colour (a danger line above the warning line)', () => {
    // Danger from 81 % left, warning from 46 %: at 46 % the item is already red, so only the wall clock moves.
    const odd = [{ ...items[0]!, minutes: 7, warnPercent: 46, dangerPercent: 81 }]
    const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * MINUTE }]
    // 193.5 s left: the 46 % line (193.2 s) comes 300 ms on, the next second 500 ms on.
    const now = T0 + 226_500
    expect(currentItem(replay(odd, events, now))?.tone).toBe('danger')
    expect(nextDisplayChange(replay(odd, events, now), now)).toBe(T0 + 227_000)
  })

  it('follows only the wall clock while paused or before the start', () => {
    const events: LiveEvent[] = [
      { type: 'started', at: T0 + 300, endAt: T0 + 90 * MINUTE },
      { type: 'paused', at: T0 + 2_700 }
    ]
    expect(nextDisplayChange(replay(items, events, T0 + 5_100), T0 + 5_100)).toBe(T0 + 6_000)
    expect(nextDisplayChange(replay(items, [], T0 + 5_100), T0 + 5_100)).toBe(T0 + 6_000)
  })

  test.prop([sessionArb, fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 3 * 3600 * 1000 })], { numRuns: 400 })(
    'nothing shown changes before the time it names, and something does at it',
    ({ items: arbitraryItems, events }, offset, sinceStart) => {
      // Facilitators press keys at any millisecond, not on whole seconds.
      const shifted = events.map((e) => ({ ...e, at: e.at + offset }) as LiveEvent)
      const now = T0 + offset + sinceStart
      const inOrder = shifted.filter((e) => e.at <= now)
      const valid = inOrder.filter((e, i) => checkEvent(arbitraryItems, inOrder.slice(0, i), e) === null)
      const next = nextDisplayChange(replay(arbitraryItems, valid, now), now)
      expect(next).toBeGreaterThan(now)
      expect(next - now).toBeLessThanOrEqual(1000)
      const before = shown(arbitraryItems, valid, now)
      expect(shown(arbitraryItems, valid, next - 1)).toBe(before)
      expect(shown(arbitraryItems, valid, next)).not.toBe(before)
    }
  )
})
