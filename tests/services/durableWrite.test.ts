import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { writeFileDurably } from '../../electron/services/storage/durableWrite'
import { nodeFs, type DurableFs } from '../../electron/services/storage/fileSystem'
import { recordingFs } from './recordingFs'

let dir: string
let target: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-write-'))
  target = join(dir, 'workspace.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('writeFileDurably', () => {
  it('writes a unique temp file, fsyncs it, renames it, then fsyncs the folder — in that order', async () => {
    const { fs, log } = recordingFs()
    await writeFileDurably(target, '{"v":1}', { fs, platform: 'linux' })
    expect(log.map((e) => e.step)).toEqual(['create', 'write', 'sync', 'close', 'rename', 'openDir', 'syncDir', 'closeDir'])
    const temp = log[0]?.path ?? ''
    expect(dirname(temp)).toBe(dir)
    expect(temp).toMatch(/\.workspace\.json\.\d+\.[0-9a-f]{12}\.tmp$/)
    expect(log[4]?.path).toBe(`${temp} -> ${target}`)
    expect(log[5]?.path).toBe(dir)
    expect(await readFile(target, 'utf8')).toBe('{"v":1}')
    expect(await readdir(dir)).toEqual(['workspace.json'])
  })

  it('never reuses a temp name', async () => {
    const { fs, log } = recordingFs()
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurably(join(dir, `f${i % 2}.json`), String(i), { fs })))
    const temps = log.filter((e) => e.step === 'create').map((e) => e.path)
    expect(new Set(temps).size).toBe(20)
  })

  it('skips the folder fsync on Windows, where folders cannot be opened', async () => {
    const { fs, log } = recordingFs()
    await writeFileDurably(target, 'x', { fs, platform: 'win32' })
    expect(log.map((e) => e.step)).not.toContain('openDir')
  })

  // Fail each of the steps before the rename, once and for good: the old file must stay byte-identical.
  for (const failForever of [false, true]) {
    for (let failAt = 1; failAt <= 5; failAt++) {
      it(`keeps the original intact when step ${failAt} fails ${failForever ? 'for good' : 'once'}`, async () => {
        await writeFile(target, 'original contents')
        const { fs } = recordingFs({ failAt, failForever, code: failAt === 2 ? 'ENOSPC' : 'EIO' })
        await expect(writeFileDurably(target, 'new contents', { fs, platform: 'linux' })).rejects.toThrow(/injected/)
        expect(await readFile(target, 'utf8')).toBe('original contents')
        expect(await readdir(dir)).toEqual(['workspace.json'])
      })
    }
  }

  // After the rename the new version is what readers get; calling it a failure would make the
  // caller keep the old version in memory and overwrite the new one on its next save.
  for (const failAt of [6, 7]) {
    it(`counts the save as done when the folder flush fails at step ${failAt}, and warns`, async () => {
      const warnings: string[] = []
      const { fs } = recordingFs({ failAt })
      await writeFileDurably(target, 'new', { fs, platform: 'linux', onWarning: (m) => warnings.push(m) })
      expect(await readFile(target, 'utf8')).toBe('new')
      expect(warnings).toEqual([expect.stringMatching(/Saved workspace\.json, but the folder could not be flushed \(EIO\)/)])
    })
  }

  test.prop([fc.integer({ min: 0, max: 12 })], { numRuns: 13 })(
    'retries a rename that Windows refuses with EPERM, within a bounded budget',
    async (refusals) => {
      let renameCalls = 0
      const waits: number[] = []
      const fs: DurableFs = {
        ...nodeFs,
        rename: async (from, to) => {
          renameCalls++
          if (renameCalls <= refusals) throw Object.assign(new Error('locked by antivirus'), { code: 'EPERM' })
          await nodeFs.rename(from, to)
        }
      }
      const attempt = writeFileDurably(target, `after ${refusals}`, {
        fs,
        platform: 'win32',
        sleep: async (ms) => void waits.push(ms)
      })
      if (refusals < 8) {
        await attempt
        expect(await readFile(target, 'utf8')).toBe(`after ${refusals}`)
      } else {
        await expect(attempt).rejects.toThrow(/locked/)
        expect(renameCalls).toBe(8)
      }
      expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000)
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
    }
  )

  it('does not retry errors that waiting cannot fix', async () => {
    let renameCalls = 0
    const fs: DurableFs = {
      ...nodeFs,
      rename: async () => {
        renameCalls++
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      }
    }
    await expect(writeFileDurably(target, 'x', { fs, sleep: async () => undefined })).rejects.toThrow(/no space/)
    expect(renameCalls).toBe(1)
  })
})
