import type { Channel } from '../../core/api/channels'
import type { Args, Reply } from '../../core/api/contract'
import type { Result } from '../../core/errors'
import { currentWords } from './currentWords'

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
/** Reads begun before the screen that needs them had mounted (readAhead); each serves one caller. */
const ahead = new Map<string, Pending>()

const keyOf = (channel: Channel, args: unknown) => `${channel} ${JSON.stringify(args)}`

function forgetReads(): void {
  shared.clear()
  ahead.clear()
}

function send<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> {
  return window.hearth.invoke(channel, args).catch(
    (): Result<Reply<C>> => ({
      ok: false,
      error: { code: 'internal', message: currentWords().app.errors.noAnswer }
    })
  )
}

function sharedRead(channel: Channel, args: unknown, key: string): Pending {
  const kept = shared.get(key)
  if (kept) return kept
  const reply: Pending = send(channel, args as Args<Channel>)
  shared.set(key, reply)
  // A failure is not kept: the next caller asks again.
  void reply.then((result) => {
    if (!result.ok && shared.get(key) === reply) shared.delete(key)
  })
  return reply
}

/** The only module that touches window.hearth. */
export function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> {
  if (!READS.has(channel)) {
    forgetReads()
    // Again once answered: a read sent while this change was under way may hold the old state.
    return send(channel, args).finally(forgetReads)
  }
  const key = keyOf(channel, args)
  const early = ahead.get(key)
  ahead.delete(key)
  // Keyed by channel and args, so the kept promise is this channel's reply.
  const reply = early ?? (SHARED.has(channel) ? sharedRead(channel, args, key) : send(channel, args))
  return reply as Promise<Result<Reply<C>>>
}

/**
 * Starts a read now, before the screen that will ask for it has rendered: its first call() with
 * the same channel and args gets this reply instead of asking again. What the first screen did
 * not take is dropped when the route changes or anything is changed.
 */
export function readAhead<C extends Channel>(channel: C, args: Args<C>): void {
  if (!READS.has(channel)) throw new Error(`${channel} changes data: it cannot be read ahead`)
  const key = keyOf(channel, args)
  if (!ahead.has(key)) ahead.set(key, SHARED.has(channel) ? sharedRead(channel, args, key) : send(channel, args))
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', () => ahead.clear())

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
