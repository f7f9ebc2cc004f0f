import { CONTRACT, type Handlers } from './contract'
import { isChannel } from './channels'
import { HearthError, fail, type ErrorWords, type Result } from '../errors'
import { en } from '../i18n/en'
import { issueSentence, readableIssue } from './readableIssue'

type Issue = Parameters<typeof issueSentence>[1] & { path: readonly PropertyKey[]; message: string }

/**
 * Turns the first schema issue into a sentence a person can act on, naming the field. The
 * schemas' own messages are English: another language writes the issue from its kind instead.
 */
function describeIssue(words: ErrorWords, issues: readonly Issue[]): string {
  const first = issues[0]
  if (!first) return words.request.notInForm
  const sentence = words === en.errors ? first.message : issueSentence(words.validation, first)
  const field = first.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.')
  return field ? `${sentence} (${field})` : sentence
}

/**
 * The one entry point both transports call (Electron IPC and the test host). Unknown channels,
 * invalid payloads and thrown errors all come back as data; nothing escapes as an exception.
 * `words` gives the errors' words in the app's language now (the settings can change between calls).
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  report: (error: unknown) => void = () => {},
  words: () => Promise<ErrorWords> = async () => en.errors
): Promise<Result<unknown>> {
  // Asked only when something went wrong: a good request never waits for the settings.
  const language = () => words().catch(() => en.errors)
  if (!isChannel(channel)) return fail('unknown-channel', (await language()).request.unknownChannel)
  const english = en.errors.validation
  const parsed = CONTRACT[channel].args.safeParse(payload ?? {}, { error: readableIssue(english), reportInput: true })
  if (!parsed.success) return fail('invalid-input', describeIssue(await language(), parsed.error.issues))
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>
    return { ok: true, data: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof HearthError) return { ok: false, error: error.toData(await language()) }
    report(error)
    return fail('internal', (await language()).request.internal)
  }
}
