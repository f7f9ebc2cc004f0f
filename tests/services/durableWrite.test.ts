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

  // Every step of a save failing, with each error a disk gives (I/O error, full, over quota,
  // permission), once and for good (SQLite's I/O-error loops). Before the rename lands the save
  // fails and the original stays byte for byte; after it, the save has happened and only warns.
  const STEPS = ['create', 'write', 'sync', 'close', 'rename', 'openDir', 'syncDir', 'closeDir'] as const
  for (const code of ['EIO', 'ENOSPC', 'EDQUOT', 'EACCES']) {
    for (const failForever of [false, true]) {
      STEPS.forEach((step, index) => {
        const failAt = index + 1
        // Windows-style locks (EACCES) on the rename are retried, so a single refusal is survived.
        const survives = failAt > 5 || (step === 'rename' && code === 'EACCES' && !failForever)
        it(`${code} at ${step}, ${failForever ? 'for good' : 'once'}: ${survives ? 'the new version lands' : 'the original stays intact, no temp file left'}`, async () => {
          await writeFile(target, 'original contents')
          const warnings: string[] = []
          const { fs } = recordingFs({ failAt, failForever, code })
          const attempt = writeFileDurably(target, 'new contents', { fs, platform: 'linux', sleep: async () => undefined, onWarning: (m) => warnings.push(m) })
          if (survives) {
            await attempt
            expect(await readFile(target, 'utf8')).toBe('new contents')
            expect(warnings).toEqual(failAt > 5 ? [expect.stringMatching(new RegExp(`folder could not be flushed \\(${code}\\)`))] : [])
          } else {
            await expect(attempt).rejects.toMatchObject({ code })
            expect(await readFile(target, 'utf8')).toBe('original contents')
          }
          expect(await readdir(dir)).toEqual(['workspace.json'])
        })
      })
    }
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
