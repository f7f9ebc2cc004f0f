import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { DocumentStore } from '../../electron/services/storage/documentStore'
import type { DurableFs } from '../../electron/services/storage/fileSystem'
import { WORKSPACE_KIND, emptyWorkspace } from '../../src/core/storage/workspaceDocument'
import { encodeDocument } from '../../src/core/storage/documentKind'
import { PowerLossFs, type PowerLossChoices } from './powerLossFs'
import { storedGroup } from '../support/storedGroup'

// Power loss at every step of a save, on a disk that keeps only what was flushed: after the
// restart the file must be a version the app wrote (never torn, empty or missing), and no
// older than the last save the app reported as done.

const PATH = '/data/workspace.json'
const now = () => new Date('2026-11-22T10:00:00.000Z')
const aGroup = (n: number, name: string) => storedGroup(`group-${String(n).padStart(4, '0')}`, name)
const OLD = encodeDocument({ ...emptyWorkspace(), groups: [aGroup(1, 'Before the save')] })
const V1 = readFileSync(new URL('../fixtures/workspace-v1.json', import.meta.url), 'utf8')

const open = (fs: DurableFs) => DocumentStore.open(PATH, WORKSPACE_KIND, { fs, now, platform: 'linux' }, emptyWorkspace)

/**
 * Saves each name as a new group, one save after another; returns how many the store confirmed
 * before the power went off (a reply after that point reaches nobody: the process died with it).
 */
async function saves(disk: PowerLossFs, names: string[]): Promise<number> {
  let confirmed = 0
  try {
    const store = await open(disk.fs)
    for (const [i, name] of names.entries()) {
      await store.update((ws) => void ws.groups.push(aGroup(i + 2, name)))
      if (disk.crashed) break
      confirmed++
    }
  } catch {
    // The power went off; what the store confirmed before that is what counts.
  }
  return confirmed
}

/** The file after each save, from a run without a crash, and the number of operations it took. */
async function cleanRun(names: string[]) {
  const disk = PowerLossFs.withFiles({ [PATH]: OLD })
  const versions = [OLD]
  const store = await open(disk.fs)
  for (const [i, name] of names.entries()) {
    await store.update((ws) => void ws.groups.push(aGroup(i + 2, name)))
    versions.push(disk.read(PATH) ?? '')
  }
  return { versions, operations: disk.operationCount }
}

/** Crashes after k operations, restarts with `choices`, and checks what the restart finds. */
async function crashAndCheck(names: string[], versions: string[], k: number, choices: PowerLossChoices) {
  const disk = PowerLossFs.withFiles({ [PATH]: OLD })
  disk.crashAfter(k)
  const confirmed = await saves(disk, names)
  const after = disk.afterPowerLoss(choices)
  const found = after.read(PATH)
  const index = versions.indexOf(found ?? '<missing>')
  expect(index, `after op ${k}: file is ${found === undefined ? 'missing' : 'not a version the app wrote'}`).toBeGreaterThanOrEqual(0)
  expect(index, `after op ${k}: save ${confirmed} was confirmed but the disk has version ${index}`).toBeGreaterThanOrEqual(confirmed)
  const reopened = await open(after.fs)
  expect(reopened.opened.status).toBe('ok')
  return index
}

const fate = fc.constantFrom('synced' as const, 'all' as const, 'torn' as const, 'zeros' as const)
const choicesArb: fc.Arbitrary<PowerLossChoices> = fc.record({
  names: fc.oneof(
    fc.record({ mode: fc.constant('prefix' as const), count: fc.nat(16) }),
    fc.record({ mode: fc.constant('subset' as const), keep: fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }) })
  ),
  data: fc.array(fc.record({ fate, cut: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }), { minLength: 1, maxLength: 6 })
})

/** The corners: nothing unflushed survives, everything does, names in or out of order, data torn or zeroed. */
const CORNERS: PowerLossChoices[] = [
  { names: { mode: 'prefix', count: 0 }, data: [{ fate: 'synced', cut: 0 }] },
  { names: { mode: 'prefix', count: 99 }, data: [{ fate: 'all', cut: 0 }] },
  { names: { mode: 'prefix', count: 99 }, data: [{ fate: 'zeros', cut: 0 }] },
  { names: { mode: 'prefix', count: 1 }, data: [{ fate: 'torn', cut: 0.5 }] },
  { names: { mode: 'subset', keep: [false, true] }, data: [{ fate: 'torn', cut: 0.3 }] },
  { names: { mode: 'subset', keep: [true, false] }, data: [{ fate: 'zeros', cut: 0 }] }
]

