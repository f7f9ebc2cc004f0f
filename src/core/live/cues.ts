import { currentItem, firstRunnable, type LiveState } from './clock'

export type Cue = 'warning' | 'danger' | 'overtime'

export interface ScheduledCue {
  cue: Cue
  /** Epoch ms at which it must sound. */
  at: number
  itemId: string
}

/**
 * The chimes still to come for the current item, as absolute times. The audio layer schedules
 * these on the audio clock, so they sound on time even when the window is hidden and timers
 * are throttled. Nothing is scheduled while paused or before the start.
 */
export function upcomingCues(state: LiveState, now: number): ScheduledCue[] {
  if (state.status !== 'running') return []
  const current = currentItem(state)
  if (!current) return []
  const { record } = current
  const zeroAt = now + current.remainingMs
  const lead = (percent: number) => (record.allottedMs * percent) / 100
  const cues: ScheduledCue[] = [
    { cue: 'warning', at: zeroAt - lead(record.item.warnPercent), itemId: record.item.id },
    { cue: 'danger', at: zeroAt - lead(record.item.dangerPercent), itemId: record.item.id },
    { cue: 'overtime', at: zeroAt, itemId: record.item.id }
  ]
  return cues.filter((c) => c.at > now).sort((a, b) => a.at - b.at)
}

/**
 * When the current item is set to advance by itself and has reached zero, the move that is due:
 * stamped at the moment it reached zero, not when a timer noticed, so the log stays exact. An
 * item the facilitator went back to after its time was up does not bounce forward again, and a
 * zero that fell before the last recorded action (a pause, a reopening) moves on at that action.
 */
export function dueAutoAdvance(state: LiveState, now: number): { itemId: string; at: number } | null {
  if (state.status !== 'running' || !state.enteredWithTimeLeft) return null
  const current = currentItem(state)
  if (!current || !current.record.item.autoAdvance || current.remainingMs > 0) return null
  const next = firstRunnable(state.items, current.index + 1, 1)
  const target = next === null ? null : state.items[next]
  if (!target) return null
  return { itemId: target.item.id, at: Math.max(now + current.remainingMs, state.lastEventAt ?? 0) }
}
