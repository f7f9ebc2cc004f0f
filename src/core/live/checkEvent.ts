import type { AgendaItem } from '../model/plan'
import { MINUTE, replay } from './clock'
import { replayTurns, type TurnState } from '../turns/turns'
import type { LiveEvent } from './events'
import { checkAttendanceEvent } from '../attendance/checkAttendance'
import { live as englishLive } from '../i18n/en/live'

/** The sentences a refusal is said in, in one language. */
export type Refusals = typeof englishLive.refusals
/** Which refusal: said later, in the language of whoever reads it (the screen's, or the service's error words). */
export type Refusal = keyof Refusals

/**
 * Whether `event` may follow `events`, as a sentence for the facilitator in `words` (English by
 * default), or null when it is fine.
 */
export function checkEvent(items: readonly AgendaItem[], events: readonly LiveEvent[], event: LiveEvent, words: Refusals = englishLive.refusals): string | null {
  const refusal = refusalOf(items, events, event)
  return refusal === null ? null : words[refusal]
}

/**
 * Whether `event` may follow `events`: in time order and making sense in the state it lands in.
 * Returns which refusal applies, or null when it is fine. The log is the record of the call, so
 * nonsense (resuming a session that is not paused) is refused rather than stored.
 */
export function refusalOf(items: readonly AgendaItem[], events: readonly LiveEvent[], event: LiveEvent): Refusal | null {
  const last = events.at(-1)
  if (last && event.at < last.at) return 'olderThanLast'
  const state = replay(items, events, event.at)
  const known = (itemId: string) => items.some((item) => item.id === itemId)
  const live = state.status === 'running' || state.status === 'paused'
  switch (event.type) {
    case 'started':
      if (state.status !== 'not-started') return 'alreadyStarted'
      if (event.endAt <= event.at) return 'endBeforeStart'
      return null
    case 'went-to': {
      if (!live) return 'notRunning'
      const target = state.items.findIndex((r) => r.item.id === event.itemId)
      if (target < 0) return 'unknownItem'
      if (target === state.currentIndex) return 'alreadyCurrent'
      return state.items[target]?.skipped ? 'itemSkipped' : null
    }
    case 'paused':
      return state.status === 'running' ? null : 'cannotPause'
    case 'resumed':
      return state.status === 'paused' ? null : 'notPaused'
    case 'time-adjusted': {
      if (state.status === 'ended') return 'ended'
      const record = state.items.find((r) => r.item.id === event.itemId)
      if (!record) return 'unknownItem'
      return record.allottedMs + event.minutes * MINUTE < MINUTE ? 'oneMinute' : null
    }
    case 'skip-set': {
      if (state.status === 'ended') return 'ended'
      if (!known(event.itemId)) return 'unknownItem'
      const index = state.items.findIndex((r) => r.item.id === event.itemId)
      return live && index === state.currentIndex && event.skipped ? 'currentNotSkippable' : null
    }
    case 'rebalanced':
      if (!live) return 'notRunning'
      return event.allocations.every((a) => known(a.itemId)) ? null : 'rebalanceUnknownItem'
    case 'reopened':
      return state.status === 'not-started' ? 'notStarted' : null
    case 'ended':
      return live ? null : 'notRunning'
    case 'roles-assigned':
      if (state.status === 'ended') return 'ended'
      return known(event.itemId) ? null : 'unknownItem'
    case 'phase-moved': {
      if (!live) return 'notRunning'
      const index = state.items.findIndex((r) => r.item.id === event.itemId)
      if (index !== state.currentIndex) return 'phaseNotCurrent'
      return state.items[index]?.item.protocol ? null : 'noProtocol'
    }
    case 'attendance-joined':
    case 'attendance-left':
    case 'attendance-status':
    case 'attendance-undone':
      // Marks are taken before the start, during the call and as corrections afterwards.
      return checkAttendanceEvent(state, events, event)
    default:
      return live ? checkTurnEvent(replayTurns(events, event.at), event) : 'notRunning'
  }
}

type TurnEvent = Extract<LiveEvent, { type: 'speaker-set' | 'hand-raised' | 'hand-lowered' | 'queue-moved' | 'round-started' | 'turn-ended' | 'round-ended' }>

function checkTurnEvent(turns: TurnState, event: TurnEvent): Refusal | null {
  switch (event.type) {
    case 'speaker-set':
      return null
    case 'hand-raised':
      return turns.queue.includes(event.personId) ? 'handAlreadyUp' : null
    case 'hand-lowered':
    case 'queue-moved':
      return turns.queue.includes(event.personId) ? null : 'notInQueue'
    case 'round-started':
      return new Set(event.order).size === event.order.length ? null : 'twiceInRound'
    case 'turn-ended':
      return turns.round?.current ? null : 'noTurnWaiting'
    case 'round-ended':
      return turns.round ? null : 'noRound'
  }
}
