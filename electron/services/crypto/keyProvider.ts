import type { Result } from '../../../src/core/errors'

/** How the data key is protected on this machine. */
export type KeyProtection = 'os-store' | 'passphrase'

export type KeyStatus =
  | { state: 'ready'; protection: KeyProtection }
  /** No key yet and no usable OS store: the person must choose a passphrase. */
  | { state: 'needs-passphrase'; reason: 'first-run' }
  /** A passphrase-protected key exists; it must be unlocked this run. */
  | { state: 'locked'; reason: 'passphrase' }
  /**
   * The key exists but cannot be used on this run: keys.json is unreadable or from a newer
   * Hearth, or the OS store that wraps it is missing. `message` says what to do; the file is kept.
   */
  | { state: 'unavailable'; reason: 'unreadable-key-file' | 'future-version' | 'os-store-unavailable'; message: string }

/**
 * Gives the services the 256-bit data key (DEK) that seals confidential notes. Services never
 * see how it is protected: the shell passes one backed by the OS store (safeStorage), tests and
 * the test host pass a passphrase one.
 */
export interface KeyProvider {
  status(): Promise<KeyStatus>
  /** The data key and its id, or an error a person can act on (e.g. "unlock with your passphrase"). */
  dataKey(): Promise<Result<{ keyId: string; key: Uint8Array }>>
  /** First run: sets the passphrase and creates the key. Later runs: unlocks it. */
  unlock(passphrase: string): Promise<Result<KeyStatus>>
}
