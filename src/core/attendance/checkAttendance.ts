import type { LiveState } from '../live/clock'
import type { AttendanceEvent, LiveEvent } from '../live/events'
import { effectiveTime, marksFor, replayAttendance } from './marks'
import type { Refusal } from '../live/checkEvent'

/**
 * Whether an attendance mark makes sense given the log so far (which refusal to say to the
 * facilitator, or null). Marks are accepted before the start (people arriving early count from the start),
 * during the call, and after the end as corrections, as long as they say when it happened.
 */
export function checkAttendanceEvent(state: LiveState, events: readonly LiveEvent[], event: AttendanceEvent): Refusal | null {
  const person = marksFor(replayAttendance(events), event.personId)
  if (event.type === 'attendance-undone') return person.standingMarks > 0 ? null : 'noMarkToUndo'
  if (event.type === 'attendance-status')
    return person.intervals.length > 0 ? 'markedPresentUndoFirst' : null
  const at = effectiveTime(event)
  if (at > event.at) return 'markAfterRecorded'
  if (state.status === 'ended' && state.endedAt !== null && at >= state.endedAt)
    return 'markAfterEnd'
  const last = person.intervals.at(-1)
  if (event.type === 'attendance-joined') {
    if (person.inRoom) return 'alreadyPresent'
    if (last && last.to !== null && at < last.to) return 'beforeLastLeft'
    return null
  }
  if (!person.inRoom || !last) return 'notPresentCannotLeave'
  return at < last.from ? 'beforeJoined' : null
}
