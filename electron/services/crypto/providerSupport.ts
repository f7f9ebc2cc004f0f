import { fail, type Result } from '../../../src/core/errors'
import type { KeyFileRead } from './keyFile'
import type { KeyStatus } from './keyProvider'

/**
 * Runs calls one after another. Two overlapping first-run unlocks must not each create a data
 * key: the second write would replace the first key after notes were already sealed with it.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task)
    tail = next.catch(() => undefined)
    return next
  }
}

export const unusableStatus = (read: Extract<KeyFileRead, { status: 'unusable' }>): Extract<KeyStatus, { state: 'unavailable' }> => ({
  state: 'unavailable',
  reason: read.reason === 'future-version' ? 'future-version' : 'unreadable-key-file',
  message: read.message
})

/** Why there is no data key right now, as an error the UI can show next to the unlock form. */
export function noKey(status: Exclude<KeyStatus, { state: 'ready' }>): Result<never> {
  switch (status.state) {
    case 'needs-passphrase':
      return fail('not-found', 'Confidential notes are not set up yet. Choose a passphrase to protect them.')
    case 'locked':
      return fail('invalid-input', 'Confidential notes are locked. Enter your passphrase to open them.')
    case 'unavailable':
      return fail(status.reason === 'future-version' ? 'future-version' : 'unreadable-file', status.message)
  }
}
