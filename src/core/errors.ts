/**
 * Errors that cross the IPC boundary as data. `message` is written for the facilitator:
 * it says what happened and what to do next, never a stack trace or file contents.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'untrusted-sender'
  | 'not-found'
  | 'read-only'
  | 'future-version'
  | 'unreadable-file'
  | 'write-failed'
  /** Confidential notes need the passphrase (or one chosen) before they can be read or saved. */
  | 'locked'
  | 'internal'

export interface ErrorData {
  code: ErrorCode
  message: string
}

export class HearthError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'HearthError'
    this.code = code
  }

  toData(): ErrorData {
    return { code: this.code, message: this.message }
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorData }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message }
})
