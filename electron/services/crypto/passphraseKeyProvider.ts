import { fail, ok, type Result } from '../../../src/core/errors'
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
import type { KeyProvider, KeyStatus } from './keyProvider'
import { noKey, serialQueue, unusableStatus } from './providerSupport'
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
  changePassphrase(current: string, next: string): Promise<Result<KeyStatus>>
  /** Forgets the unlocked key; the next dataKey() needs the passphrase again. */
  lock(): void
}

const READY: KeyStatus = { state: 'ready', protection: 'passphrase' }
const WRONG = 'That passphrase does not unlock the confidential notes on this computer. Check Caps Lock and the keyboard layout, then try again.'
const KEYCHAIN_ONLY = 'The confidential notes on this computer are protected by the system keychain, not by a passphrase.'

// Counted in characters as a person sees them, not UTF-16 units: "ééééé" is five.
const length = (text: string) => [...text.normalize('NFC')].length

function checkNewPassphrase(passphrase: string): Result<true> {
  if (length(passphrase) < MIN_PASSPHRASE_LENGTH)
    return fail('invalid-input', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. A few ordinary words in a row are easy to remember and hard to guess.`)
  if (length(passphrase) > MAX_PASSPHRASE_LENGTH) return fail('invalid-input', `Choose a passphrase of at most ${MAX_PASSPHRASE_LENGTH} characters.`)
  return ok(true)
}

export function passphraseKeyProvider(options: PassphraseKeyProviderOptions): PassphraseKeyProvider {
  const path = keyFilePath(options.dataDir)
  const params = options.kdfParams ?? DEFAULT_KDF_PARAMS
  const writeOptions = { fs: options.fs, platform: options.platform, onWarning: options.onWarning }
  const serial = serialQueue()
  let unlocked: DataKey | null = null

  const save = async (file: KeyFile): Promise<Result<true>> => {
    try {
      await writeKeyFile(path, file, writeOptions)
      return ok(true)
    } catch (error) {
      return fail(
        'write-failed',
        `Hearth could not save its key file (${errorCode(error) ?? 'disk error'}). Nothing was changed; check free disk space and try again.`
      )
    }
  }

  /** The DEK behind `passphrase`, or an error to show. Never writes. */
  const unwrap = async (file: KeyFile, passphrase: string): Promise<Result<DataKey>> => {
    const wrapping = findWrapping(file, 'passphrase')
    if (!wrapping) return fail('invalid-input', KEYCHAIN_ONLY)
    if (length(passphrase) > MAX_PASSPHRASE_LENGTH) return fail('invalid-input', WRONG)
    try {
      const key = await unwrapWithPassphrase(file, wrapping, passphrase)
      return key ? ok({ keyId: file.keyId, key }) : fail('invalid-input', WRONG)
    } catch {
      // scrypt itself failed (e.g. not enough memory): not the person's fault, and not "wrong passphrase".
      return fail('internal', 'Hearth could not check the passphrase just now. Close other programs to free memory, then try again.')
    }
  }

  const firstRun = async (passphrase: string): Promise<Result<KeyStatus>> => {
    const allowed = checkNewPassphrase(passphrase)
    if (!allowed.ok) return allowed
    const dek = newDataKey()
    const file = buildKeyFile(dek, [await wrapWithPassphrase(dek, passphrase, params)])
    const saved = await save(file)
    if (!saved.ok) return saved
    unlocked = dek
    return ok(READY)
  }

  const status = async (): Promise<KeyStatus> => {
    if (unlocked) return READY
    const read = await readKeyFile(path, options.fs)
    if (read.status === 'missing') return { state: 'needs-passphrase', reason: 'first-run' }
    if (read.status === 'unusable') return unusableStatus(read)
    if (!findWrapping(read.file, 'passphrase')) return { state: 'unavailable', reason: 'os-store-unavailable', message: KEYCHAIN_ONLY }
    return { state: 'locked', reason: 'passphrase' }
  }

  return {
    protection: 'passphrase',
    status,

    async dataKey() {
      if (unlocked) return ok({ keyId: unlocked.keyId, key: unlocked.key.slice() })
      const current = await status()
      return current.state === 'ready' ? fail('internal', 'The notes key was locked again; try once more.') : noKey(current)
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
