import { useCallback, useEffect, useState } from 'react'
import type { Channel } from '../../core/api/channels'
import type { Args, Reply } from '../../core/api/contract'
import { call } from './api'

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; code?: string }
  | { state: 'ready'; data: T }

/** Loads one channel's reply; `reload` fetches it again after a change. */
export function useRequest<C extends Channel>(channel: C, args: Args<C>, key: string) {
  const [loaded, setLoaded] = useState<Loaded<Reply<C>>>({ state: 'loading' })
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    void call(channel, args).then((result) => {
      if (!live) return
      setLoaded(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.error.message, code: result.error.code })
    })
    return () => {
      live = false
    }
    // `key` stands for args: callers pass the ids the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { loaded, reload }
}
