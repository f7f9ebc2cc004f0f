import { ok, refuse, type Outcome } from '../../../src/core/errors'
import { errorCode, type DurableFs } from '../storage/fileSystem'
import {
  buildKeyFile,
  DEFAULT_KDF_PARAMS,
  findWrapping,
  keyFilePath,
  newDataKey,
  readKeyFile,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  writeKeyFile,
  type KdfParams,
  type KeyFile
} from './keyFile'
import type { KeyProvider, KeyStatus, ProviderStatus } from './keyProvider'
import { noKey, serialQueue, storeUnavailable, unusableStatus } from './providerSupport'
import type { DataKey } from './sealedBox'

export const MIN_PASSPHRASE_LENGTH = 10
const MAX_PASSPHRASE_LENGTH = 1024

export interface PassphraseKeyProviderOptions {
  dataDir: string
  fs?: DurableFs
  platform?: NodeJS.Platform
  /** Tests pass a small N; the app keeps the OWASP default. */
  kdfParams?: KdfParams
  onWarning?: (message: string) => void
}

export interface PassphraseKeyProvider extends KeyProvider {
  readonly protection: 'passphrase'
  /** Re-wraps the same data key under a new passphrase; sealed notes are untouched. */
  changePassphrase(current: string, next: string): Promise<Outcome<KeyStatus>>
  /** Forgets the unlocked key; the next dataKey() needs the passphrase again. */
  lock(): void
}

const READY = { state: 'ready', protection: 'passphrase' } satisfies KeyStatus

// Counted in characters as a person sees them, not UTF-16 units: "ééééé" is five.
const length = (text: string) => [...text.normalize('NFC')].length

function checkNewPassphrase(passphrase: string): Outcome<true> {
  if (length(passphrase) < MIN_PASSPHRASE_LENGTH) return refuse('invalid-input', (w) => w.keys.passphraseTooShort(MIN_PASSPHRASE_LENGTH))
  if (length(passphrase) > MAX_PASSPHRASE_LENGTH) return refuse('invalid-input', (w) => w.keys.passphraseTooLong(MAX_PASSPHRASE_LENGTH))
  return ok(true)
}

export function passphraseKeyProvider(options: PassphraseKeyProviderOptions): PassphraseKeyProvider {
  const path = keyFilePath(options.dataDir)
  const params = options.kdfParams ?? DEFAULT_KDF_PARAMS
  const writeOptions = { fs: options.fs, platform: options.platform, onWarning: options.onWarning }
  const serial = serialQueue()
  let unlocked: DataKey | null = null

  const save = async (file: KeyFile): Promise<Outcome<true>> => {
    try {
      await writeKeyFile(path, file, writeOptions)
      return ok(true)
    } catch (error) {
      const code = errorCode(error) ?? null
      return refuse('write-failed', (w) => w.keys.cannotSave(code))
    }
  }

  /** The DEK behind `passphrase`, or an error to show. Never writes. */
  const unwrap = async (file: KeyFile, passphrase: string): Promise<Outcome<DataKey>> => {
    const wrapping = findWrapping(file, 'passphrase')
    if (!wrapping) return refuse('invalid-input', (w) => w.keys.keychainOnly)
    if (length(passphrase) > MAX_PASSPHRASE_LENGTH) return refuse('invalid-input', (w) => w.keys.wrongPassphrase)
    try {
      const key = await unwrapWithPassphrase(file, wrapping, passphrase)
      return key ? ok({ keyId: file.keyId, key }) : refuse('invalid-input', (w) => w.keys.wrongPassphrase)
    } catch {
      // scrypt itself failed (e.g. not enough memory): not the person's fault, and not "wrong passphrase".
      return refuse('internal', (w) => w.keys.cannotCheck)
    }
  }

  const firstRun = async (passphrase: string): Promise<Outcome<KeyStatus>> => {
    const allowed = checkNewPassphrase(passphrase)
    if (!allowed.ok) return allowed
    const dek = newDataKey()
    const file = buildKeyFile(dek, [await wrapWithPassphrase(dek, passphrase, params)])
    const saved = await save(file)
    if (!saved.ok) return saved
    unlocked = dek
    return ok(READY)
  }

  const status = async (): Promise<ProviderStatus> => {
    if (unlocked) return READY
    const read = await readKeyFile(path, options.fs)
    if (read.status === 'missing') return { state: 'needs-passphrase', reason: 'first-run' }
    if (read.status === 'unusable') return unusableStatus(read)
    if (!findWrapping(read.file, 'passphrase')) return storeUnavailable((w) => w.keys.keychainOnly)
    return { state: 'locked', reason: 'passphrase' }
  }

  return {
    protection: 'passphrase',
    status,

    async dataKey() {
      if (unlocked) return ok({ keyId: unlocked.keyId, key: unlocked.key.slice() })
      const current = await status()
      return current.state === 'ready' ? refuse('internal', (w) => w.keys.lockedAgain) : noKey(current)
    },

    unlock: (passphrase) =>
      serial(async () => {
        const read = await readKeyFile(path, options.fs)
        if (read.status === 'missing') return firstRun(passphrase)
        // Never replace a key file we could not read: the notes sealed under it would be lost.
        if (read.status === 'unusable') return noKey(unusableStatus(read))
        const opened = await unwrap(read.file, passphrase)
        if (!opened.ok) return opened
        unlocked = opened.data
        return ok(READY)
      }),

    changePassphrase: (current, next) =>
      serial(async () => {
        const allowed = checkNewPassphrase(next)
        if (!allowed.ok) return allowed
        const read = await readKeyFile(path, options.fs)
        if (read.status === 'missing') return noKey({ state: 'needs-passphrase', reason: 'first-run' })
        if (read.status === 'unusable') return noKey(unusableStatus(read))
        const opened = await unwrap(read.file, current)
        if (!opened.ok) return opened
        const rewrapped = await wrapWithPassphrase(opened.data, next, params)
        const wrappings = read.file.wrappings.map((w) => (w.kind === 'passphrase' ? rewrapped : w))
        const saved = await save({ ...read.file, wrappings })
        if (!saved.ok) return saved
        unlocked = opened.data
        return ok(READY)
      }),

    lock() {
      unlocked?.key.fill(0)
      unlocked = null
    }
  }
}
