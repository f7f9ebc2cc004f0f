import type { Channel } from '../../core/api/channels'
import type { Args, Reply } from '../../core/api/contract'
import type { Result } from '../../core/errors'
import { currentWords } from './currentWords'

/** The only module that touches window.hearth. */
export function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Reply<C>>> {
  return window.hearth.invoke(channel, args).catch(
    (): Result<Reply<C>> => ({
      ok: false,
      error: { code: 'internal', message: currentWords().app.errors.noAnswer }
    })
  )
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
