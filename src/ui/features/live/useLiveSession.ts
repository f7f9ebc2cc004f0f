import { useCallback, useEffect, useRef, useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { LiveSnapshot } from '../../../core/api/contract'
import { checkEvent } from '../../../core/live/checkEvent'
import type { LiveEvent } from '../../../core/live/events'
import { arrivedReply, call } from '../../lib/api'
import { useT } from '../../i18n/LocaleContext'

export type LiveLoad = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; snapshot: LiveSnapshot }

/**
 * The live log for one session. An action shows at once, is checked by the same rule the service
 * applies, and is saved in order; if a save fails, the screen reloads the log from disk (the
 * truth) and says what went wrong.
 */
export function useLiveSession(sessionId: string, pollMs?: number) {
  // The log read ahead at start-up, if it is back: the screen draws with it in its first render.
  const [load, setLoad] = useState<LiveLoad>(() => {
    const early = arrivedReply('live/get', { sessionId })
    return early?.ok ? { state: 'ready', snapshot: early.data } : { state: 'loading' }
  })
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const latest = useRef<LiveSnapshot | null>(load.state === 'ready' ? load.snapshot : null)
  const pending = useRef(0)
  const failed = useRef(false)
  // Counts events confirmed on disk: what reads the files (e.g. the attendance summary) waits for it.
  const [saved, setSaved] = useState(0)
  const t = useT().live

  const reload = useCallback(async () => {
    const result = await call('live/get', { sessionId })
    if (result.ok) {
      latest.current = result.data
      setLoad({ state: 'ready', snapshot: result.data })
    } else setLoad({ state: 'error', message: result.error.message })
  }, [sessionId])

  // Started from the log read at start-up: not read again on mount (a read now could come back
  // after the screen's first events, e.g. a reopening's note, and put the log back without them).
  const startedWithLog = useRef(load.state === 'ready')
  useEffect(() => {
    if (startedWithLog.current) startedWithLog.current = false
    else void reload()
    if (!pollMs) return
    // The share view follows the facilitator's window by re-reading the log from disk.
    const id = window.setInterval(() => void reload(), pollMs)
    return () => window.clearInterval(id)
  }, [reload, pollMs])

  const append = useCallback(
    (event: LiveEvent): boolean => {
      const snapshot = latest.current
      if (!snapshot) return false
      const problem = checkEvent(snapshot.plan.items, snapshot.events, event, t.refusals)
      if (problem) {
        notifications.show({ color: 'yellow', message: problem })
        return false
      }
      const next = { ...snapshot, events: [...snapshot.events, event] }
      latest.current = next
      setLoad({ state: 'ready', snapshot: next })
      pending.current++
      queue.current = queue.current.then(async () => {
        const result = await call('live/append', { sessionId, event })
        pending.current--
        if (result.ok) setSaved((n) => n + 1)
        else {
          failed.current = true
          notifications.show({ color: 'red', title: t.screen.notSaved, message: result.error.message, autoClose: 10_000 })
        }
        // Re-read the truth once everything queued has been answered, not in the middle of it.
        if (failed.current && pending.current === 0) {
          failed.current = false
          await reload()
        }
      })
      return true
    },
    [sessionId, reload, t]
  )

  return { load, append, reload, saved }
}
