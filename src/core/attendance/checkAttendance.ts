import type { LiveState } from '../live/clock'
import type { AttendanceEvent, LiveEvent } from '../live/events'
import { effectiveTime, marksFor, replayAttendance } from './marks'

/**
 * Whether an attendance mark makes sense given the log so far (a sentence for the facilitator,
 * or null). Marks are accepted before the start (people arriving early count from the start),
 * during the call, and after the end as corrections, as long as they say when it happened.
 */
export function checkAttendanceEvent(state: LiveState, events: readonly LiveEvent[], event: AttendanceEvent): string | null {
  const person = marksFor(replayAttendance(events), event.personId)
  if (event.type === 'attendance-undone') return person.standingMarks > 0 ? null : 'There is no attendance mark to undo for this person.'
  if (event.type === 'attendance-status')
    return person.intervals.length > 0 ? 'This person is marked present; undo that mark first.' : null
  const at = effectiveTime(event)
  if (at > event.at) return 'A mark cannot say it happened later than when it was recorded.'
  if (state.status === 'ended' && state.endedAt !== null && at >= state.endedAt)
    return 'The session has ended; give the time this happened during the session.'
  const last = person.intervals.at(-1)
  if (event.type === 'attendance-joined') {
    if (person.inRoom) return 'This person is already marked present.'
    if (last && last.to !== null && at < last.to) return 'That is before this person last left.'
    return null
  }
  if (!person.inRoom || !last) return 'This person is not marked present, so they cannot leave.'
  return at < last.from ? 'That is before this person joined.' : null
}
