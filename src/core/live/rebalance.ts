import type { Allocation } from './events'
import { MINUTE, currentItem, upcoming, type LiveState } from './clock'

export const MIN_ITEM_MINUTES = 1
/** Below this the agenda is on time for practical purposes; proposing would only nag. */
export const REBALANCE_THRESHOLD_MINUTES = 2

export interface RebalanceLine {
  itemId: string
  title: string
  before: number
  after: number
  protected: boolean
  isBreak: boolean
}

export interface RebalanceProposal {
  /** Whole minutes between the end of the current item and the hard end. */
  minutesAvailable: number
  /** Positive: the remaining items need this many more minutes than are left. */
  minutesOver: number
  lines: RebalanceLine[]
  /** False when even every cuttable item at its minimum does not fit; the lines are then the best effort. */
  fits: boolean
}

/**
 * Splits `total` whole minutes across `weights` in proportion, never below `floor` each, so the
 * parts sum exactly to `total` (largest remainder). Needs total ≥ floor × count.
 */
export function proportional(weights: readonly number[], total: number, floor: number): number[] {
  if (weights.length === 0) return []
  const spare = total - floor * weights.length
  const weightSum = weights.reduce((a, b) => a + b, 0)
  const shares = weights.map((w) => (weightSum > 0 ? (w / weightSum) * spare : spare / weights.length))
  const parts = shares.map((s) => Math.floor(s))
  let left = spare - parts.reduce((a, b) => a + b, 0)
  const order = shares.map((s, i) => ({ i, frac: s - Math.floor(s) })).sort((a, b) => b.frac - a.frac || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i] = (parts[i] ?? 0) + 1
    left--
  }
  return parts.map((p) => p + floor)
}

/**
 * What the remaining items should get so the session ends on time. Overrun is taken from breaks
 * first, then from the other unprotected items in proportion to their planned length; protected
 * items are never cut. Time in hand goes to unprotected items in proportion. Null when the
 * session is not running or is within the threshold.
 */
export function proposeRebalance(state: LiveState, now: number, threshold = REBALANCE_THRESHOLD_MINUTES): RebalanceProposal | null {
  const current = currentItem(state)
  if (!current || state.endAt === null) return null
  const rest = upcoming(state)
  if (rest.length === 0) return null
  const minutesAvailable = Math.floor((state.endAt - now - Math.max(0, current.remainingMs)) / MINUTE)
  const before = rest.map((r) => Math.round(r.allottedMs / MINUTE))
  const needed = before.reduce((a, b) => a + b, 0)
  const minutesOver = needed - minutesAvailable
  if (Math.abs(minutesOver) < threshold) return null

  const after = [...before]
  const isProtected = rest.map((r) => r.item.protected)
  const isBreak = rest.map((r) => r.item.kind === 'break')
  const indices = (pick: (i: number) => boolean) => rest.map((_, i) => i).filter(pick)

  const weight = (i: number) => Math.max(1, rest[i]?.plannedMinutes ?? 1)
  if (minutesOver > 0) {
    // Breaks and buffers give their time first, then the other unprotected items.
    const afterBreaks = cut(after, indices((i) => isBreak[i] === true && !isProtected[i]), minutesOver, weight)
    cut(after, indices((i) => !isBreak[i] && !isProtected[i]), afterBreaks, weight)
  } else {
    // Time in hand goes to unprotected items; only when none is left do protected ones get it.
    const unprotected = indices((i) => !isProtected[i])
    const growable = unprotected.length > 0 ? unprotected : indices(() => true)
    const extra = proportional(growable.map(weight), -minutesOver, 0)
    growable.forEach((i, k) => (after[i] = (after[i] ?? 0) + (extra[k] ?? 0)))
  }

  const lines = rest.map((r, i) => ({
    itemId: r.item.id,
    title: r.item.title,
    before: before[i] ?? 0,
    after: after[i] ?? 0,
    protected: r.item.protected,
    isBreak: r.item.kind === 'break'
  }))
  const total = lines.reduce((sum, l) => sum + l.after, 0)
  return { minutesAvailable, minutesOver, lines, fits: total === minutesAvailable }
}

/**
 * Takes up to `deficit` minutes from the items at `eligible`, in proportion to their weight and
 * never below the minimum; returns what could not be taken.
 */
function cut(after: number[], eligible: readonly number[], deficit: number, weight: (i: number) => number): number {
  let left = deficit
  for (;;) {
    const open = eligible.filter((i) => (after[i] ?? 0) > MIN_ITEM_MINUTES)
    const room = open.reduce((sum, i) => sum + (after[i] ?? 0) - MIN_ITEM_MINUTES, 0)
    if (left <= 0 || room === 0) return left
    const shares = proportional(open.map(weight), Math.min(left, room), 0)
    open.forEach((i, k) => {
      const take = Math.min(shares[k] ?? 0, (after[i] ?? 0) - MIN_ITEM_MINUTES)
      after[i] = (after[i] ?? 0) - take
      left -= take
    })
  }
}

export function allocationsOf(proposal: RebalanceProposal): { allocations: Allocation[]; previous: Allocation[] } {
  return {
    allocations: proposal.lines.map((l) => ({ itemId: l.itemId, minutes: l.after })),
    previous: proposal.lines.map((l) => ({ itemId: l.itemId, minutes: l.before }))
  }
}
