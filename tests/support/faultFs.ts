import { nodeFs, type DurableFs, type FileHandleLike } from '../../electron/services/storage/fileSystem'

export type WriteStep = 'create' | 'write' | 'sync' | 'close' | 'rename'

/**
 * The real file system with a switch: while a fault is set, the chosen step of every save fails
 * with that error code (ENOSPC for a full disk), as it would on a real disk, until it is cleared.
 * Reads and directory flushes are left alone: the fault is in writing new data.
 */
export function switchableFaultFs(base: DurableFs = nodeFs) {
  let fault: { code: string; step: WriteStep } | null = null
  const check = (step: WriteStep, path: string) => {
    if (fault && fault.step === step) throw Object.assign(new Error(`${fault.code}: ${step} ${path}`), { code: fault.code })
  }
  const wrap = (handle: FileHandleLike, path: string): FileHandleLike => ({
    writeFile: async (data) => {
      check('write', path)
      await handle.writeFile(data)
    },
    sync: async () => {
      check('sync', path)
      await handle.sync()
    },
    close: async () => {
      try {
        check('close', path)
      } finally {
        await handle.close()
      }
    }
  })
  const fs: DurableFs = {
    ...base,
    createExclusive: async (path) => {
      check('create', path)
      return wrap(await base.createExclusive(path), path)
    },
    rename: async (from, to) => {
      check('rename', to)
      await base.rename(from, to)
    }
  }
  return {
    fs,
    fail: (code: string, step: WriteStep = 'write') => {
      fault = { code, step }
    },
    clear: () => {
      fault = null
    }
  }
}
