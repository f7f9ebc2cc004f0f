import type { BackupReason } from '../../../src/core/backup/manifest'

/** Repeats `tick` every `ms` until the returned function is called; tests pass a driven one. */
export interface Ticker {
  every(ms: number, tick: () => void): () => void
}

export const realTicker: Ticker = {
  every: (ms, tick) => {
    const handle = setInterval(tick, ms)
    // A pending backup must not keep a test host or a CLI run alive.
    handle.unref?.()
    return () => clearInterval(handle)
  }
}

export const LIVE_BACKUP_INTERVAL_MS = 5 * 60_000

/**
 * Backs up every five minutes while any session is live, and once when one ends. Told by the
 * live handlers (a heartbeat repeats "live" harmlessly); failures are already recorded by the
 * backup service and shown on the Backups screen, so here they are only passed to `onWarning`.
 */
export function liveBackupScheduler(
  backup: (reason: BackupReason) => Promise<unknown>,
  options: { ticker?: Ticker; intervalMs?: number; onWarning?: (message: string) => void } = {}
) {
  const ticker = options.ticker ?? realTicker
  const live = new Set<string>()
  let stop: (() => void) | null = null
  let running: Promise<unknown> = Promise.resolve()

  const run = (reason: BackupReason) => {
    running = Promise.all([running, backup(reason).catch((error: unknown) => options.onWarning?.(error instanceof Error ? error.message : 'A backup failed.'))])
  }

  return {
    onLiveStatus(sessionId: string, status: 'live' | 'ended') {
      if (status === 'live') {
        live.add(sessionId)
        stop ??= ticker.every(options.intervalMs ?? LIVE_BACKUP_INTERVAL_MS, () => run('live-interval'))
        return
      }
      live.delete(sessionId)
      if (live.size === 0 && stop) {
        stop()
        stop = null
      }
      run('session-end')
    },
    get active() {
      return stop !== null
    },
    /** Resolves once the backups started so far have finished. */
    idle: () => running.then(() => undefined),
    /** No more backups on the clock; resolves once the ones under way are on disk. */
    stop() {
      stop?.()
      stop = null
      live.clear()
      return running.then(() => undefined)
    }
  }
}
