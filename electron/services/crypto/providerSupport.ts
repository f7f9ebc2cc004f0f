import { refuse, type ErrorText, type Outcome } from '../../../src/core/errors'
import { en } from '../../../src/core/i18n/en'
import type { KeyFileRead } from './keyFile'
import type { ProviderStatus } from './keyProvider'

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

type Unavailable = Extract<ProviderStatus, { state: 'unavailable' }>

export const unusableStatus = (read: Extract<KeyFileRead, { status: 'unusable' }>): Unavailable => ({
  state: 'unavailable',
  reason: read.reason === 'future-version' ? 'future-version' : 'unreadable-key-file',
  message: read.message,
  text: read.text
})

/** The key protected by the OS store cannot be used; `text` says why. */
export const storeUnavailable = (text: ErrorText): Unavailable => ({ state: 'unavailable', reason: 'os-store-unavailable', message: text(en.errors), text })

/** Why there is no data key right now, as an error the UI can show next to the unlock form. */
export function noKey(status: Exclude<ProviderStatus, { state: 'ready' }>): Outcome<never> {
  switch (status.state) {
    case 'needs-passphrase':
      return refuse('not-found', (w) => w.keys.notSetUp)
    case 'locked':
      return refuse('invalid-input', (w) => w.keys.locked)
    case 'unavailable':
      return refuse(status.reason === 'future-version' ? 'future-version' : 'unreadable-file', status.text)
  }
}
