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
  const inFlight = useRef(false)
  const timer = useRef<number | undefined>(undefined)

  latest.current = { plan, revision }

  const flush = useCallback(async () => {
    if (inFlight.current) return
    const { plan: toSave, revision: saving } = latest.current
    if (saving === savedRevision.current) return
    const parsed = PlanInputSchema.safeParse(toSave)
    if (!parsed.success) {
      setStatus({ state: 'invalid', message: parsed.error.issues[0]?.message ?? 'Fix the highlighted fields to save.' })
      return
    }
    inFlight.current = true
    setStatus({ state: 'saving' })
    const result = await call('sessions/update-plan', { sessionId, plan: parsed.data })
    inFlight.current = false
    if (!result.ok) {
      setStatus({ state: 'error', message: result.error.message })
      return
    }
    savedRevision.current = saving
    if (latest.current.revision !== saving) void flush()
    else setStatus({ state: 'saved' })
  }, [sessionId])

  useEffect(() => {
    if (revision === savedRevision.current) return
    setStatus({ state: 'pending' })
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS)
    return () => window.clearTimeout(timer.current)
  }, [revision, flush])

  // Leaving the screen with an edit still waiting saves it rather than dropping it.
  useEffect(() => () => void flush(), [flush])

  return { status, retry: flush }
}
