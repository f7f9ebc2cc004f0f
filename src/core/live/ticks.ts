import { currentItem, toneFor, type LiveState, type Thresholds } from './clock'

const SECOND = 1000

/** Time until a count that shows whole seconds of `ms` moves on, as the live timer rounds them. */
function untilCountdownMoves(remainingMs: number): number {
  // Time left shows rounded up (0:05 until exactly 4 s are left); overtime shows whole seconds gone.
  if (remainingMs > 0) return remainingMs - (Math.ceil(remainingMs / SECOND) - 1) * SECOND
  const over = -remainingMs
  return (Math.floor(over / SECOND) + 1) * SECOND - over
}

/**
 * Time until the item's colour moves on: a threshold of a percentage need not fall on a whole second.
 * A threshold crossed without a change of colour (a plan whose danger line sits above its warning line)
 * is passed over, so the screen is not woken for nothing.
 */
function untilToneMoves(remainingMs: number, allottedMs: number, thresholds: Thresholds): number {
  const tone = toneFor(remainingMs, allottedMs, thresholds)
  const ahead = [thresholds.warnPercent, thresholds.dangerPercent, 0].map((percent) => remainingMs - (allottedMs * percent) / 100).filter((ms) => ms > 0)
  let next = Infinity
  for (const ms of ahead) if (ms < next && toneFor(remainingMs - ms, allottedMs, thresholds) !== tone) next = ms
  return next
}

/**
 * When the live screen next shows something different: the next whole second of the current item's
 * countdown, or of the wall clock (talk time, protocol phases, the session's projected end), whichever
 * comes first. Redrawing only then, not on a fixed 250 ms beat, keeps the big timer on the second and
 * leaves the note-taker's keys alone in between.
 */
export function nextDisplayChange(state: LiveState, now: number): number {
  const wallSecond = SECOND - (((now % SECOND) + SECOND) % SECOND)
  const item = state.status === 'running' ? currentItem(state) : null
  if (!item) return now + wallSecond
  return now + Math.min(wallSecond, untilCountdownMoves(item.remainingMs), untilToneMoves(item.remainingMs, item.record.allottedMs, item.record.item))
}
