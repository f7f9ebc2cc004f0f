import type { AgendaItem } from '../model/plan'
import { MINUTE, replay } from './clock'
import { replayTurns, type TurnState } from '../turns/turns'
import type { LiveEvent } from './events'
import { checkAttendanceEvent } from '../attendance/checkAttendance'
import { live as englishLive } from '../i18n/en/live'

/** The sentences a refusal is said in; the screen passes its language's, the service keeps English. */
export type Refusals = typeof englishLive.refusals

/**
 * Whether `event` may follow `events`: in time order and making sense in the state it lands in.
 * Returns a sentence for the facilitator, or null when it is fine. The log is the record of the
 * call, so nonsense (resuming a session that is not paused) is refused rather than stored.
 */
export function checkEvent(items: readonly AgendaItem[], events: readonly LiveEvent[], event: LiveEvent, words: Refusals = englishLive.refusals): string | null {
  const last = events.at(-1)
  if (last && event.at < last.at) return words.olderThanLast
  const state = replay(items, events, event.at)
  const known = (itemId: string) => items.some((item) => item.id === itemId)
  const live = state.status === 'running' || state.status === 'paused'
  switch (event.type) {
    case 'started':
      if (state.status !== 'not-started') return words.alreadyStarted
      if (event.endAt <= event.at) return words.endBeforeStart
      return null
    case 'went-to': {
      if (!live) return words.notRunning
      const target = state.items.findIndex((r) => r.item.id === event.itemId)
      if (target < 0) return words.unknownItem
      if (target === state.currentIndex) return words.alreadyCurrent
      return state.items[target]?.skipped ? words.itemSkipped : null
    }    case 'paused':
      return state.status === 'running' ? null : words.cannotPause
    case 'resumed':
      return state.status === 'paused' ? null : words.notPaused
    case 'time-adjusted': {
      if (state.status === 'ended') return words.ended
      const record = state.items.find((r) => r.item.id === event.itemId)
      if (!record) return words.unknownItem
      return record.allottedMs + event.minutes * MINUTE < MINUTE ? words.oneMinute : null
    }
    case 'skip-set': {
      if (state.status === 'ended') return words.ended
      if (!known(event.itemId)) return words.unknownItem
      const index = state.items.findIndex((r) => r.item.id === event.itemId)
      return live && index === state.currentIndex && event.skipped ? words.currentNotSkippable : null
    }    case 'rebalanced':
      if (!live) return words.notRunning
      return event.allocations.every((a) => known(a.itemId)) ? null : words.rebalanceUnknownItem
    case 'reopened':
      return state.status === 'not-started' ? words.notStarted : null
    case 'ended':
      return live ? null : words.notRunning
    case 'roles-assigned':
      if (state.status === 'ended') return words.ended
      return known(event.itemId) ? null : words.unknownItem
    case 'phase-moved': {
      if (!live) return words.notRunning
      const index = state.items.findIndex((r) => r.item.id === event.itemId)
      if (index !== state.currentIndex) return words.phaseNotCurrent
      return state.items[index]?.item.protocol ? null : words.noProtocol
    }
    case 'attendance-joined':
    case 'attendance-left':
    case 'attendance-status':
    case 'attendance-undone':
      // Marks are taken before the start, during the call and as corrections afterwards.
      return checkAttendanceEvent(state, events, event)
    default:
      return live ? checkTurnEvent(replayTurns(events, event.at), event, words) : words.notRunning
  }
}

type TurnEvent = Extract<LiveEvent, { type: 'speaker-set' | 'hand-raised' | 'hand-lowered' | 'queue-moved' | 'round-started' | 'turn-ended' | 'round-ended' }>

function checkTurnEvent(turns: TurnState, event: TurnEvent, words: Refusals): string | null {
  switch (event.type) {
    case 'speaker-set':
      return null
    case 'hand-raised':
      return turns.queue.includes(event.personId) ? words.handAlreadyUp : null
    case 'hand-lowered':
    case 'queue-moved':
      return turns.queue.includes(event.personId) ? null : words.notInQueue
    case 'round-started':
      return new Set(event.order).size === event.order.length ? null : words.twiceInRound
    case 'turn-ended':
      return turns.round?.current ? null : words.noTurnWaiting
    case 'round-ended':
      return turns.round ? null : words.noRound
  }
}
