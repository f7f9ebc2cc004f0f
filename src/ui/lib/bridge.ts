import type { Channel } from '../../core/api/channels'
import type { Args, Reply } from '../../core/api/contract'
import type { Result } from '../../core/errors'

// The only module that touches window.hearth.invoke. It imports nothing that runs: startupReads.ts
// calls it from its own small entry, before the app's code has downloaded.

type Pending = Promise<Result<unknown>>

/** Reads begun before the screen that needs them had mounted; each serves one caller. */
const ahead = new Map<string, Pending>()

/**
 * The replies among those that have already come back. Mostly they are back before the app's
 * code has finished loading: the first render can draw the screen with them, instead of a
 * loading state first and the screen one render, style and layout pass later.
 */
const arrived = new Map<string, Result<unknown>>()

export const keyOf = (channel: Channel, args: unknown) => `${channel} ${JSON.stringify(args)}`

/** Sends one request; the promise rejects if the shell does not answer. */
export const invoke = <C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> => window.hearth.invoke(channel, args)

/**
 * Starts a read now, before the screen that will ask for it has rendered: api.ts's call() with
 * the same channel and args gets this reply instead of asking again (see takeAhead). Returned
 * for start-up's own use of it (the language); a failed send rejects.
 */
export function readAhead<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> {
  const key = keyOf(channel, args)
  const before = ahead.get(key)
  // Keyed by channel and args, so the read under way is this channel's.
  if (before) return before as Promise<Result<Reply<C>>>
  const reply = invoke(channel, args)
  ahead.set(key, reply)
  // A failed send is api.ts's to report, when a screen takes this read.
  reply.then((result) => ahead.get(key) === reply && arrived.set(key, result), () => undefined)
  return reply
}

/** The reply to a read begun ahead, if it is back: handed over now, once, like takeAhead. */
export function takeArrived(key: string): Result<unknown> | undefined {
  const result = arrived.get(key)
  if (result !== undefined) takeAhead(key)
  return result
}

/**
 * The read begun ahead for this key, handed over once: it stays until the end of this task, so
 * a component rendered twice in a row (React's StrictMode does so in development) gets the same
 * read the second time instead of a loading state and a second request.
 */
export function takeAhead(key: string): Pending | undefined {
  const early = ahead.get(key)
  if (early)
    setTimeout(() => {
      if (ahead.get(key) !== early) return
      ahead.delete(key)
      arrived.delete(key)
    }, 0)
  return early
}

/** What the first screen did not take is not kept past a change of route or of data. */
export const dropAhead = (): void => {
  ahead.clear()
  arrived.clear()
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', dropAhead)
