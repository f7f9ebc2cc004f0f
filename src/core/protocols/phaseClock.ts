import { proportional } from '../live/rebalance'
import type { Phase, Protocol } from './protocolSchema'

const SECOND = 1000
/** No phase is squeezed below this when an item is shortened; below it the phase is a gesture. */
export const MIN_PHASE_SECONDS = 30

export interface PhaseView {
  index: number
  phase: Phase
  /** This phase's share of the item's allotted time as it stands now. */
  allottedMs: number
  remainingMs: number
  /** Start of each phase from here on, as milliseconds of item time. */
  starts: number[]
}

/** The phases a run uses: optional ones only when the group keeps them. */
export function phasesInUse(protocol: Protocol, includeOptional: boolean): Phase[] {
  return protocol.phases.filter((phase) => includeOptional || !phase.optional)
}

/**
 * Lays the phases over the item's time in proportion to their minutes, so a rebalanced or
 * +1-minute item stretches or shrinks every phase alike and they always sum to the item's time.
 * `anchor` is where the facilitator last moved phase by hand: phases from there share what is left.
 */
export function phaseAt(
  phases: readonly Phase[],
  allottedMs: number,
  elapsedMs: number,
  anchor: { phase: number; atElapsedMs: number } = { phase: 0, atElapsedMs: 0 }
): PhaseView | null {
  const rest = phases.slice(anchor.phase)
  if (rest.length === 0) return null
  const totalSeconds = Math.max(0, Math.round((allottedMs - anchor.atElapsedMs) / SECOND))
  const floor = Math.min(MIN_PHASE_SECONDS, Math.floor(totalSeconds / rest.length))
  const weights = rest.map((p) => p.minutes)
  // Exact proportions when every phase keeps at least the floor; only a very short item needs
  // the floor to bend them.
  const exact = proportional(weights, totalSeconds, 0)
  const seconds = exact.every((s) => s >= floor) ? exact : proportional(weights, Math.max(totalSeconds, floor * rest.length), floor)
  const starts: number[] = []
  let cursor = anchor.atElapsedMs
  for (const s of seconds) {
    starts.push(cursor)
    cursor += s * SECOND
  }
  let offset = starts.findIndex((start, i) => elapsedMs < start + (seconds[i] ?? 0) * SECOND)
  // Past the end of the item: the last phase runs on into overtime.
  if (offset < 0) offset = rest.length - 1
  const phase = rest[offset] as Phase
  const allotted = (seconds[offset] ?? 0) * SECOND
  return {
    index: anchor.phase + offset,
    phase,
    allottedMs: allotted,
    remainingMs: (starts[offset] ?? 0) + allotted - elapsedMs,
    starts
  }
}

export function protocolMinutes(phases: readonly Phase[]): number {
  return phases.reduce((sum, p) => sum + p.minutes, 0)
}
