import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { errorCode, nodeFs, type DurableFs } from './fileSystem'

export interface DurableWriteOptions {
  fs?: DurableFs
  platform?: NodeJS.Platform
  /** Rename attempts before giving up; antivirus and indexers hold files open on Windows. */
  renameAttempts?: number
  sleep?: (ms: number) => Promise<void>
  /**
   * Told when the folder could not be flushed after the rename. The new file is already in
   * place by then, so the save has happened; only its survival of a power cut is less certain.
   */
  onWarning?: (message: string) => void
}

/** `.workspace.json.<pid>.<12 hex>.tmp`: unique per write, and tells which process made it. */
export const tempNameFor = (base: string, pid: number, suffix: string) => `.${base}.${pid}.${suffix}.tmp`

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Removes temp files that an earlier process left beside `path` when it was killed mid-save.
 * A temp file never holds an acknowledged edit (the reply comes only after the rename), so
 * deleting it loses nothing; temp files of this process are left alone (a save may be under way).
 * Best effort: a leftover that cannot be removed is harmless and tried again at the next start.
 */
export async function sweepStaleTemps(path: string, fs: DurableFs = nodeFs, pid = process.pid): Promise<string[]> {
  const dir = dirname(path)
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(path))}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`)
  const names = await fs.list(dir).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match || Number(match[1]) === pid) continue
    await fs.unlink(join(dir, name)).then(
      () => removed.push(name),
      () => undefined
    )
  }
  return removed
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES'])
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Replaces `path` with `text` so that, after a crash or power loss, the file is either the
 * old version or the new one, never a torn mix: unique temp file → write → fsync → close →
 * rename → fsync the folder (so the rename itself survives power loss).
 * On failure the temp file is removed and the original is untouched.
 */
export async function writeFileDurably(path: string, text: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs
  const platform = options.platform ?? process.platform
  const attempts = options.renameAttempts ?? 8
  const sleep = options.sleep ?? defaultSleep
  const dir = dirname(path)
  const temp = join(dir, tempNameFor(basename(path), process.pid, randomBytes(6).toString('hex')))

  try {
    const handle = await fs.createExclusive(temp)
    try {
      await handle.writeFile(text)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, temp, path, attempts, sleep)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  try {
    await syncDirectory(fs, dir, platform)
  } catch (error) {
    options.onWarning?.(`Saved ${basename(path)}, but the folder could not be flushed (${errorCode(error) ?? 'error'}).`)
  }
}

async function renameWithRetry(
  fs: DurableFs,
  from: string,
  to: string,
  attempts: number,
  sleep: (ms: number) => Promise<void>
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = errorCode(error)
      if (attempt >= attempts || code === undefined || !RETRYABLE_RENAME.has(code)) throw error
      // Backoff 50, 100, 200… ms capped at 1 s: about 4 s in all with the default 8 attempts.
      await sleep(Math.min(1000, 50 * 2 ** (attempt - 1)))
    }
  }
}

async function syncDirectory(fs: DurableFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  // Windows cannot open or fsync a directory (EPERM/EISDIR); NTFS journals the rename itself.
  if (platform === 'win32') return
  const handle = await fs.openDirectory(dir)
  try {
    await handle.sync()
  } catch (error) {
    const code = errorCode(error)
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw error
  } finally {
    await handle.close()
  }
}
