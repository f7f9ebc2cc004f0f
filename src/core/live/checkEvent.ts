import type { AgendaItem } from '../model/plan'
import { MINUTE, replay } from './clock'
import { replayTurns, type TurnState } from '../turns/turns'
import type { LiveEvent } from './events'
import { checkAttendanceEvent } from '../attendance/checkAttendance'

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
    case 'went-to': {
      if (!live) return 'The session is not running.'
      const target = state.items.findIndex((r) => r.item.id === event.itemId)
      if (target < 0) return 'That agenda item is not in this session.'
      if (target === state.currentIndex) return 'That item is already the current one.'
      return state.items[target]?.skipped ? 'That item is marked to be skipped; unskip it first.' : null
    }    case 'paused':
      return state.status === 'running' ? null : 'The session is not running, so it cannot be paused.'
    case 'resumed':
      return state.status === 'paused' ? null : 'The session is not paused.'
    case 'time-adjusted': {
      if (state.status === 'ended') return 'The session has ended.'
      const record = state.items.find((r) => r.item.id === event.itemId)
      if (!record) return 'That agenda item is not in this session.'
      return record.allottedMs + event.minutes * MINUTE < MINUTE ? 'This item is already down to one minute.' : null
    }
    case 'skip-set': {
      if (state.status === 'ended') return 'The session has ended.'
      if (!known(event.itemId)) return 'That agenda item is not in this session.'
      const index = state.items.findIndex((r) => r.item.id === event.itemId)
      return live && index === state.currentIndex && event.skipped ? 'The current item cannot be skipped; move on to the next instead.' : null
    }    case 'rebalanced':
      if (!live) return 'The session is not running.'
      return event.allocations.every((a) => known(a.itemId)) ? null : 'That rebalance names an item not in this session.'
    case 'reopened':
      return state.status === 'not-started' ? 'The session has not started.' : null
    case 'ended':
      return live ? null : 'The session is not running.'
    case 'roles-assigned':
      if (state.status === 'ended') return 'The session has ended.'
      return known(event.itemId) ? null : 'That agenda item is not in this session.'
    case 'phase-moved': {
      if (!live) return 'The session is not running.'
      const index = state.items.findIndex((r) => r.item.id === event.itemId)
      if (index !== state.currentIndex) return 'Phases move only in the current item.'
      return state.items[index]?.item.protocol ? null : 'This item has no protocol.'
    }
    case 'attendance-joined':
    case 'attendance-left':
    case 'attendance-status':
    case 'attendance-undone':
      // Marks are taken before the start, during the call and as corrections afterwards.
      return checkAttendanceEvent(state, events, event)
    default:
      return live ? checkTurnEvent(replayTurns(events, event.at), event) : 'The session is not running.'
  }
}

type TurnEvent = Extract<LiveEvent, { type: 'speaker-set' | 'hand-raised' | 'hand-lowered' | 'queue-moved' | 'round-started' | 'turn-ended' | 'round-ended' }>

function checkTurnEvent(turns: TurnState, event: TurnEvent): string | null {
  switch (event.type) {
    case 'speaker-set':
      return null
    case 'hand-raised':
      return turns.queue.includes(event.personId) ? 'That hand is already up.' : null
    case 'hand-lowered':
    case 'queue-moved':
      return turns.queue.includes(event.personId) ? null : 'That person is not in the queue.'
    case 'round-started':
      return new Set(event.order).size === event.order.length ? null : 'Someone appears twice in the round.'
    case 'turn-ended':
      return turns.round?.current ? null : 'No round is waiting for a turn.'
    case 'round-ended':
      return turns.round ? null : 'No round is running.'
  }
}
