import { en } from './i18n/en'
import type { Messages } from './i18n/messages'

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

/** The words the services use for their errors, in one language. */
export type ErrorWords = Messages['errors']

/**
 * An error's message, waiting for a language. Most throw sites cannot know the app's language (a
 * file store, a cipher), so they say which message from the catalogue, and the boundary that turns
 * the error into data (dispatch) writes it in the language of the settings.
 */
export type ErrorText = (words: ErrorWords) => string

export class HearthError extends Error {
  readonly code: ErrorCode
  readonly text: ErrorText

  /** `message` is the English text, for logs and whoever reads the error without a language. */
  constructor(code: ErrorCode, text: ErrorText) {
    super(text(en.errors))
    this.name = 'HearthError'
    this.code = code
    this.text = text
  }

  toData(words: ErrorWords = en.errors): ErrorData {
    return { code: this.code, message: this.text(words) }
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorData }

/** A result inside the services: a failure keeps its error, to be written in a language where it is shown. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: HearthError }

export const ok = <T>(data: T): { ok: true; data: T } => ({ ok: true, data })
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message }
})
export const refuse = (code: ErrorCode, text: ErrorText): Outcome<never> => ({ ok: false, error: new HearthError(code, text) })
