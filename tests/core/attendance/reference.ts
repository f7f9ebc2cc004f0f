import type { LiveEvent } from '../../../src/core/live/events'
import type { AgendaItem } from '../../../src/core/model/plan'
import { T0 } from '../liveArbitraries'

/**
 * The oracles: walk the wall clock one second at a time, as a person with a stopwatch and a
 * register would, and say what was true during each second. Independent of the interval
 * arithmetic under test (no segments, no intersections).
 */

export interface Second {
  /** The current item's index, or null before the start and after the end. */
  index: number | null
  paused: boolean
}

export function secondBySecond(items: readonly AgendaItem[], events: readonly LiveEvent[], now: number): Second[] {
  const seconds: Second[] = []
  const skipped = new Set<string>()
  let status: 'idle' | 'running' | 'paused' | 'ended' = 'idle'
  let index = 0
  const known = events.filter((e) => e.at <= now)
  let next = 0
  for (let t = T0; t < now; t += 1000) {
    while (next < known.length && (known[next]?.at ?? Infinity) <= t) {
      const e = known[next++]
      if (!e) break
      if (e.type === 'skip-set') e.skipped ? skipped.add(e.itemId) : skipped.delete(e.itemId)
      else if (e.type === 'started' && status === 'idle') {
        status = 'running'
        const first = items.findIndex((item) => !skipped.has(item.id))
        index = first < 0 ? 0 : first
      } else if (e.type === 'went-to' && (status === 'running' || status === 'paused')) {
        const target = items.findIndex((item) => item.id === e.itemId)
        if (target >= 0) index = target
      } else if (e.type === 'paused' && status === 'running') status = 'paused'
      else if (e.type === 'resumed' && status === 'paused') status = 'running'
      else if (e.type === 'ended' && (status === 'running' || status === 'paused')) status = 'ended'
    }
    seconds.push({ index: status === 'running' || status === 'paused' ? index : null, paused: status === 'paused' })
  }
  return seconds
}

/** Whether each person was in the room during the second starting at `t`, per the marks known at `now`. */
export function presenceOracle(events: readonly LiveEvent[], now: number): (personId: string, t: number) => boolean {
  const stacks = new Map<string, { joined: boolean; time: number }[]>()
  for (const e of events) {
    if (e.at > now) break
    if (e.type !== 'attendance-joined' && e.type !== 'attendance-left' && e.type !== 'attendance-status' && e.type !== 'attendance-undone') continue
    const stack = stacks.get(e.personId) ?? []
    stacks.set(e.personId, stack)
    if (e.type === 'attendance-undone') stack.pop()
    // A status mark holds a place in the stack (an undo takes it back) but says nothing of presence.
    else if (e.type === 'attendance-status') stack.push({ joined: false, time: Number.NEGATIVE_INFINITY })
    else stack.push({ joined: e.type === 'attendance-joined', time: e.effectiveAt ?? e.at })
  }
  return (personId, t) => {
    const marks = (stacks.get(personId) ?? []).filter((m) => m.time !== Number.NEGATIVE_INFINITY && m.time <= t)
    return marks.at(-1)?.joined ?? false
  }
}
