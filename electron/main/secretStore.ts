import { safeStorage } from 'electron'
import type { SecretStore } from '../services/crypto/secretStore'

/**
 * safeStorage as a SecretStore. Uses the async API (the sync one is deprecated in Electron's
 * docs). Only meaningful after `app.whenReady()`: before that Linux reports 'unknown', which the
 * services treat as no protection. Bytes travel as base64 because safeStorage takes strings.
 */
export const electronSecretStore: SecretStore = {
  // getSelectedStorageBackend is Linux-only; elsewhere the OS store is always the platform one.
  backend: () =>
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform === 'darwin' ? 'macos_keychain' : 'windows_dpapi',
  isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptStringAsync(plain.toString('base64')),
  // `shouldReEncrypt` (key rotation) is ignored for now: the wrapped key stays readable either way.
  decrypt: async (cipher) => Buffer.from((await safeStorage.decryptStringAsync(cipher)).result, 'base64')
}
