import { basename, dirname } from 'node:path'
import type { DurableFs, FileHandleLike } from '../../electron/services/storage/fileSystem'

/**
 * An in-memory file system with a page cache, for power-loss tests (SQLite TH3's method):
 * file contents are volatile until that file is fsynced; creating, renaming and deleting names
 * are volatile until their folder is fsynced. `crashAfter(k)` lets k operations through and
 * fails every later one; `afterPowerLoss(choices)` then gives the disk as a restart finds it.
 *
 * What survives is chosen by the test, conservatively:
 * - contents never fsynced: the last synced bytes, all the new bytes, a torn prefix, or zeros
 *   of the new length (ext4's delayed allocation leaves NUL-filled files);
 * - names never flushed by a folder fsync: either a prefix of them in order (a journalling file
 *   system) or any subset (no ordering promised).
 */

interface Inode {
  data: Uint8Array
  synced: Uint8Array
}

/** One change to a folder's names, applied atomically (a rename is one change). */
interface NameChange {
  dir: string
  set?: { name: string; inode: number }
  remove?: string
}

export type DataFate = 'synced' | 'all' | 'torn' | 'zeros'
export interface PowerLossChoices {
  names: { mode: 'prefix'; count: number } | { mode: 'subset'; keep: boolean[] }
  /** Picked in turn for each file whose contents were not fsynced; `cut` in [0,1) sizes a torn write. */
  data: { fate: DataFate; cut: number }[]
}

const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data))
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i])
const fsError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code })

export class PowerLossFs {
  private inodes = new Map<number, Inode>()
  private nextInode = 1
  /** Names as running processes see them. */
  private names = new Map<string, Map<string, number>>()
  /** Names as the disk has them. */
  private durableNames = new Map<string, Map<string, number>>()
  private pending: NameChange[] = []
  private operations = 0
  private limit = Infinity
  private poweredOff = false

  /** A disk holding these files, all of them safely on it. */
  static withFiles(files: Record<string, string>): PowerLossFs {
    const fs = new PowerLossFs()
    for (const [path, text] of Object.entries(files)) {
      const id = fs.nextInode++
      fs.inodes.set(id, { data: bytes(text), synced: bytes(text) })
      fs.folder(fs.names, dirname(path)).set(basename(path), id)
      fs.folder(fs.durableNames, dirname(path)).set(basename(path), id)
    }
    return fs
  }

  get operationCount(): number {
    return this.operations
  }

  crashAfter(k: number): void {
    this.limit = k
  }

  /** True once an operation was refused: from then on the process is gone, nobody sees its replies. */
  get crashed(): boolean {
    return this.poweredOff
  }

  /** Files as running processes see them (text), for assertions. */
  read(path: string): string | undefined {
    const id = this.names.get(dirname(path))?.get(basename(path))
    return id === undefined ? undefined : new TextDecoder().decode(this.inodes.get(id)?.data)
  }

  listNames(dir: string): string[] {
    return [...(this.names.get(dir)?.keys() ?? [])].sort()
  }

  /** How many name changes and file contents are not yet safely on disk (what choices pick from). */
  get unflushed(): { names: number; files: number } {
    return { names: this.pending.length, files: [...this.inodes.values()].filter((i) => !equal(i.data, i.synced)).length }
  }

  /** The disk after the power comes back: everything flushed, plus what `choices` lets survive. */
  afterPowerLoss(choices: PowerLossChoices): PowerLossFs {
    const after = new PowerLossFs()
    for (const [dir, entries] of this.durableNames) after.durableNames.set(dir, new Map(entries))
    const survives = (index: number) =>
      choices.names.mode === 'prefix' ? index < choices.names.count : (choices.names.keep[index % Math.max(1, choices.names.keep.length)] ?? false)
    this.pending.forEach((change, index) => {
      if (!survives(index)) return
      const folder = after.folder(after.durableNames, change.dir)
      if (change.remove !== undefined) folder.delete(change.remove)
      if (change.set) folder.set(change.set.name, change.set.inode)
    })
    let pick = 0
    for (const [id, inode] of this.inodes) {
      let data = inode.synced
      if (!equal(inode.data, inode.synced)) {
        const { fate, cut } = choices.data[pick++ % Math.max(1, choices.data.length)] ?? { fate: 'synced', cut: 0 }
        if (fate === 'all') data = inode.data
        else if (fate === 'torn') data = inode.data.slice(0, Math.floor(cut * inode.data.length))
        else if (fate === 'zeros') data = new Uint8Array(inode.data.length)
      }
      after.inodes.set(id, { data: data.slice(), synced: data.slice() })
    }
    after.nextInode = this.nextInode
    for (const [dir, entries] of after.durableNames) after.names.set(dir, new Map(entries))
    return after
  }

  readonly fs: DurableFs = {
    createExclusive: async (path) => {
      this.step()
      const folder = this.folder(this.names, dirname(path))
      if (folder.has(basename(path))) throw fsError('EEXIST', path)
      const id = this.nextInode++
      this.inodes.set(id, { data: new Uint8Array(), synced: new Uint8Array() })
      this.change({ dir: dirname(path), set: { name: basename(path), inode: id } })
      return this.fileHandle(id)
    },
    openDirectory: async (path) => {
      this.step()
      return {
        writeFile: async () => Promise.reject(fsError('EISDIR', path)),
        sync: async () => {
          this.step()
          const durable = this.folder(this.durableNames, path)
          this.pending = this.pending.filter((change) => {
            if (change.dir !== path) return true
            if (change.remove !== undefined) durable.delete(change.remove)
            if (change.set) durable.set(change.set.name, change.set.inode)
            return false
          })
        },
        close: async () => this.step()
      }
    },
    rename: async (from, to) => {
      this.step()
      if (dirname(from) !== dirname(to)) throw fsError('EXDEV', 'renames stay in one folder here')
      const id = this.names.get(dirname(from))?.get(basename(from))
      if (id === undefined) throw fsError('ENOENT', from)
      this.change({ dir: dirname(to), set: { name: basename(to), inode: id }, remove: basename(from) })
    },
    unlink: async (path) => {
      this.step()
      if (!this.names.get(dirname(path))?.has(basename(path))) throw fsError('ENOENT', path)
      this.change({ dir: dirname(path), remove: basename(path) })
    },
    readText: async (path) => {
      this.step()
      const text = this.read(path)
      if (text === undefined) throw fsError('ENOENT', path)
      return text
    },
    list: async (dir) => {
      this.step()
      return this.listNames(dir)
    }
  }

  private step(): void {
    if (this.operations >= this.limit) {
      this.poweredOff = true
      throw fsError('EIO', 'the power went off')
    }
    this.operations++
  }

  private folder(map: Map<string, Map<string, number>>, dir: string): Map<string, number> {
    let folder = map.get(dir)
    if (!folder) map.set(dir, (folder = new Map()))
    return folder
  }

  /** Applies a name change for running processes and queues it for the disk. */
  private change(change: NameChange): void {
    const folder = this.folder(this.names, change.dir)
    if (change.remove !== undefined) folder.delete(change.remove)
    if (change.set) folder.set(change.set.name, change.set.inode)
    this.pending.push(change)
  }

  private fileHandle(id: number): FileHandleLike {
    const inode = () => this.inodes.get(id) as Inode
    return {
      writeFile: async (data) => {
        this.step()
        inode().data = bytes(data)
      },
      sync: async () => {
        this.step()
        inode().synced = inode().data.slice()
      },
      close: async () => this.step()
    }
  }
}
