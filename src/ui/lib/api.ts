import type { Channel } from '../../core/api/channels'
import type { Args, Reply } from '../../core/api/contract'
import type { Result } from '../../core/errors'
import { currentWords } from './currentWords'
import { dropAhead, invoke, keyOf, takeAhead, takeArrived } from './bridge'

/** Channels that change nothing. Any other call may change what a read returned: it drops what is kept. */
const READS: ReadonlySet<Channel> = new Set<Channel>([
  'app/status',
  'groups/list',
  'groups/get',
  'groups/cycle',
  'groups/open-actions',
  'sessions/get',
  'templates/default',
  'templates/list',
  'live/get',
  'settings/get',
  'protocols/list',
  'talk/cycle',
  'keys/status',
  'notes/get',
  'notes/exists',
  'attendance/summary',
  'certificates/find',
  'closing/get',
  'summary/preview',
  'backups/list'
])

/**
 * Reads whose answer only this window's own calls change: the shell, the language and the live
 * screen all want the settings at start-up, and one request serves them all until the next change.
 */
const SHARED: ReadonlySet<Channel> = new Set<Channel>(['settings/get'])

type Pending = Promise<Result<unknown>>
const shared = new Map<string, Pending>()
/** The kept replies that have come back, for arrivedReply. */
const sharedArrived = new Map<string, Result<unknown>>()

function forgetReads(): void {
  shared.clear()
  sharedArrived.clear()
  dropAhead()
}

const noAnswer = <T>(): Result<T> => ({ ok: false, error: { code: 'internal', message: currentWords().app.errors.noAnswer } })

function send<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> {
  return invoke(channel, args).catch(noAnswer<Reply<C>>)
}

function keep(key: string, reply: Pending): Pending {
  shared.set(key, reply)
  // A failure is not kept: the next caller asks again.
  void reply.then((result) => {
    if (shared.get(key) !== reply) return
    if (result.ok) sharedArrived.set(key, result)
    else shared.delete(key)
  })
  return reply
}

const sharedRead = (channel: Channel, args: unknown, key: string): Pending => shared.get(key) ?? keep(key, send(channel, args as Args<Channel>))

/** Every request the screens make goes through here (bridge.ts only carries it). */
export function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> {
  if (!READS.has(channel)) {
    forgetReads()
    // Again once answered: a read sent while this change was under way may hold the old state.
    return send(channel, args).finally(forgetReads)
  }
  const key = keyOf(channel, args)
  const early = takeAhead(key)?.catch(noAnswer)
  if (early && SHARED.has(channel)) keep(key, early)
  // Keyed by channel and args, so the kept promise is this channel's reply.
  const reply = early ?? (SHARED.has(channel) ? sharedRead(channel, args, key) : send(channel, args))
  return reply as Promise<Result<Reply<C>>>
}

/**
 * The reply to a read that is already here (begun at start-up, or a kept shared read), for a
 * screen to start from in its first render rather than from a loading state. Like call(), it
 * hands a read begun ahead over once: the caller does not ask again for what it got here. A
 * shared read is kept, and later calls get the same reply.
 */
export function arrivedReply<C extends Channel>(channel: C, args: Args<C>): Result<Reply<C>> | undefined {
  if (!READS.has(channel)) return undefined
  const key = keyOf(channel, args)
  let result = sharedArrived.get(key)
  if (!result) {
    result = takeArrived(key)
    if (result?.ok && SHARED.has(channel)) {
      shared.set(key, Promise.resolve(result))
      sharedArrived.set(key, result)
    }
  }
  // Keyed by channel and args, so the reply is this channel's.
  return result as Result<Reply<C>> | undefined
}

/** Like call(), but throws the error data so a caller in a try block can show its message. */
export async function request<C extends Channel>(channel: C, args: Args<C>): Promise<Reply<C>> {
  const result = await call(channel, args)
  if (!result.ok) throw new RequestError(result.error.message, result.error.code)
  return result.data
}

export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
  }
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : currentWords().app.errors.somethingWrong
