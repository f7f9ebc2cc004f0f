import { CONTRACT, type Handlers } from './contract'
import { isChannel } from './channels'
import { HearthError, fail, ok, type Result } from '../errors'
import { readableIssue } from './readableIssue'

/** Turns the first schema issue into a sentence a person can act on, naming the field. */
function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0]
  if (!first) return 'The request was not in the expected form.'
  const field = first.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.')
  return field ? `${first.message} (${field})` : first.message
}

/**
 * The one entry point both transports call (Electron IPC and the test host). Unknown channels,
 * invalid payloads and thrown errors all come back as data; nothing escapes as an exception.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  report: (error: unknown) => void = () => {}
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown-channel', 'Hearth does not know that request.')
  const parsed = CONTRACT[channel].args.safeParse(payload ?? {}, { error: readableIssue })
  if (!parsed.success) return fail('invalid-input', describeIssue(parsed.error.issues))
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>
    return ok(await handler(parsed.data))
  } catch (error) {
    if (error instanceof HearthError) return { ok: false, error: error.toData() }
    report(error)
    return fail('internal', 'Something went wrong inside Hearth and that action may not have finished. Reload to see what was saved, then try again; restart Hearth if it keeps happening.')
  }
}
