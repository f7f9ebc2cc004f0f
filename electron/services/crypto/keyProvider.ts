import type { ErrorText, Outcome } from '../../../src/core/errors'

// The status crosses IPC, so the contract (core) owns its type; the services use the same one.
import type { KeyStatus } from '../../../src/core/notes/keyStatus'

/**
 * A KeyStatus as the providers give it: an unavailable key says why as a catalogue message
 * (`message` is its English), which 'keys/status' writes in the app's language before it crosses IPC.
 */
export type ProviderStatus = Exclude<KeyStatus, { state: 'unavailable' }> | (Extract<KeyStatus, { state: 'unavailable' }> & { text: ErrorText })

export type { KeyProtection, KeyStatus } from '../../../src/core/notes/keyStatus'

/**
 * Gives the services the 256-bit data key (DEK) that seals confidential notes. Services never
 * see how it is protected: the shell passes one backed by the OS store (safeStorage), tests and
 * the test host pass a passphrase one.
 */
export interface KeyProvider {
  status(): Promise<ProviderStatus>
  /** The data key and its id, or an error a person can act on (e.g. "unlock with your passphrase"). */
  dataKey(): Promise<Outcome<{ keyId: string; key: Uint8Array }>>
  /** First run: sets the passphrase and creates the key. Later runs: unlocks it. */
  unlock(passphrase: string): Promise<Outcome<KeyStatus>>
}
