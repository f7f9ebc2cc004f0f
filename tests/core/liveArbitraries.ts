import { fc } from '@fast-check/vitest'
import type { LiveEvent } from '../../src/core/live/events'
import type { AgendaItem } from '../../src/core/model/plan'

export const T0 = Date.UTC(2026, 11, 8, 19, 0, 0)

export const itemsArb = fc
  .array(
    fc.record({
      minutes: fc.integer({ min: 1, max: 45 }),
      protected: fc.boolean(),
      isBreak: fc.boolean(),
      warnPercent: fc.integer({ min: 0, max: 100 }),
      dangerPercent: fc.integer({ min: 0, max: 100 }),
      autoAdvance: fc.boolean()
    }),
    { minLength: 1, maxLength: 10 }
  )
  .map((specs) =>
    specs.map(
      (spec, i): AgendaItem => ({
        id: `item-${String(i).padStart(4, '0')}`,
        title: `Item ${i}`,
        minutes: spec.minutes,
        kind: spec.isBreak ? 'break' : 'standard',
        protected: spec.protected,
        prompt: '',
        warnPercent: spec.warnPercent,
        dangerPercent: spec.dangerPercent,
        autoAdvance: spec.autoAdvance
      })
    )
  )

type Action = { kind: 'next' | 'previous' | 'pause' | 'resume' | 'plus' | 'minus' | 'end' | 'skip'; after: number; pick: number }

/** A facilitator's plausible actions at whole-second times after a start at T0. */
export const sessionArb = itemsArb.chain((items) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom<Action['kind']>('next', 'next', 'previous', 'pause', 'resume', 'plus', 'minus', 'end', 'skip'),
        after: fc.integer({ min: 0, max: 20 * 60 }),
        pick: fc.nat()
      }),
      { maxLength: 25 }
    )
    .map((actions) => ({ items, events: toEvents(items, actions) }))
)

function toEvents(items: AgendaItem[], actions: Action[]): LiveEvent[] {
  const events: LiveEvent[] = [{ type: 'started', at: T0, endAt: T0 + 90 * 60_000 }]
  let at = T0
  const target = (pick: number) => items[pick % items.length]?.id ?? 'item-0000'
  for (const action of actions) {
    at += action.after * 1000
    switch (action.kind) {
      case 'next':
      case 'previous':
        events.push({ type: 'went-to', at, itemId: target(action.pick), via: action.kind })
        break
      case 'pause':
        events.push({ type: 'paused', at })
        break
      case 'resume':
        events.push({ type: 'resumed', at })
        break
      case 'plus':
      case 'minus':
        events.push({ type: 'time-adjusted', at, itemId: target(action.pick), minutes: action.kind === 'plus' ? 1 : -1 })
        break
      case 'skip':
        events.push({ type: 'skip-set', at, itemId: target(action.pick), skipped: action.pick % 2 === 0 })
        break
      case 'end':
        events.push({ type: 'ended', at })
        break
    }
  }
  return events
}
