import type { Cue, ScheduledCue } from '../../core/live/cues'

/** Beeps per cue rise with urgency (1 warning, 2 danger, 3 overtime), and the pitch falls. */
const SOUND: Record<Cue, { beeps: number; hz: number }> = {
  warning: { beeps: 1, hz: 660 },
  danger: { beeps: 2, hz: 880 },
  overtime: { beeps: 3, hz: 440 }
}

export interface ChimeRecord {
  cue: Cue
  at: number
  itemId: string
}

declare global {
  interface Window {
    /** Test seam: what the chime player has scheduled, in epoch ms. */
    __hearthChimes?: { scheduled: ChimeRecord[]; played: ChimeRecord[] }
  }
}

/**
 * Synthesised chimes (Web Audio; no files, no network). Cues are placed on the audio clock at
 * absolute times, so they sound on time even when the window is hidden and JS timers are
 * throttled to once a minute. Rescheduling cancels what was placed before.
 */
export class ChimePlayer {
  private context: AudioContext | null = null
  private nodes: OscillatorNode[] = []
  private volume = 0.6
  private muted = false
  /** The cues last scheduled, to place on the audio clock once there is one. */
  private cues: readonly ScheduledCue[] = []

  constructor() {
    window.__hearthChimes ??= { scheduled: [], played: [] }
  }

  /**
   * Must be called from a user gesture the first time (browsers keep audio off until then). Making
   * the audio clock holds the main thread for tens to hundreds of milliseconds, so the first call
   * leaves it to the next idle moment (within half a second) instead of making the screen, or the
   * key that asked, wait: browsers remember the gesture, so the clock still starts.
   */
  unlock(): void {
    if (this.context) {
      void this.context.resume()
      return
    }
    if (this.waiting !== null) return
    const make = () => {
      this.waiting = null
      this.start()
    }
    this.waiting = typeof requestIdleCallback === 'function' ? requestIdleCallback(make, { timeout: 500 }) : window.setTimeout(make, 0)
  }

  private waiting: number | null = null

  private start(): void {
    try {
      const created = !this.context
      this.context ??= new AudioContext()
      void this.context.resume()
      // Cues scheduled before there was an audio clock were only written down: place those still ahead.
      if (created) {
        const now = Date.now()
        this.place(this.cues.filter((cue) => cue.at > now), now)
      }
    } catch {
      // No audio device: the visual cues still carry every state.
      this.context = null
    }
  }

  setLevel(volume: number, muted: boolean): void {
    this.volume = volume
    this.muted = muted
  }

  schedule(cues: readonly ScheduledCue[], now: number): void {
    this.cancel()
    const seam = window.__hearthChimes
    if (seam) seam.scheduled = cues.map(({ cue, at, itemId }) => ({ cue, at, itemId }))
    this.cues = cues
    this.place(cues, now)
  }

  private place(cues: readonly ScheduledCue[], now: number): void {
    const context = this.context
    if (!context || this.muted || this.volume === 0) return
    for (const cue of cues) {
      const start = context.currentTime + Math.max(0, (cue.at - now) / 1000)
      const { beeps, hz } = SOUND[cue.cue]
      for (let i = 0; i < beeps; i++) this.beep(context, start + i * 0.35, hz)
    }
  }

  /** Plays one cue now: the chime preview in settings. */
  preview(cue: Cue): void {
    this.start()
    if (!this.context) return
    const { beeps, hz } = SOUND[cue]
    for (let i = 0; i < beeps; i++) this.beep(this.context, this.context.currentTime + i * 0.35, hz)
  }

  cancel(): void {
    for (const node of this.nodes) {
      try {
        node.stop()
      } catch {
        // Already stopped.
      }
    }
    this.nodes = []
  }

  private beep(context: AudioContext, at: number, hz: number): void {
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = hz
    gain.gain.setValueAtTime(0, at)
    gain.gain.linearRampToValueAtTime(this.volume * 0.4, at + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.28)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(at)
    oscillator.stop(at + 0.3)
    this.nodes.push(oscillator)
  }
}
