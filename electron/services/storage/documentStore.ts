import { Low, type Adapter } from 'lowdb'
import { basename } from 'node:path'
import { decodeDocument, encodeDocument, type DocumentKind } from '../../../src/core/storage/documentKind'
import { HearthError } from '../../../src/core/errors'
import { sweepStaleTemps, writeFileDurably } from './durableWrite'
import { errorCode, nodeFs, type DurableFs } from './fileSystem'

export interface StoreIo {
  fs?: DurableFs
  platform?: NodeJS.Platform
  now: () => Date
  /** Non-fatal storage trouble (e.g. a folder that could not be flushed); names files, never contents. */
  onWarning?: (message: string) => void
}

export type OpenStatus =
  | { status: 'ok' }
  | { status: 'new' }
  | { status: 'migrated'; from: number; backup: string }
  | { status: 'quarantined'; reason: string; keptAs: string }
  | { status: 'future'; message: string }

type Doc = { format: string; schemaVersion: number }

/** lowdb adapter whose writes go through our durable writer; reads are decoded by the store. */
class DurableJsonAdapter<T extends Doc> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly io: StoreIo
  ) {}

  async read(): Promise<T | null> {
    throw new Error('DocumentStore reads through open(), which decides what to do with bad files')
  }

  write(data: T): Promise<void> {
    return writeFileDurably(this.path, encodeDocument(data), { fs: this.io.fs, platform: this.io.platform, onWarning: this.io.onWarning })
  }
}

/** Says why a save failed in words a facilitator can act on; the code stays for whoever helps them. */
export function writeFailure(label: string, code: string | undefined): string {
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Hearth is not allowed to write to its data folder'
        : code === 'EIO'
          ? 'the disk reported an error'
          : 'the disk refused the write'
  return `The ${label} was not saved: ${why} (${code ?? 'unknown error'}). The previous version on disk is intact.`
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')

/**
 * One JSON file on disk, held in memory through lowdb. Updates are queued so saves land in
 * order, and applied to a copy first: if the disk write fails, memory and file both keep the
 * previous version and the caller gets an error it can show.
 */
export class DocumentStore<T extends Doc> {
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false

  private constructor(
    private readonly db: Low<T>,
    readonly path: string,
    readonly opened: OpenStatus,
    private readonly kind: DocumentKind<T>
  ) {}

  get readOnly(): boolean {
    return this.opened.status === 'future'
  }

  get data(): T {
    return this.db.data
  }

  /**
   * Reads and decodes `path`. With `empty`, a missing, unreadable or future file still gives a
   * store (fresh or read-only) plus a status to report; without it, those cases are errors.
   */
  static async open<T extends Doc>(
    path: string,
    kind: DocumentKind<T>,
    io: StoreIo,
    empty: (() => T) | null
  ): Promise<DocumentStore<T>> {
    const fs = io.fs ?? nodeFs
    const fresh = (opened: OpenStatus, message: string): DocumentStore<T> => {
      if (!empty) throw new HearthError(opened.status === 'future' ? 'future-version' : opened.status === 'new' ? 'not-found' : 'unreadable-file', message)
      return new DocumentStore(new Low<T>(new DurableJsonAdapter<T>(path, io), empty()), path, opened, kind)
    }
    // Hearth runs as a single instance, so a temp file of another process is what a killed save
    // left behind: it was never acknowledged, and the file itself is the old or the new version.
    await sweepStaleTemps(path, fs)
    let text: string
    try {
      text = await fs.readText(path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT')
        return fresh({ status: 'new' }, `The ${kind.label} file is missing from the data folder. Restore it from a backup.`)
      throw new HearthError(
        'unreadable-file',
        `Hearth could not read its ${kind.label} file (${errorCode(error) ?? 'unknown error'}). Check that the data folder is readable, then try again. Nothing was changed.`
      )
    }
    const decoded = decodeDocument(kind, text)
    if (decoded.status === 'future') return fresh({ status: 'future', message: decoded.message }, decoded.message)
    if (decoded.status === 'unreadable') {
      // Never write over a file we could not read: move it aside and start afresh beside it.
      const keptAs = `${path}.unreadable-${stamp(io.now())}`
      await fs.rename(path, keptAs)
      return fresh(
        { status: 'quarantined', reason: decoded.message, keptAs },
        `${decoded.message} Hearth kept it untouched as ${keptAs}.`
      )
    }
    const db = new Low<T>(new DurableJsonAdapter<T>(path, io), decoded.value)
    if (decoded.migratedFrom === undefined) return new DocumentStore(db, path, { status: 'ok' }, kind)
    // Keep the pre-migration file byte for byte before the upgraded one replaces it.
    const backup = `${path}.pre-v${decoded.migratedFrom}.bak`
    await writeFileDurably(backup, text, { fs: io.fs, platform: io.platform })
    await db.write()
    return new DocumentStore(db, path, { status: 'migrated', from: decoded.migratedFrom, backup }, kind)
  }

  /**
   * Applies `change` to a copy, saves the copy durably, and only then makes it the current data:
   * nobody reads a version that is not on disk, and a failed save leaves both at the previous one.
   */
  update<R>(change: (draft: T) => R): Promise<R> {
    // Checked when asked, not when run: saves queued before close() still land.
    if (this.closed)
      return Promise.reject(new HearthError('read-only', `Hearth restored a backup while this ${this.kind.label} was open. Reload, then make the change again.`))
    const run = async (): Promise<R> => {
      if (this.readOnly)
        throw new HearthError(
          'read-only',
          this.opened.status === 'future' ? this.opened.message : `The ${this.kind.label} is read-only.`
        )
      const draft = structuredClone(this.db.data)
      const result = change(draft)
      const checked = this.kind.schema.safeParse(draft)
      if (!checked.success) throw new Error(`Refusing to save an invalid ${this.kind.label} (${basename(this.path)})`)
      try {
        await this.db.adapter.write(checked.data)
      } catch (error) {
        throw new HearthError('write-failed', writeFailure(this.kind.label, errorCode(error)))
      }
      this.db.data = checked.data
      return result
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Lets queued saves finish, then refuses new ones: the file is about to be replaced (a restore). */
  close(): Promise<void> {
    this.closed = true
    return this.queue.then(() => undefined)
  }
}
