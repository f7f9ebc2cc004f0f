import type { LiveEvent } from '../live/events'
import type { AgendaItem } from '../model/plan'
import { itemSegments, type ItemSegment } from './itemSegments'
import { marksFor, replayAttendance, type MarkedStatus, type PresenceInterval } from './marks'

/** A closed wall-clock span [from, to) in epoch ms. */
export interface Span {
  from: number
  to: number
}

/**
 * The time that counts for CPD: every moment an agenda item that is not a break was current,
 * paused or not. Breaks are excluded (ICF: breaks do not earn CCE). Pauses are included on
 * purpose: the room is still together in the call while the facilitator holds the timer (a
 * technical hitch, a discussion running on), so a pause is part of the activity, not time away
 * from it. The facilitator who wants a stretch excluded moves to a break item instead.
 */
export function creditedSpans(segments: readonly ItemSegment[]): Span[] {
  const spans: Span[] = []
  for (const segment of segments) {
    if (segment.kind === 'break') continue
    const last = spans.at(-1)
    if (last && last.to === segment.from) last.to = segment.to
    else spans.push({ from: segment.from, to: segment.to })
  }
  return spans
}

const total = (spans: readonly Span[]) => spans.reduce((sum, s) => sum + (s.to - s.from), 0)

/**
 * How much of `spans` a person's presence covers, in ms. Both lists are ordered and disjoint; an
 * open interval (still in the room) runs to the end of the spans, which end at the session's end
 * or `now`.
 */
export function overlapMs(presence: readonly PresenceInterval[], spans: readonly Span[]): number {
  let sum = 0
  for (const interval of presence) {
    const to = interval.to ?? Number.POSITIVE_INFINITY
    for (const span of spans) sum += Math.max(0, Math.min(to, span.to) - Math.max(interval.from, span.from))
  }
  return sum
}

export interface AttendanceRecord {
  personId: string
  status: MarkedStatus
  /** Joins and leaves as marked (not clipped to the session). */
  intervals: PresenceInterval[]
  /** Time present during the credited spans (non-break items, pauses included). */
  attendedMs: number
  /** First joined more than the grace after the start. */
  late: boolean
  /** Last left more than the grace before the end (or `now`, while the session runs). */
  leftEarly: boolean
  /** Left and came back at least once. */
  rejoined: boolean
  inRoom: boolean
  standingMarks: number
}

export interface SessionAttendance {
  startedAt: number | null
  /** The end, or null while the session still runs (figures are then up to `now`). */
  endedAt: number | null
  /** The credited length of the session: non-break time from start to end (or `now`). */
  sessionMs: number
  /** Break time, shown next to the figure so "of M minutes" is not a surprise. */
  breakMs: number
  spans: Span[]
  /** One record per person marked at all, in the order they were first marked. */
  people: AttendanceRecord[]
}

export interface AttendanceOptions {
  /** A join this soon after the start is not "late", a leave this close to the end not "early". */
  graceMs?: number
}

export const DEFAULT_LATE_GRACE_MS = 5 * 60_000

/** Everything attendance needs from one session's plan and log, as of `now`. */
export function sessionAttendance(
  items: readonly AgendaItem[],
  events: readonly LiveEvent[],
  now: number,
  { graceMs = DEFAULT_LATE_GRACE_MS }: AttendanceOptions = {}
): SessionAttendance {
  const segments = itemSegments(items, events, now)
  const spans = creditedSpans(segments)
  const startedAt = events.find((e) => e.type === 'started' && e.at <= now)?.at ?? null
  const endEvent = startedAt === null ? undefined : events.find((e) => e.type === 'ended' && e.at <= now && e.at >= startedAt)
  const endedAt = endEvent?.at ?? null
  const closesAt = endedAt ?? now
  const people = [...replayAttendance(events, now).values()].map((marks): AttendanceRecord => {
    const first = marks.intervals[0]
    const last = marks.intervals.at(-1)
    return {
      personId: marks.personId,
      status: marks.status,
      intervals: marks.intervals,
      attendedMs: overlapMs(marks.intervals, spans),
      late: startedAt !== null && first !== undefined && first.from > startedAt + graceMs,
      leftEarly: startedAt !== null && last !== undefined && last.to !== null && last.to < closesAt - graceMs,
      rejoined: marks.intervals.length > 1,
      inRoom: marks.inRoom,
      standingMarks: marks.standingMarks
    }
  })
  const sessionMs = total(spans)
  const ranMs = segments.reduce((sum, s) => sum + (s.to - s.from), 0)
  return { startedAt, endedAt, sessionMs, breakMs: ranMs - sessionMs, spans, people }
}

/** One person's record, or an unmarked one with nothing attended. */
export function attendanceOf(attendance: SessionAttendance, personId: string): AttendanceRecord {
  const found = attendance.people.find((p) => p.personId === personId)
  if (found) return found
  const marks = marksFor(new Map(), personId)
  return { ...marks, attendedMs: 0, late: false, leftEarly: false, rejoined: false }
}
