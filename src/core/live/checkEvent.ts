import type { AgendaItem } from '../model/plan'
import { replay } from './clock'
import type { LiveEvent } from './events'

/**
 * Whether `event` may follow `events`: in time order and making sense in the state it lands in.
 * Returns a sentence for the facilitator, or null when it is fine. The log is the record of the
 * call, so nonsense (resuming a session that is not paused) is refused rather than stored.
 */
export function checkEvent(items: readonly AgendaItem[], events: readonly LiveEvent[], event: LiveEvent): string | null {
  const last = events.at(-1)
  if (last && event.at < last.at) return 'That action is older than the last one recorded; the clock may have jumped back. Check the computer’s time.'
  const state = replay(items, events, event.at)
  const known = (itemId: string) => items.some((item) => item.id === itemId)
  const live = state.status === 'running' || state.status === 'paused'
  switch (event.type) {
    case 'started':
      if (state.status !== 'not-started') return 'This session has already started.'
      if (event.endAt <= event.at) return 'The end time must be after the start.'
      return null
    case 'went-to':
      if (!live) return 'The session is not running.'
      return known(event.itemId) ? null : 'That agenda item is not in this session.'
    case 'paused':
      return state.status === 'running' ? null : 'The session is not running, so it cannot be paused.'
    case 'resumed':
      return state.status === 'paused' ? null : 'The session is not paused.'
    case 'time-adjusted':
    case 'skip-set':
      if (state.status === 'ended') return 'The session has ended.'
      return known(event.itemId) ? null : 'That agenda item is not in this session.'
    case 'rebalanced':
      if (!live) return 'The session is not running.'
      return event.allocations.every((a) => known(a.itemId)) ? null : 'That rebalance names an item not in this session.'
    case 'reopened':
      return state.status === 'not-started' ? 'The session has not started.' : null
    case 'ended':
      return live ? null : 'The session is not running.'
  }
}
