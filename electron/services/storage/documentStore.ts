import { Low, type Adapter } from 'lowdb'
import { basename } from 'node:path'
import { decodeDocument, encodeDocument, type DocumentKind } from '../../../src/core/storage/documentKind'
import { HearthError, type ErrorText } from '../../../src/core/errors'
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
  | { status: 'quarantined'; reason: ErrorText; keptAs: string }
  | { status: 'future'; message: ErrorText }

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
    const fresh = (opened: OpenStatus, message: ErrorText): DocumentStore<T> => {
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
        return fresh({ status: 'new' }, (w) => w.storage.missing(kind.label))
      const code = errorCode(error) ?? null
      throw new HearthError('unreadable-file', (w) => w.storage.cannotRead(kind.label, code))
    }
    const decoded = decodeDocument(kind, text)
    if (decoded.status === 'future') return fresh({ status: 'future', message: decoded.text }, decoded.text)
    if (decoded.status === 'unreadable') {
      // Never write over a file we could not read: move it aside and start afresh beside it.
      const keptAs = `${path}.unreadable-${stamp(io.now())}`
      await fs.rename(path, keptAs)
      const reason = decoded.text
      return fresh({ status: 'quarantined', reason, keptAs }, (w) => w.storage.keptAside(reason(w), keptAs))
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
      return Promise.reject(new HearthError('read-only', (w) => w.storage.restoredWhileOpen(this.kind.label)))
    const run = async (): Promise<R> => {
      if (this.readOnly)
        throw new HearthError('read-only', this.opened.status === 'future' ? this.opened.message : (w) => w.storage.readOnly(this.kind.label))
      const draft = structuredClone(this.db.data)
      const result = change(draft)
      const checked = this.kind.schema.safeParse(draft)
      if (!checked.success) throw new Error(`Refusing to save an invalid ${this.kind.label} (${basename(this.path)})`)
      try {
        await this.db.adapter.write(checked.data)
      } catch (error) {
        const code = errorCode(error) ?? null
        throw new HearthError('write-failed', (w) => w.storage.writeFailed(this.kind.label, code))
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
