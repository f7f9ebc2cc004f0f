/** How the key that seals confidential notes is protected on this machine. */
export type KeyProtection = 'os-store' | 'passphrase'

/** Where the notes key stands this run; the UI shows an unlock or set-up form from it. */
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
