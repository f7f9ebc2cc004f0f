import { useCallback, useEffect, useRef, useState } from 'react'
import { PlanInputSchema, type PlanInput } from '../../../core/model/plan'
import { call } from '../../lib/api'

export type SaveState =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'invalid'; message: string }
  | { state: 'error'; message: string }

const DEBOUNCE_MS = 400

/**
 * Saves the plan a moment after the last edit. "Saved" is only shown once the service has
 * answered, i.e. once the file is durably on disk; edits made meanwhile trigger one more save.
 */
export function useAutosave(sessionId: string, plan: PlanInput, revision: number) {
  const [status, setStatus] = useState<SaveState>({ state: 'saved' })
  const latest = useRef({ plan, revision })
  const savedRevision = useRef(revision)
  const inFlight = useRef<Promise<boolean> | null>(null)
  const timer = useRef<number | undefined>(undefined)

  latest.current = { plan, revision }

  /** Saves the latest edit (waiting for a save already on its way); true once it is all on disk. */
  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current)
    if (inFlight.current) {
      await inFlight.current
      return flush()
    }
    const { plan: toSave, revision: saving } = latest.current
    if (saving === savedRevision.current) return true
    const parsed = PlanInputSchema.safeParse(toSave)
    if (!parsed.success) {
      setStatus({ state: 'invalid', message: parsed.error.issues[0]?.message ?? 'Fix the highlighted fields to save.' })
      return false
    }
    setStatus({ state: 'saving' })
    const attempt = (async () => {
      const result = await call('sessions/update-plan', { sessionId, plan: parsed.data })
      if (!result.ok) {
        setStatus({ state: 'error', message: result.error.message })
        return false
      }
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
  }, [sessionId])

  useEffect(() => {
    if (revision === savedRevision.current) return
    setStatus({ state: 'pending' })
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS)
    return () => window.clearTimeout(timer.current)
  }, [revision, flush])

  // Leaving the screen, or closing the window, with an edit still waiting saves it: the request
  // leaves before the page goes, even though nobody is left to read the answer.
  useEffect(() => {
    const onUnload = () => void flush()
    window.addEventListener('beforeunload', onUnload)
    return () => {
      window.removeEventListener('beforeunload', onUnload)
      void flush()
    }
  }, [flush])

  return { status, flush }
}
