type MaybePromise<T> = T | Promise<T>

/**
 * The OS secret store as the services see it: Electron's safeStorage in the app (see
 * electron/main/secretStore.ts), a fake in tests. Methods may answer synchronously or not, so the
 * shell can use safeStorage's async API (the sync one is deprecated) without the services caring.
 */
export interface SecretStore {
  /**
   * Which store protects the secret: on Linux safeStorage's backend name ('gnome_libsecret',
   * 'kwallet6', … or 'basic_text' / 'unknown'); elsewhere a name for Keychain or DPAPI.
   */
  backend(): string
  isAvailable(): MaybePromise<boolean>
  encrypt(plain: Buffer): MaybePromise<Buffer>
  /** Throws when the store cannot decrypt (a reset keyring, another user, another machine). */
  decrypt(cipher: Buffer): MaybePromise<Buffer>
}

/**
 * Backends that "encrypt" with a hard-coded password (Linux without a keyring) or have not been
 * chosen yet (before the app is ready). Data wrapped by them is readable by anyone who copies the
 * file, so Hearth treats them as no protection at all.
 */
const UNPROTECTIVE_BACKENDS = new Set(['basic_text', 'unknown', ''])

/** True only when the store exists and actually keeps the secret from someone who copies the disk. */
export async function isProtectiveStore(store: SecretStore | undefined): Promise<boolean> {
  if (!store) return false
  if (UNPROTECTIVE_BACKENDS.has(store.backend())) return false
  try {
    return await store.isAvailable()
  } catch {
    return false
  }
}
