import type { z } from 'zod'
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
  | { status: 'future'; version: number; message: string }
  | { status: 'unreadable'; message: string }

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
    return {
      status: 'unreadable',
      message: text.trim() === '' ? `The ${kind.label} file is empty.` : `The ${kind.label} file is not valid JSON.`
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { status: 'unreadable', message: `The ${kind.label} file does not hold a Hearth document.` }
  const record = parsed as Record<string, unknown>
  if (record.format !== kind.format) {
    // Name the format only when it is a short plain word: the rest of a stranger's file stays out of the message.
    const named = typeof record.format === 'string' && /^[\w.-]{1,40}$/.test(record.format) ? ` (it says it is "${record.format}")` : ''
    return { status: 'unreadable', message: `This is not a ${kind.label} file${named}.` }
  }
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { status: 'unreadable', message: `The ${kind.label} file has no valid schemaVersion.` }
  if (version > kind.currentVersion)
    return {
      status: 'future',
      version,
      message: `This ${kind.label} was saved by a newer version of Hearth (format v${version}; this app reads up to v${kind.currentVersion}). Update Hearth to open it. Nothing was changed.`
    }
  let migrated: Record<string, unknown>
  try {
    migrated = runMigrations(record, version, kind.migrations)
  } catch {
    return { status: 'unreadable', message: `The ${kind.label} file could not be upgraded from v${version}.` }
  }
  const checked = kind.schema.safeParse(migrated)
  if (!checked.success) {
    const first = checked.error.issues[0]
    const where = first ? first.path.join('.') || 'top level' : 'unknown field'
    return { status: 'unreadable', message: `The ${kind.label} file has an invalid field (${where}).` }
  }
  return version === kind.currentVersion
    ? { status: 'ok', value: checked.data }
    : { status: 'ok', value: checked.data, migratedFrom: version }
}

export function encodeDocument<T>(value: T): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
