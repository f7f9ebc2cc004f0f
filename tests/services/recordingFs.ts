import { nodeFs, type DurableFs, type FileHandleLike } from '../../electron/services/storage/fileSystem'

export type Step = 'create' | 'write' | 'sync' | 'close' | 'rename' | 'openDir' | 'syncDir' | 'closeDir'

/**
 * The real file system, with every step of a save recorded and any step made to fail: once
 * (the k-th step) or from the k-th step on, like SQLite's I/O-error loops.
 */
export function recordingFs(options: { failAt?: number; failForever?: boolean; code?: string } = {}) {
  const log: { step: Step; path: string }[] = []
  const maybeFail = (step: Step, path: string) => {
    log.push({ step, path })
    const n = log.length
    const failing = options.failAt !== undefined && (options.failForever ? n >= options.failAt : n === options.failAt)
    if (failing) throw Object.assign(new Error(`injected ${options.code ?? 'EIO'} at ${step}`), { code: options.code ?? 'EIO' })
  }
  const wrap = (handle: FileHandleLike, path: string, dir: boolean): FileHandleLike => ({
    writeFile: async (data) => {
      maybeFail('write', path)
      await handle.writeFile(data)
    },
    sync: async () => {
      maybeFail(dir ? 'syncDir' : 'sync', path)
      await handle.sync()
    },
    close: async () => {
      // A failed close still releases the descriptor, as the OS does.
      try {
        maybeFail(dir ? 'closeDir' : 'close', path)
      } finally {
        await handle.close()
      }
    }
  })
  const fs: DurableFs = {
    createExclusive: async (path) => {
      maybeFail('create', path)
      return wrap(await nodeFs.createExclusive(path), path, false)
    },
    openDirectory: async (path) => {
      maybeFail('openDir', path)
      return wrap(await nodeFs.openDirectory(path), path, true)
    },
    rename: async (from, to) => {
      maybeFail('rename', `${from} -> ${to}`)
      await nodeFs.rename(from, to)
    },
    unlink: (path) => nodeFs.unlink(path),
    readText: (path) => nodeFs.readText(path),
    list: (dir) => nodeFs.list(dir)
  }
  return { fs, log }
}
