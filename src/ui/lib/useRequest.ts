import { useCallback, useEffect, useRef, useState } from 'react'
import type { Channel } from '../../core/api/channels'
import type { Args, Reply } from '../../core/api/contract'
import type { Result } from '../../core/errors'
import { arrivedReply, call } from './api'

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; code?: string }
  | { state: 'ready'; data: T }

const loadedFrom = <T>(result: Result<T>): Loaded<T> =>
  result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.error.message, code: result.error.code }

/**
 * Loads one channel's reply; `reload` fetches it again after a change. A reply already here (read
 * ahead at start-up) is shown in the first render, and not asked for again.
 */
export function useRequest<C extends Channel>(channel: C, args: Args<C>, key: string) {
  const [loaded, setLoaded] = useState<Loaded<Reply<C>>>(() => {
    const early = arrivedReply(channel, args)
    return early ? loadedFrom(early) : { state: 'loading' }
  })
  const [version, setVersion] = useState(0)
  const startedWithReply = useRef(loaded.state !== 'loading')

  useEffect(() => {
    if (startedWithReply.current) {
      startedWithReply.current = false
      return
    }
    let live = true
    void call(channel, args).then((result) => {
      if (!live) return
      setLoaded(loadedFrom(result))
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
