import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import type { BackupInfo } from '../../../src/core/api/contract'
import {
  BackupManifestSchema,
  BackupPathSchema,
  backupIdFor,
  timeOfBackupId,
  type BackupFile,
  type BackupManifest,
  type BackupReason
} from '../../../src/core/backup/manifest'
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from '../../../src/core/backup/retention'
import { HearthError, type ErrorText, type ErrorWords } from '../../../src/core/errors'
import { en } from '../../../src/core/i18n/en'
import { SESSION_VERSION } from '../../../src/core/storage/sessionDocument'
import { WORKSPACE_VERSION } from '../../../src/core/storage/workspaceDocument'
import { writeFileDurably } from '../storage/durableWrite'
import { errorCode } from '../storage/fileSystem'
import { nodeBackupFs, type BackupFs } from './backupFs'
import { problemWith, sha256 } from './checkContent'

export interface BackupServiceOptions {
  dataDir: string
  now: () => Date
  fs?: BackupFs
  platform?: NodeJS.Platform
  policy?: RetentionPolicy
  /** Names the calendar day of a time for the daily backups; the person's local day by default. */
  dayOf?: (at: number) => string
  onWarning?: (message: string) => void
}

const MANIFEST = 'manifest.json'
const SESSION_FILE = /^[A-Za-z0-9_-]{1,64}\.json$/
const IMAGE_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,120}$/

