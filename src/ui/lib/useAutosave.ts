import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '../../core/errors'

export type SaveState =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'invalid'; message: string }
  /** `retryInMs`: the disk refused the save; the edit is kept and sent again after this wait. */
  | { state: 'error'; message: string; retryInMs: number | null }

/** Checks an edit before it is sent: a message says what to fix, null lets it through. */
export type Validate<T> = (value: T) => { ok: true; value: T } | { ok: false; message: string }

const DEBOUNCE_MS = 400
/** Waits between automatic retries after the disk refused a save (full, read-only, I/O error). */
export const RETRY_BACKOFF_MS = [1000, 2000, 5000, 10_000, 30_000] as const

/**
 * Saves a value a moment after the last edit. "Saved" is only shown once the service has
 * answered, i.e. once the file is durably on disk; edits made meanwhile trigger one more save.
 * When the disk refuses the save, the edit stays here (the form keeps it) and is sent again by
 * itself after 1, 2, 5, 10, then every 30 s, until it lands or the person edits again.
 */
export function useAutosave<T>(value: T, revision: number, validate: Validate<T>, save: (value: T) => Promise<Result<unknown>>) {
  const [status, setStatus] = useState<SaveState>({ state: 'saved' })
  const shown = useRef(status)
  shown.current = status
  const latest = useRef({ value, revision, validate, save })
  const savedRevision = useRef(revision)
  const inFlight = useRef<Promise<boolean> | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const failures = useRef(0)
  const mounted = useRef(true)

  latest.current = { value, revision, validate, save }

  /** Saves the latest edit (waiting for a save already on its way); true once it is all on disk. */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current)
    if (inFlight.current) {
      await inFlight.current
      return flush()
    }
    const { value: toSave, revision: saving, validate: check, save: send } = latest.current
    if (saving === savedRevision.current) return true
    const checked = check(toSave)
    if (!checked.ok) {
      setStatus({ state: 'invalid', message: checked.message })
      return false
    }
    setStatus({ state: 'saving' })
    const attempt = (async () => {
      const result = await send(checked.value)
      if (!result.ok) {
        // Only a refused write is worth retrying unchanged; a rejected edit needs the person.
        const retryInMs = result.error.code === 'write-failed' && mounted.current ? (RETRY_BACKOFF_MS[Math.min(failures.current, RETRY_BACKOFF_MS.length - 1)] ?? 30_000) : null
        failures.current++
        setStatus({ state: 'error', message: result.error.message, retryInMs })
        if (retryInMs !== null) {
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(() => void flush(), retryInMs)
        }
        return false
      }
      failures.current = 0
      savedRevision.current = saving
      return true
    })()
    inFlight.current = attempt
    const ok = await attempt
    inFlight.current = null
    if (!ok) return false
    if (latest.current.revision !== saving) return flush()
    setStatus({ state: 'saved' })
    return true
  }, [])

  useEffect(() => {
    if (revision === savedRevision.current) return
    // Already pending: no update at all, so a key typed into a long note does not render the form
    // a second time (even an update that leaves the state as it was renders the component again).
    if (shown.current.state !== 'pending') setStatus({ state: 'pending' })
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS)
    return () => window.clearTimeout(timer.current)
  }, [revision, flush])

  // Leaving the screen, or closing the window, with an edit still waiting saves it: the request
  // leaves before the page goes, even though nobody is left to read the answer.
  useEffect(() => {
    mounted.current = true
    const onUnload = () => void flush()
    window.addEventListener('beforeunload', onUnload)
    return () => {
      window.removeEventListener('beforeunload', onUnload)
      // One last try on the way out, but no retry loop for a screen nobody sees.
      mounted.current = false
      void flush()
    }
  }, [flush])

  /**
   * Hands over an edit that has not been rendered yet (a form that batches keys), so a flush that
   * runs before the next render, on leaving the screen or closing the window, saves it.
   */
  const stage = useCallback((value: T, revision: number) => {
    latest.current = { ...latest.current, value, revision }
  }, [])

  // An edit this render brings is not on disk yet: the effect above marks it pending only after the
  // screen has drawn, and until then "Saved" would show for text the file does not hold.
  const shownStatus: SaveState = status.state === 'saved' && revision !== savedRevision.current ? { state: 'pending' } : status
  return { status: shownStatus, flush, stage }
}
