import type { Result } from '../../../src/core/errors'

// The status crosses IPC, so the contract (core) owns its type; the services use the same one.
import type { KeyStatus } from '../../../src/core/notes/keyStatus'

export type { KeyProtection, KeyStatus } from '../../../src/core/notes/keyStatus'

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
