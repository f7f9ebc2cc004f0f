import { open, readFile, readdir, rename, unlink } from 'node:fs/promises'
import { constants } from 'node:fs'

/** The few file operations a durable save needs; tests swap in a recording or failing version. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface DurableFs {
  /** Creates a new file for writing; fails if it exists (our temp names must be unique). */
  createExclusive(path: string): Promise<FileHandleLike>
  /** Opens a directory so it can be fsynced after a rename. */
  openDirectory(path: string): Promise<FileHandleLike>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readText(path: string): Promise<string>
  /** Names in a folder; used to find temp files a killed save left behind. */
  list(dir: string): Promise<string[]>
}

export const nodeFs: DurableFs = {
  createExclusive: (path) => open(path, 'wx', 0o600),
  openDirectory: (path) => open(path, constants.O_RDONLY),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  readText: (path) => readFile(path, 'utf8'),
  list: (dir) => readdir(dir)
}

export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
