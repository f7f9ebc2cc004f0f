import { useSyncExternalStore } from 'react'

/** When the screen next shows something different, given the time of the beat. */
export type NextChange = (now: number) => number

/**
 * The live screen's clock: "now", moved on only when something on the screen changes (at most
 * about twice a second), and read by the few small components that show time. A beat re-renders
 * those, not the whole screen: the notes typed below, the controls and the header stay as they are.
 */
export class LiveBeat {
  private at = Date.now()
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private nextChange: NextChange = (now) => now + 1000

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  get now(): number {
    return this.at
  }

  /** A new log: the next beat is armed from what it shows, at once (a press may bring a change sooner). */
  follow(nextChange: NextChange): void {
    this.nextChange = nextChange
    this.arm()
  }

  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private arm(): void {
    clearTimeout(this.timer)
    // None more than a second away: a computer clock set back, or a log stamped ahead of it, must
    // not leave the screen waiting for a time that does not come.
    const wait = Math.min(1000, Math.max(0, this.nextChange(this.at) - Date.now()) + 1)
    this.timer = setTimeout(() => {
      this.at = Date.now()
      for (const listener of this.listeners) listener()
      this.arm()
    }, wait)
  }
}

const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step

/**
 * The beat's time in steps of `step` ms (1: every beat; null: not following the clock at all), never
 * earlier than `notBefore` (the latest event: what was just done shows at once, not at the next beat).
 * The component re-renders only when that value moves.
 */
export function useBeatNow(beat: LiveBeat, step: number | null, notBefore: number): number {
  const at = useSyncExternalStore(beat.subscribe, () => (step === null ? 0 : floorTo(beat.now, step)))
  return Math.max(at, notBefore)
}