describe('power loss during a save', () => {
  it('leaves the old or the new file after a crash at every operation of one save, in every corner case', async () => {
    const { versions, operations } = await cleanRun(['After the save'])
    expect(versions[1]).not.toBe(OLD)
    const seen = new Set<number>()
    for (let k = 0; k <= operations; k++) for (const choices of CORNERS) seen.add(await crashAndCheck(['After the save'], versions, k, choices))
    // Both outcomes happen: the test crashes before and after the point of no return.
    expect([...seen].sort()).toEqual([0, 1])
  })

  it('never goes back past a confirmed save over a sequence of five saves, crashing at every operation', async () => {
    const names = ['One', 'Two', 'Three', 'Four', 'Five']
    const { versions, operations } = await cleanRun(names)
    for (let k = 0; k <= operations; k++) for (const choices of CORNERS) await crashAndCheck(names, versions, k, choices)
  })

  test.prop(
    [fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), choicesArb],
    { numRuns: 300 }
  )('holds for any content, any crash point and any mix of what the disk kept', async (names, at, choices) => {
    const { versions, operations } = await cleanRun(names)
    await crashAndCheck(names, versions, Math.floor(at * (operations + 1)), choices)
  })

  it('the check catches a writer that renames before the data is flushed (the lowdb/steno bug)', async () => {
    // Same steps as the durable writer minus the fsyncs: after power loss the name can point
    // at contents that never reached the disk.
    const disk = PowerLossFs.withFiles({ [PATH]: OLD })
    const handle = await disk.fs.createExclusive('/data/.workspace.json.tmp')
    await handle.writeFile(encodeDocument({ ...emptyWorkspace(), groups: [aGroup(2, 'Unsafe')] }))
    await handle.close()
    await disk.fs.rename('/data/.workspace.json.tmp', PATH)
    const after = disk.afterPowerLoss({ names: { mode: 'prefix', count: 99 }, data: [{ fate: 'zeros', cut: 0 }] })
    expect(after.read(PATH)).toMatch(/^\0+$/)
    expect((await open(after.fs)).opened.status).toBe('quarantined')
  })
})

describe('power loss while opening an old file upgrades it', () => {
  async function migrateOnce(k: number) {
    const disk = PowerLossFs.withFiles({ [PATH]: V1 })
    disk.crashAfter(k)
    await open(disk.fs).catch(() => undefined)
    return disk
  }

  it('leaves the v1 file, or the upgraded file with the byte-exact v1 backup beside it, at every operation', async () => {
    const clean = PowerLossFs.withFiles({ [PATH]: V1 })
    expect((await open(clean.fs)).opened.status).toBe('migrated')
    const upgraded = clean.read(PATH)
    const operations = clean.operationCount
    const outcomes = new Set<string>()
    for (let k = 0; k <= operations; k++) {
      for (const choices of CORNERS) {
        const after = (await migrateOnce(k)).afterPowerLoss(choices)
        const found = after.read(PATH)
        if (found === V1) outcomes.add('v1')
        else {
          expect(found, `after op ${k}`).toBe(upgraded)
          expect(after.read(`${PATH}.pre-v1.bak`), `backup after op ${k}`).toBe(V1)
          outcomes.add('upgraded')
        }
        expect(['ok', 'migrated']).toContain((await open(after.fs)).opened.status)
      }
    }
    expect([...outcomes].sort()).toEqual(['upgraded', 'v1'])
  })

  test.prop([fc.nat(40), choicesArb], { numRuns: 200 })('holds for any crash point and any mix of what the disk kept', async (k, choices) => {
    const after = (await migrateOnce(k)).afterPowerLoss(choices)
    const found = after.read(PATH)
    if (found !== V1) {
      expect(JSON.parse(found ?? '').schemaVersion).toBe(WORKSPACE_KIND.currentVersion)
      expect(after.read(`${PATH}.pre-v1.bak`)).toBe(V1)
    }
    expect(['ok', 'migrated']).toContain((await open(after.fs)).opened.status)
  })
})
