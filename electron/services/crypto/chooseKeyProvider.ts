import type { DurableFs } from '../storage/fileSystem'
import { findWrapping, keyFilePath, readKeyFile, type KdfParams } from './keyFile'
import { osStoreKeyProvider, type OsStoreKeyProvider } from './osStoreKeyProvider'
import { passphraseKeyProvider, type PassphraseKeyProvider } from './passphraseKeyProvider'
import { isProtectiveStore, type SecretStore } from './secretStore'

export interface ChooseKeyProviderOptions {
  dataDir: string
  /** Absent in tests and the test host; the shell passes safeStorage once the app is ready. */
  secretStore?: SecretStore
  fs?: DurableFs
  platform?: NodeJS.Platform
  kdfParams?: KdfParams
  onWarning?: (message: string) => void
}

/**
 * Picks how the data key is protected on this machine.
 * - An existing key file decides: a passphrase-wrapped key stays passphrase even if a keychain
 *   appears later (silently moving it would change what protects the notes without asking).
 * - Otherwise the OS store, but only when it is available and really a store. Linux without a
 *   keyring reports 'basic_text': safeStorage then encrypts with a password hard-coded in
 *   Chromium, so anyone who copies the data folder can read the notes. 'unknown' means the app
 *   is not ready yet, so call this after `app.whenReady()`. Both fall back to a passphrase.
 * - An unreadable key file is reported by either provider and never replaced.
 */
export async function chooseKeyProvider(options: ChooseKeyProviderOptions): Promise<PassphraseKeyProvider | OsStoreKeyProvider> {
  const { secretStore, ...common } = options
  const read = await readKeyFile(keyFilePath(options.dataDir), options.fs)
  const usesPassphrase = read.status === 'ok' && findWrapping(read.file, 'passphrase') !== undefined
  if (!usesPassphrase && secretStore) {
    const existingOsStoreKey = read.status === 'ok'
    // An existing keychain-wrapped key can only be opened by the keychain, so report its absence there.
    if (existingOsStoreKey || (await isProtectiveStore(secretStore))) return osStoreKeyProvider({ ...common, secretStore })
  }
  return passphraseKeyProvider(common)
}
