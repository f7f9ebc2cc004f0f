import type { AttendanceEvent, LiveEvent } from '../live/events'

/** A half-open wall-clock span [from, to) in epoch ms; `to` null while the person is still in. */
export interface PresenceInterval {
  from: number
  to: number | null
}

/** What the marks say about one person before the session's timing is taken into account. */
export type MarkedStatus = 'unmarked' | 'present' | 'apologies' | 'absent'

export interface PersonMarks {
  personId: string
  /** In time order, never overlapping. Empty for someone never marked present. */
  intervals: PresenceInterval[]
  /** 'present' as soon as there is an interval (even a closed one); otherwise the last status set. */
  status: MarkedStatus
  /** Whether the person is in the room now (their last interval is still open). */
  inRoom: boolean
  /** How many marks stand (after undos): the UI offers "undo" only when this is above 0. */
  standingMarks: number
}

type Mark =
  | { kind: 'joined'; time: number }
  | { kind: 'left'; time: number }
  | { kind: 'status'; status: 'apologies' | 'absent' }

export const isAttendanceEvent = (event: LiveEvent): event is AttendanceEvent => event.type.startsWith('attendance-')

/** When the mark says it happened: a later note or correction carries the real time. */
export const effectiveTime = (event: { at: number; effectiveAt?: number | undefined }): number => event.effectiveAt ?? event.at

/**
 * Attendance per person from the session log, up to `now` (events stamped later are ignored, as
 * the clock does). Each person's marks form a stack: an undo pops the latest, so any mis-tap can
 * be taken back and re-marked. Total on any log: a join while already in, or a leave while out,
 * changes nothing (checkEvent refuses those before they are stored anyway).
 */
export function replayAttendance(events: readonly LiveEvent[], now: number = Number.POSITIVE_INFINITY): Map<string, PersonMarks> {
  const stacks = new Map<string, Mark[]>()
  for (const event of events) {
    if (event.at > now) break
    if (!isAttendanceEvent(event)) continue
    const stack = stacks.get(event.personId) ?? []
    stacks.set(event.personId, stack)
    switch (event.type) {
      case 'attendance-joined':
        stack.push({ kind: 'joined', time: effectiveTime(event) })
        break
      case 'attendance-left':
        stack.push({ kind: 'left', time: effectiveTime(event) })
        break
      case 'attendance-status':
        stack.push({ kind: 'status', status: event.status })
        break
      case 'attendance-undone':
        stack.pop()
        break
    }
  }
  const people = new Map<string, PersonMarks>()
  for (const [personId, stack] of stacks) people.set(personId, fold(personId, stack))
  return people
}

function fold(personId: string, stack: readonly Mark[]): PersonMarks {
  const intervals: PresenceInterval[] = []
  let status: MarkedStatus = 'unmarked'
  for (const mark of stack) {
    const open = intervals.at(-1)?.to === null ? intervals.at(-1) : undefined
    if (mark.kind === 'joined') {
      if (open) continue
      // Never before the previous leave: intervals stay ordered and disjoint whatever the log says.
      const previousEnd = intervals.at(-1)?.to ?? Number.NEGATIVE_INFINITY
      intervals.push({ from: Math.max(mark.time, previousEnd), to: null })
    } else if (mark.kind === 'left') {
      if (open) open.to = Math.max(open.from, mark.time)
    } else {
      status = mark.status
    }
  }
  const inRoom = intervals.at(-1)?.to === null
  return { personId, intervals, status: intervals.length > 0 ? 'present' : status, inRoom, standingMarks: stack.length }
}

/** The marks for one person, or an unmarked record. */
export function marksFor(people: ReadonlyMap<string, PersonMarks>, personId: string): PersonMarks {
  return people.get(personId) ?? { personId, intervals: [], status: 'unmarked', inRoom: false, standingMarks: 0 }
}
