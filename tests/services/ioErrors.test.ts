import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHearthService } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { switchableFaultFs, type WriteStep } from '../support/faultFs'
import { recordingFs } from './recordingFs'

// I/O errors and a full disk at each step of a save, through the handler table the app calls:
// the reply is an error the facilitator can act on, the file keeps its previous version, the
// service's memory too, and the same edit goes through once the disk recovers.

let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const now = () => new Date('2026-11-22T10:00:00.000Z')

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-io-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const WHY: Record<string, RegExp> = {
  ENOSPC: /the disk is full \(ENOSPC\)/,
  EDQUOT: /the disk is full \(EDQUOT\)/,
  EACCES: /not allowed to write to its data folder \(EACCES\)/,
  EIO: /the disk reported an error \(EIO\)/
}
const STEPS: WriteStep[] = ['create', 'write', 'sync', 'close', 'rename']

async function serviceWithGroup(fs: Parameters<typeof createHearthService>[0]['fs']) {
  const { handlers } = createHearthService({ dataDir, now, newId, fs, platform: 'linux' })
  const created = await dispatch(handlers, 'groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: 'Before' } })
  if (!created.ok) throw new Error(created.error.message)
  return { handlers, groupId: (created.data as { id: string }).id }
}

describe('a save the disk refuses', () => {
  for (const code of Object.keys(WHY)) {
    for (const step of STEPS) {
      it(`${code} at ${step} until the disk recovers: clear error, nothing changed, then the same edit saves`, async () => {
        const faults = switchableFaultFs()
        const { handlers, groupId } = await serviceWithGroup(faults.fs)
        const before = await readFile(join(dataDir, 'workspace.json'), 'utf8')
        faults.fail(code, step)
        const edit = { groupId, group: { ...NEW_GROUP_DEFAULTS, name: 'After' } }
        // (A locked rename is retried for ~4 s inside each save, so that case is tried once.)
        for (let attempt = 0; attempt < (code === 'EACCES' && step === 'rename' ? 1 : 3); attempt++) {
          const refused = await dispatch(handlers, 'groups/update', edit)
          expect(refused).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringMatching(WHY[code] as RegExp) } })
          if (!refused.ok) expect(refused.error.message).toMatch(/^The workspace was not saved: .* The previous version on disk is intact\.$/)
        }
        expect(await readFile(join(dataDir, 'workspace.json'), 'utf8')).toBe(before)
        expect(await dispatch(handlers, 'groups/get', { groupId })).toMatchObject({ ok: true, data: { group: { name: 'Before' } } })
        expect((await readdir(dataDir)).sort()).toEqual(['sessions', 'workspace.json'])

        faults.clear()
        expect(await dispatch(handlers, 'groups/update', edit)).toMatchObject({ ok: true, data: { name: 'After' } })
        expect(JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).groups[0].name).toBe('After')
      })
    }
    it(`${code} once, at each step in turn: the failed save leaves no trace and the next one lands`, async () => {
      for (let failAt = 1; failAt <= 5; failAt++) {
        const { handlers, groupId } = await serviceWithGroup(recordingFs({ failAt: failAt + 8, code }).fs)
        const before = await readFile(join(dataDir, 'workspace.json'), 'utf8')
        const first = await dispatch(handlers, 'groups/update', { groupId, group: { ...NEW_GROUP_DEFAULTS, name: `Try ${failAt}` } })
        // A single EACCES on the rename is a Windows-style lock: retried inside the save.
        if (code === 'EACCES' && failAt === 5) expect(first.ok).toBe(true)
        else {
          expect(first).toMatchObject({ ok: false, error: { code: 'write-failed' } })
          expect(await readFile(join(dataDir, 'workspace.json'), 'utf8')).toBe(before)
        }
        expect(await dispatch(handlers, 'groups/update', { groupId, group: { ...NEW_GROUP_DEFAULTS, name: `Try ${failAt}` } })).toMatchObject({ ok: true })
        expect(JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).groups.at(-1).name).toBe(`Try ${failAt}`)
        expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
      }
    })
  }
})
