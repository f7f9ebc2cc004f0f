import type { z } from 'zod'
import { en } from '../i18n/en'
import type { ErrorText } from '../errors'
import { runMigrations, validateMigrations, type Migration } from './migrations'

/** Everything Hearth knows about one kind of file: its name, its versions and its latest shape. */
export interface DocumentKind<T extends { format: string; schemaVersion: number }> {
  format: T['format']
  label: string
  currentVersion: number
  migrations: readonly Migration[]
  schema: z.ZodType<T>
}

export function defineDocumentKind<T extends { format: string; schemaVersion: number }>(
  kind: DocumentKind<T>
): DocumentKind<T> {
  validateMigrations(kind.migrations, kind.currentVersion)
  return kind
}

export type DecodeOutcome<T> =
  | { status: 'ok'; value: T; migratedFrom?: number }
  | { status: 'future'; version: number; message: string; text: ErrorText }
  | { status: 'unreadable'; message: string; text: ErrorText }

/** `message` in English for logs and tests; `text` for the facilitator, in the app's language. */
const unreadable = (text: ErrorText) => ({ status: 'unreadable' as const, message: text(en.errors), text })

/**
 * Turns a file's text into the latest shape. Pure: the caller decides what to do with a file it
 * cannot use (keep it aside, refuse to write), this only says which case it is and why.
 */
export function decodeDocument<T extends { format: string; schemaVersion: number }>(
  kind: DocumentKind<T>,
  text: string
): DecodeOutcome<T> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return unreadable(text.trim() === '' ? (w) => w.storage.empty(kind.label) : (w) => w.storage.notJson(kind.label))
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return unreadable((w) => w.storage.notHearth(kind.label))
  const record = parsed as Record<string, unknown>
  if (record.format !== kind.format) {
    // Name the format only when it is a short plain word: the rest of a stranger's file stays out of the message.
    const named = typeof record.format === 'string' && /^[\w.-]{1,40}$/.test(record.format) ? record.format : ''
    return unreadable((w) => w.storage.wrongKind(kind.label, named))
  }
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return unreadable((w) => w.storage.noVersion(kind.label))
  if (version > kind.currentVersion) {
    const text: ErrorText = (w) => w.storage.future(kind.label, version, kind.currentVersion)
    return { status: 'future', version, message: text(en.errors), text }
  }
  let migrated: Record<string, unknown>
  try {
    migrated = runMigrations(record, version, kind.migrations)
  } catch {
    return unreadable((w) => w.storage.notUpgraded(kind.label, version))
  }
  const checked = kind.schema.safeParse(migrated)
  if (!checked.success) {
    const first = checked.error.issues[0]
    const where = first ? first.path.join('.') || 'top level' : 'unknown field'
    return unreadable((w) => w.storage.invalidField(kind.label, where))
  }
  return version === kind.currentVersion
    ? { status: 'ok', value: checked.data }
    : { status: 'ok', value: checked.data, migratedFrom: version }
}

export function encodeDocument<T>(value: T): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
