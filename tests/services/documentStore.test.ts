import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DocumentStore } from '../../electron/services/storage/documentStore'
import { nodeFs, type DurableFs } from '../../electron/services/storage/fileSystem'
import { WORKSPACE_KIND, WORKSPACE_VERSION, emptyWorkspace } from '../../src/core/storage/workspaceDocument'
import { recordingFs } from './recordingFs'
import { storedGroup } from '../support/storedGroup'

const now = () => new Date('2026-11-22T10:00:00.000Z')
let dir: string
let path: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-store-'))
  path = join(dir, 'workspace.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const open = (fs?: DurableFs) => DocumentStore.open(path, WORKSPACE_KIND, { now, fs }, emptyWorkspace)

describe('DocumentStore', () => {
  it('creates nothing until the first change, then writes a versioned file that a new store reads back', async () => {
    const store = await open()
    expect(store.opened.status).toBe('new')
    expect(await readdir(dir)).toEqual([])
    await store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'Peer CoP')))
    const onDisk = JSON.parse(await readFile(path, 'utf8'))
    expect(onDisk).toMatchObject({ format: 'hearth-workspace', schemaVersion: WORKSPACE_VERSION, groups: [{ name: 'Peer CoP' }] })
    const reopened = await open()
    expect(reopened.opened.status).toBe('ok')
    expect(reopened.data.groups[0]?.name).toBe('Peer CoP')
  })

  it('moves an unparsable file aside, never writing over it, and says where it went', async () => {
    await writeFile(path, '{"format":"hearth-workspace","schemaVersion":2,"groups":[{"na')
    const store = await open()
    expect(store.opened).toMatchObject({ status: 'quarantined', keptAs: `${path}.unreadable-2026-11-22T10-00-00-000Z` })
    expect(await readFile(`${path}.unreadable-2026-11-22T10-00-00-000Z`, 'utf8')).toBe('{"format":"hearth-workspace","schemaVersion":2,"groups":[{"na')
    await store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'Fresh start')))
    expect(await readFile(`${path}.unreadable-2026-11-22T10-00-00-000Z`, 'utf8')).toMatch(/"groups":\[\{"na$/)
  })

  it('refuses to write a file from a newer version and leaves it byte for byte', async () => {
    const future = JSON.stringify({ ...emptyWorkspace(), schemaVersion: 7, somethingNew: [1, 2, 3] })
    await writeFile(path, future)
    const store = await open()
    expect(store.readOnly).toBe(true)
    await expect(store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'x')))).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/newer version of Hearth/)
    })
    expect(await readFile(path, 'utf8')).toBe(future)
    expect(await readdir(dir)).toEqual(['workspace.json'])
  })

  it('upgrades the frozen v1 fixture after keeping the original as a backup', async () => {
    const fixture = new URL('../fixtures/workspace-v1.json', import.meta.url)
    await copyFile(fixture, path)
    const store = await open()
    expect(store.opened).toEqual({ status: 'migrated', from: 1, backup: `${path}.pre-v1.bak` })
    expect(await readFile(`${path}.pre-v1.bak`, 'utf8')).toBe(await readFile(fixture, 'utf8'))
    const upgraded = JSON.parse(await readFile(path, 'utf8'))
    expect(upgraded.schemaVersion).toBe(WORKSPACE_VERSION)
    expect(upgraded.members.map((m: { role: string }) => m.role)).toEqual(['facilitator', 'member', 'guest'])
    expect((await open()).opened.status).toBe('ok')
  })

  it('keeps the previous version in memory and on disk when a save fails, and saves on the next try', async () => {
    const store = await open()
    await store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'First')))
    const before = await readFile(path, 'utf8')
    const failing = await DocumentStore.open(path, WORKSPACE_KIND, { now, fs: recordingFs({ failAt: 2, code: 'ENOSPC' }).fs }, emptyWorkspace)
    await expect(failing.update((ws) => void ws.groups.push(storedGroup('group-0002', 'Second')))).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(/not saved: the disk is full \(ENOSPC\)\. The previous version on disk is intact/)
    })
    expect(failing.data.groups.map((g) => g.name)).toEqual(['First'])
    expect(await readFile(path, 'utf8')).toBe(before)
    await failing.update((ws) => void ws.groups.push(storedGroup('group-0002', 'Second')))
    expect(JSON.parse(await readFile(path, 'utf8')).groups).toHaveLength(2)
  })

  it('never lets a reader see a version that is not yet on disk', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slow: DurableFs = {
      ...nodeFs,
      createExclusive: async (p) => {
        await gate
        return nodeFs.createExclusive(p)
      }
    }
    const store = await DocumentStore.open(path, WORKSPACE_KIND, { now, fs: slow }, emptyWorkspace)
    const saving = store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'Pending')))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(store.data.groups).toEqual([])
    release()
    await saving
    expect(store.data.groups.map((g) => g.name)).toEqual(['Pending'])
  })

  it('applies concurrent updates one after another, in call order', async () => {
    const store = await open()
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.update((ws) => void ws.groups.push(storedGroup(`group-${1000 + i}`, `G${i}`)))))
    const names = JSON.parse(await readFile(path, 'utf8')).groups.map((g: { name: string }) => g.name)
    expect(names).toEqual(Array.from({ length: 25 }, (_, i) => `G${i}`))
  })

  it('refuses to save a change that breaks the schema, leaving the file alone', async () => {
    const store = await open()
    await store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'Valid')))
    const before = await readFile(path, 'utf8')
    await expect(store.update((ws) => void ws.groups.push({ ...storedGroup('group-0002', ''), maxSize: -1 }))).rejects.toThrow(/invalid workspace/)
    expect(await readFile(path, 'utf8')).toBe(before)
    expect(store.data.groups).toHaveLength(1)
  })

  it('removes the temp files a killed save left beside its file, and nothing else', async () => {
    const store = await open()
    await store.update((ws) => void ws.groups.push(storedGroup('group-0001', 'Kept')))
    const saved = await readFile(path, 'utf8')
    const leftovers = {
      killed: '.workspace.json.999999.0123456789ab.tmp',
      ours: `.workspace.json.${process.pid}.0123456789ab.tmp`,
      otherFile: '.workspace.json.pre-v1.bak.999999.0123456789ab.tmp',
      notOurs: '.workspace.json.tmp'
    }
    for (const name of Object.values(leftovers)) await writeFile(join(dir, name), '{"format":"hearth-works')
    const reopened = await open()
    expect(reopened.opened.status).toBe('ok')
    expect(await readFile(path, 'utf8')).toBe(saved)
    expect((await readdir(dir)).sort()).toEqual([leftovers.notOurs, leftovers.otherFile, leftovers.ours, 'workspace.json'].sort())
  })

  it('reports an unreadable folder as an error without touching anything', async () => {
    const denied: DurableFs = { ...nodeFs, readText: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) }
    await writeFile(path, JSON.stringify(emptyWorkspace()))
    await expect(open(denied)).rejects.toMatchObject({ code: 'unreadable-file', message: expect.stringMatching(/EACCES/) })
    expect(await readdir(dir)).toEqual(['workspace.json'])
  })
})
