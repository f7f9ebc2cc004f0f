import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { errorCode, nodeFs, type DurableFs } from '../storage/fileSystem'

/** What backups need beyond a durable save: reading bytes, listing and removing folders. */
export interface BackupFs extends DurableFs {
  readBytes(path: string): Promise<Uint8Array>
  /** The entries of a folder; none when it does not exist. */
  listEntries(dir: string): Promise<{ name: string; isDirectory: boolean }[]>
  makeDir(path: string): Promise<void>
  removeTree(path: string): Promise<void>
}

export const nodeBackupFs: BackupFs = {
  ...nodeFs,
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  listEntries: async (dir) => {
    try {
      return (await readdir(dir, { withFileTypes: true })).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
  },
  makeDir: async (path) => {
    await mkdir(path, { recursive: true })
  },
  removeTree: (path) => rm(path, { recursive: true, force: true })
}
