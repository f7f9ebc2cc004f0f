import type { AgendaItem } from '../model/plan'
import type { LiveEvent } from '../live/events'

/**
 * A stretch of wall-clock time [from, to) during which one agenda item was the current one,
 * either running or paused. Together the segments tile the session from its start to its end
 * (or `now`) without gaps or overlaps.
 */
export interface ItemSegment {
  itemId: string
  index: number
  kind: AgendaItem['kind']
  from: number
  to: number
  paused: boolean
}

/**
 * Which item was current when, derived from the log with the same rules as the clock's replay()
 * (a start lands on the first item not marked skipped; moves, pauses and the end only count while
 * the session is live; events after `now` are not yet known). Time while Hearth was closed
 * ('reopened') belongs to the item that was current, as it does on the clock.
 */
export function itemSegments(items: readonly AgendaItem[], events: readonly LiveEvent[], now: number): ItemSegment[] {
  const segments: ItemSegment[] = []
  const skipped = items.map(() => false)
  let status: 'not-started' | 'running' | 'paused' | 'ended' = 'not-started'
  let current = 0
  let since = 0

  const close = (at: number) => {
    const item = items[current]
    if (!item || at <= since) return
    const paused = status === 'paused'
    const last = segments.at(-1)
    // A move to the item already current changes nothing visible: keep one segment.
    if (last && last.to === since && last.index === current && last.paused === paused) last.to = at
    else segments.push({ itemId: item.id, index: current, kind: item.kind, from: since, to: at, paused })
  }

  for (const event of events) {
    if (event.at > now) break
    switch (event.type) {
      case 'started':
        if (status !== 'not-started') break
        status = 'running'
        since = event.at
        current = Math.max(0, skipped.indexOf(false))
        break
      case 'skip-set': {
        const index = items.findIndex((item) => item.id === event.itemId)
        if (index >= 0) skipped[index] = event.skipped
        break
      }
      case 'went-to': {
        const index = items.findIndex((item) => item.id === event.itemId)
        if (index < 0 || (status !== 'running' && status !== 'paused')) break
        close(event.at)
        current = index
        since = event.at
        break
      }
      case 'paused':
      case 'resumed':
        if (status !== (event.type === 'paused' ? 'running' : 'paused')) break
        close(event.at)
        status = event.type === 'paused' ? 'paused' : 'running'
        since = event.at
        break
      case 'ended':
        if (status !== 'running' && status !== 'paused') break
        close(event.at)
        status = 'ended'
        break
      default:
        break
    }
  }
  if (status === 'running' || status === 'paused') close(now)
  return segments
}