const localDay = (at: number) => {
  const date = new Date(at)
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

/** A backup read back from disk, every copy checked against its manifest. */
interface CheckedBackup {
  id: string
  at: number
  manifest: BackupManifest | null
  /** What is wrong with it, to be said in the language of whoever asks. */
  problem: ErrorText | null
}

export type BackupService = ReturnType<typeof createBackupService>

/**
 * Copies of the data files in `<dataDir>/backups/<time>/`, each written durably and checked
 * before it counts, pruned to a ring (the last 10 plus one a day for a week), and restored on
 * request. One operation at a time: a backup never reads files a restore is replacing.
 */
export function createBackupService(options: BackupServiceOptions) {
  const fs = options.fs ?? nodeBackupFs
  const { dataDir } = options
  const backupsDir = join(dataDir, 'backups')
  const writeOptions = { fs, platform: options.platform, onWarning: options.onWarning }
  let queue: Promise<unknown> = Promise.resolve()
  let lastProblem: ErrorText | null = null

  const serial = <R>(work: () => Promise<R>): Promise<R> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  const syncDir = async (dir: string) => {
    if ((options.platform ?? process.platform) === 'win32') return
    const handle = await fs.openDirectory(dir)
    try {
      await handle.sync()
    } catch (error) {
      if (!['EINVAL', 'ENOTSUP', 'EISDIR'].includes(errorCode(error) ?? '')) throw error
    } finally {
      await handle.close()
    }
  }

  const writeNew = async (path: string, bytes: Uint8Array | string) => {
    const handle = await fs.createExclusive(path)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  /** The data files as they are now: the ones that validate, and the ones left out with why. */
  const readDataFiles = async () => {
    const names = [
      'workspace.json',
      'keys.json',
      ...(await fs.listEntries(join(dataDir, 'sessions'))).filter((e) => !e.isDirectory && SESSION_FILE.test(e.name)).map((e) => `sessions/${e.name}`),
      ...(await fs.listEntries(join(dataDir, 'images'))).filter((e) => !e.isDirectory && IMAGE_FILE.test(e.name)).map((e) => `images/${e.name}`)
    ]
    const files: { path: string; bytes: Uint8Array }[] = []
    const skipped: { path: string; reason: string }[] = []
    for (const path of names) {
      let bytes: Uint8Array
      try {
        bytes = await fs.readBytes(join(dataDir, path))
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue
        skipped.push({ path, reason: `${path} could not be read (${errorCode(error) ?? 'error'}).` })
        continue
      }
      const problem = problemWith(path, bytes)
      // The manifest is a file for whoever repairs the folder: its reasons stay in English.
      if (problem) skipped.push({ path, reason: problem(en.errors) })
      else files.push({ path, bytes })
    }
    return { files, skipped }
  }

  /** A backup's manifest alone: cheap, enough for pruning and for "has anything changed?". */
  const readManifest = async (id: string): Promise<CheckedBackup> => {
    const at = timeOfBackupId(id) ?? 0
    try {
      const parsed = BackupManifestSchema.safeParse(JSON.parse(new TextDecoder().decode(await fs.readBytes(join(backupsDir, id, MANIFEST)))))
      if (!parsed.success) return { id, at, manifest: null, problem: (w) => w.backups.manifestDamaged }
      return { id, at: Date.parse(parsed.data.takenAt), manifest: parsed.data, problem: null }
    } catch {
      return { id, at, manifest: null, problem: (w) => w.backups.manifestMissing }
    }
  }

  /** Reads a backup back and checks every copy: size, SHA-256, and that it still decodes. */
  const check = async (id: string): Promise<CheckedBackup> => {
    const folder = join(backupsDir, id)
    const read = await readManifest(id)
    const { at, manifest } = read
    if (!manifest) return read
    for (const file of manifest.files) {
      let bytes: Uint8Array
      try {
        bytes = await fs.readBytes(join(folder, file.path))
      } catch {
        return { id, at, manifest, problem: (w) => w.backups.copyMissing(file.path) }
      }
      if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) return { id, at, manifest, problem: (w) => w.backups.copyChanged(file.path) }
      const problem = problemWith(file.path, bytes)
      if (problem) return { id, at, manifest, problem }
    }
    return read
  }

  const backupIds = async () =>
    (await fs.listEntries(backupsDir))
      .filter((entry) => entry.isDirectory && timeOfBackupId(entry.name) !== null)
      .map((entry) => entry.name)

  /** Newest first; `thorough` reads every copy back, otherwise only the manifests. */
  const checkAll = async (thorough: boolean) => {
    const checked: CheckedBackup[] = []
    for (const id of await backupIds()) checked.push(await (thorough ? check(id) : readManifest(id)))
    return checked.sort((a, b) => b.at - a.at || b.id.localeCompare(a.id))
  }

  const infoOf = (backup: CheckedBackup, words: ErrorWords = en.errors): BackupInfo => ({
    id: backup.id,
    takenAt: backup.manifest?.takenAt ?? new Date(backup.at).toISOString(),
    reason: backup.manifest?.reason ?? null,
    bytes: backup.manifest?.files.reduce((sum, f) => sum + f.bytes, 0) ?? 0,
    sessions: backup.manifest?.files.filter((f) => f.path.startsWith('sessions/')).length ?? 0,
    valid: backup.problem === null,
    problem: backup.problem?.(words) ?? null
  })

  const prune = async () => {
    const all = await checkAll(false)
    const keep = new Set(
      backupsToKeep(all, options.now().getTime(), {
        policy: options.policy ?? DEFAULT_RETENTION,
        dayOf: options.dayOf ?? localDay,
        protect: (b) => b.manifest?.reason === 'before-restore'
      }).map((b) => b.id)
    )
    for (const backup of all) if (!keep.has(backup.id)) await fs.removeTree(join(backupsDir, backup.id))
    // Folders left by a backup interrupted by a crash: never valid, never listed.
    for (const entry of await fs.listEntries(backupsDir)) if (entry.name.startsWith('.partial-')) await fs.removeTree(join(backupsDir, entry.name))
  }

  const sameFiles = (a: readonly BackupFile[], b: readonly { path: string; sha256: string }[]) =>
    a.length === b.length && a.every((file) => b.some((other) => other.path === file.path && other.sha256 === file.sha256))

  /** One backup, unqueued (restore runs it inside its own turn). Null when there was nothing new. */
  const takeBackup = async (reason: BackupReason): Promise<CheckedBackup | null> => {
    const { files, skipped } = await readDataFiles()
    const hasWorkspace = files.some((f) => f.path === 'workspace.json')
    // After a file was kept aside, the fresh empty workspace is not worth a place in the ring.
    if (files.length === 0 || (reason !== 'before-restore' && !hasWorkspace)) {
      if (reason === 'manual') throw new HearthError('not-found', (w) => w.backups.nothingYet)
      return null
    }
    const listed = files.map((f) => ({ path: f.path, bytes: f.bytes.length, sha256: sha256(f.bytes) }))
    if (reason === 'live-interval') {
      const newest = (await checkAll(false)).find((b) => b.problem === null)
      if (newest?.manifest && sameFiles(newest.manifest.files, listed)) return null
    }

    const takenAt = options.now()
    const taken = new Set(await backupIds())
    let clash = 0
    while (taken.has(backupIdFor(takenAt, clash))) clash++
    const id = backupIdFor(takenAt, clash)
    const manifest: BackupManifest = {
      format: 'hearth-backup',
      version: 1,
      takenAt: takenAt.toISOString(),
      reason,
      formats: { workspace: WORKSPACE_VERSION, session: SESSION_VERSION },
      files: listed,
      skipped
    }

    // Written in a folder no one lists, checked there, and only then renamed into place.
    await fs.makeDir(backupsDir)
    const partial = join(backupsDir, `.partial-${id}-${randomBytes(4).toString('hex')}`)
    try {
      await fs.makeDir(join(partial, 'sessions'))
      await fs.makeDir(join(partial, 'images'))
      for (const file of files) await writeNew(join(partial, file.path), file.bytes)
      await writeNew(join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
      for (const dir of [join(partial, 'sessions'), join(partial, 'images'), partial]) await syncDir(dir)
      await fs.rename(partial, join(backupsDir, id))
    } catch (error) {
      await fs.removeTree(partial).catch(() => undefined)
      throw new HearthError('write-failed', (w) => w.backups.cannotWrite(errorCode(error) ?? null))
    }
    await syncDir(backupsDir).catch(() => options.onWarning?.('Wrote a backup, but the backups folder could not be flushed.'))
    const checked = await check(id)
    const problem = checked.problem
    if (problem) {
      // A copy that does not read back as written is worse than none: it would be offered later.
      await fs.removeTree(join(backupsDir, id)).catch(() => undefined)
      throw new HearthError('write-failed', (w) => w.backups.discarded(problem(w)))
    }
    return checked
  }

  const create = (reason: BackupReason): Promise<BackupInfo | null> =>
    serial(async () => {
      try {
        const taken = await takeBackup(reason)
        if (taken) await prune()
        lastProblem = null
        return taken ? infoOf(taken) : null
      } catch (error) {
        lastProblem = error instanceof HearthError ? error.text : (w) => w.backups.failed
        throw error
      }
    })

  /** Every backup, checked, and why the last one failed; said in `words`. */
  const list = (words: ErrorWords = en.errors) =>
    serial(async () => ({ backups: (await checkAll(true)).map((backup) => infoOf(backup, words)), problem: lastProblem?.(words) ?? null }))

  /**
   * Puts a backup's files back. First checks the backup, then backs up the current data (so the
   * restore can be undone), then, with the open files closed by `closeStores`, replaces each
   * file durably; the workspace, which points at the sessions, goes last.
   */
  const restore = (id: string, closeStores: <R>(work: () => Promise<R>) => Promise<R>) =>
    serial(async () => {
      const target = await check(id).catch(() => null)
      if (!target?.manifest) throw new HearthError('not-found', (w) => w.backups.gone)
      const problem = target.problem
      if (problem) throw new HearthError('unreadable-file', (w) => w.backups.cannotRestore(problem(w)))
      const files = [...target.manifest.files].sort((a, b) => Number(a.path === 'workspace.json') - Number(b.path === 'workspace.json'))
      return closeStores(async () => {
        const safety = await takeBackup('before-restore')
        for (const file of files) {
          // Paths come from a manifest on disk: checked again so a doctored one writes nowhere else.
          const path = BackupPathSchema.parse(file.path)
          const bytes = await fs.readBytes(join(backupsDir, id, path))
          if (sha256(bytes) !== file.sha256) throw new HearthError('unreadable-file', (w) => w.backups.changedDuringRestore(path))
          await fs.makeDir(dirname(join(dataDir, path)))
          await writeFileDurably(join(dataDir, path), bytes, writeOptions)
        }
        await prune()
        return { restored: id, safetyBackupId: safety?.id ?? null }
      })
    })

  /** The newest backup that checks out and holds a good copy of each of `paths`. */
  const newestValidHolding = (paths: readonly string[]) =>
    serial(async () => {
      for (const candidate of await checkAll(false)) {
        if (!paths.every((p) => candidate.manifest?.files.some((f) => f.path === p))) continue
        const checked = await check(candidate.id)
        if (checked.problem === null) return infoOf(checked)
      }
      return null
    })

  return { create, list, restore, newestValidHolding, idle: () => queue.then(() => undefined) }
}
