import { call } from '../../lib/api'

const HEARTBEAT_MS = 20_000

/**
 * Per launch of the renderer: which sessions this launch has already shown (so coming back to
 * the live screen from another page is not mistaken for a restart), and one heartbeat per live
 * session that keeps running while the facilitator looks at other pages.
 */
const seen = new Set<string>()
const beats = new Map<string, number>()

export function firstLookThisLaunch(sessionId: string): boolean {
  if (seen.has(sessionId)) return false
  seen.add(sessionId)
  return true
}

export function keepBeating(sessionId: string, live: boolean): void {
  const running = beats.get(sessionId)
  if (live && running === undefined) {
    const beat = () => void call('live/heartbeat', { sessionId, at: Date.now() })
    beat()
    beats.set(sessionId, window.setInterval(beat, HEARTBEAT_MS))
  } else if (!live && running !== undefined) {
    window.clearInterval(running)
    beats.delete(sessionId)
  }
}
