import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeBackupFs, type BackupFs } from '../../electron/services/backup/backupFs'
import { problemWith } from '../../electron/services/backup/checkContent'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService, type BackupOptions } from '../../electron/services/hearthService'
import { DocumentStore } from '../../electron/services/storage/documentStore'
import { dispatch } from '../../src/core/api/dispatch'
import { WORKSPACE_KIND, emptyWorkspace } from '../../src/core/storage/workspaceDocument'
import { BackupManifestSchema } from '../../src/core/backup/manifest'
import { MINUTE } from '../../src/core/live/clock'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'

let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const DAY = 86_400_000
const T0 = Date.UTC(2026, 10, 1, 9, 0)

/** A clock the test moves, and a ticker that fires on that clock: five minutes pass in no time. */
function fakeTime(start: number) {
  let now = start
  const timers: { ms: number; next: number; tick: () => void; stopped: boolean }[] = []
  return {
    now: () => new Date(now),
    set: (at: number) => {
      now = at
    },
    ticker: {
      every: (ms: number, tick: () => void) => {
        const timer = { ms, next: now + ms, tick, stopped: false }
        timers.push(timer)
        return () => {
          timer.stopped = true
        }
      }
    },
    active: () => timers.filter((t) => !t.stopped).length,
    /** Moves time on, firing each due tick and letting what it started finish before the next. */
    async advance(ms: number, settle: () => Promise<void>) {
      const end = now + ms
      for (;;) {
        const due = timers.filter((t) => !t.stopped && t.next <= end).sort((a, b) => a.next - b.next)[0]
        if (!due) break
        now = due.next
        due.next += due.ms
        due.tick()
        await settle()
      }
      now = end
    }
  }
}

let time = fakeTime(T0)
// Days counted in UTC so the expected ring does not depend on the machine's time zone.
const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10)
const service = (backup?: BackupOptions) => createHearthService({ dataDir, now: time.now, newId, backup: { ticker: time.ticker, dayOf: utcDay, ...backup } })
const backupFolders = async () => (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).sort()

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-backup-'))
  time = fakeTime(T0)
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function seeded() {
  const hearth = service()
  const group = await hearth.handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Ottawa MPC CoP' } })
  const plan = await hearth.handlers['sessions/plan-from-template']({ groupId: group.id, title: 'December', scheduledStart: '2026-12-08T19:00' })
  return { hearth, handlers: hearth.handlers, group, plan }
}

/** Every file a backup lists is there, of the size and SHA-256 it says, and decodes. */
async function expectBackupChecksOut(id: string) {
  const folder = join(dataDir, 'backups', id)
  const manifest = BackupManifestSchema.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')))
  expect(manifest.files.length).toBeGreaterThan(0)
  for (const file of manifest.files) {
    const bytes = new Uint8Array(await readFile(join(folder, file.path)))
    expect(bytes.length, file.path).toBe(file.bytes)
    expect(problemWith(file.path, bytes), file.path).toBeNull()
  }
  return manifest
}

describe('backups', () => {
  it('copies the workspace, the session files and the key file, and each copy checks out', async () => {
    const { handlers, plan } = await seeded()
    const keys = passphraseKeyProvider({ dataDir, kdfParams: { N: 1024, r: 8, p: 1 } })
    expect((await keys.unlock('a long enough passphrase')).ok).toBe(true)

    const created = await handlers['backups/create']({})
    expect(created).toMatchObject({ reason: 'manual', sessions: 1, valid: true, problem: null, takenAt: new Date(T0).toISOString() })
    const manifest = await expectBackupChecksOut(created.id)
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['keys.json', 'sessions/' + plan.id + '.json', 'workspace.json'].sort())
    // A copy, byte for byte: the sealed key file included, so restored notes can be opened.
    for (const path of ['workspace.json', 'keys.json'])
      expect(await readFile(join(dataDir, 'backups', created.id, path), 'utf8')).toBe(await readFile(join(dataDir, path), 'utf8'))
    expect(manifest.formats).toEqual({ workspace: 4, session: 3 })
    expect(await backupFolders()).toEqual([created.id])
  })

  it('says there is nothing to back up before anything was saved', async () => {
    const result = await dispatch(service().handlers, 'backups/create', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/nothing to back up/) } })
    expect(await backupFolders()).toEqual([])
  })

  it('leaves out a data file that does not decode, and says so', async () => {
    const { handlers } = await seeded()
    await writeFile(join(dataDir, 'sessions', 'broken-session.json'), '{"format":"hearth-session"')
    const created = await handlers['backups/create']({})
    const manifest = await expectBackupChecksOut(created.id)
    expect(manifest.skipped).toEqual([{ path: 'sessions/broken-session.json', reason: expect.stringMatching(/not valid JSON/) }])
  })

  it('keeps a ring over two weeks of use: the last 10 and the newest of each of the last 7 days', async () => {
    const { handlers, group } = await seeded()
    // Four backups a day, an hour apart, for 14 days, each after a change.
    for (let day = 0; day < 14; day++) {
      for (let k = 0; k < 4; k++) {
        time.set(T0 + day * DAY + k * 60 * MINUTE)
        await handlers['groups/update']({ groupId: group.id, group: { ...NEW_GROUP_DEFAULTS, name: `Day ${day} change ${k}` } })
        await handlers['backups/create']({})
        expect((await backupFolders()).length).toBeLessThanOrEqual(17)
      }
    }
    const { backups, problem } = await handlers['backups/list']({})
    expect(problem).toBeNull()
    expect(backups.every((b) => b.valid)).toBe(true)
    const times = backups.map((b) => Date.parse(b.takenAt))
    // Newest first: today's 4, then 6 more from the days before, then one per older day of the week.
    const lastDay = T0 + 13 * DAY
    const expected = [
      ...[3, 2, 1, 0].map((k) => lastDay + k * 60 * MINUTE),
      ...[3, 2, 1, 0].map((k) => lastDay - DAY + k * 60 * MINUTE),
      ...[3, 2].map((k) => lastDay - 2 * DAY + k * 60 * MINUTE),
      ...[3, 4, 5, 6].map((back) => lastDay - back * DAY + 3 * 60 * MINUTE)
    ]
    expect(times).toEqual(expected)
    for (const b of backups) await expectBackupChecksOut(b.id)
  })

  it('discards a backup whose copy does not read back as written, and reports it', async () => {
    const { handlers } = await seeded()
    // A disk that flips one byte of the workspace copy inside the backup being written.
    const flipping: BackupFs = {
      ...nodeBackupFs,
      createExclusive: async (path) => {
        const handle = await nodeBackupFs.createExclusive(path)
        if (!path.includes('.partial-') || !path.endsWith('workspace.json')) return handle
        return {
          ...handle,
          writeFile: (data) => {
            const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data)
            bytes[10] = (bytes[10] ?? 0) ^ 0x20
            return handle.writeFile(bytes)
          },
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      }
    }
    const faulty = service({ fs: flipping })
    const result = await dispatch(faulty.handlers, 'backups/create', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringMatching(/discarded.*workspace\.json/) } })
    expect(await backupFolders()).toEqual([])
    expect((await faulty.handlers['backups/list']({})).problem).toMatch(/discarded/)
    // A disk that behaves again: the backup is taken and the report goes.
    expect((await handlers['backups/create']({})).valid).toBe(true)
  })

  it('lists a backup damaged on disk afterwards as not restorable, and refuses to restore it', async () => {
    const { handlers } = await seeded()
    const created = await handlers['backups/create']({})
    const copy = join(dataDir, 'backups', created.id, 'workspace.json')
    await writeFile(copy, (await readFile(copy, 'utf8')).replace('Ottawa', 'Ottawb'))
    const [listed] = (await handlers['backups/list']({})).backups
    expect(listed).toMatchObject({ id: created.id, valid: false, problem: expect.stringMatching(/workspace\.json has changed/) })
    const before = await readFile(join(dataDir, 'workspace.json'), 'utf8')
    expect(await dispatch(handlers, 'backups/restore', { backupId: created.id })).toMatchObject({ ok: false, error: { code: 'unreadable-file' } })
    expect(await readFile(join(dataDir, 'workspace.json'), 'utf8')).toBe(before)
  })

  it('restores a backup: the data comes back in the running service, and the state before is kept as a backup', async () => {
    const { handlers, group, plan } = await seeded()
    const saved = await handlers['backups/create']({})
    time.set(T0 + 10 * MINUTE)
    await handlers['groups/update']({ groupId: group.id, group: { ...NEW_GROUP_DEFAULTS, name: 'Renamed by mistake' } })
    await handlers['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Added later' } })
    const after = await readFile(join(dataDir, 'workspace.json'), 'utf8')

    time.set(T0 + 20 * MINUTE)
    const restored = await handlers['backups/restore']({ backupId: saved.id })
    expect(restored.restored).toBe(saved.id)
    expect(restored.safetyBackupId).not.toBeNull()
    // The same service, without a restart, shows the backup's data.
    expect((await handlers['groups/list']({})).map((g) => g.name)).toEqual(['Ottawa MPC CoP'])
    expect((await handlers['sessions/get']({ sessionId: plan.id })).title).toBe('December')
    expect(await readFile(join(dataDir, 'workspace.json'), 'utf8')).toBe(await readFile(join(dataDir, 'backups', saved.id, 'workspace.json'), 'utf8'))
    // The data as it was just before the restore is a backup of its own, so the restore can be undone.
    const { backups } = await handlers['backups/list']({})
    const safety = backups.find((b) => b.id === restored.safetyBackupId)
    expect(safety).toMatchObject({ reason: 'before-restore', valid: true })
    expect(await readFile(join(dataDir, 'backups', safety!.id, 'workspace.json'), 'utf8')).toBe(after)
    // And it can be undone.
    await handlers['backups/restore']({ backupId: safety!.id })
    expect((await handlers['groups/list']({})).map((g) => g.name)).toEqual(['Renamed by mistake'])
  })

  it('lets saves already under way finish before a restore', async () => {
    const { handlers, group } = await seeded()
    const saved = await handlers['backups/create']({})
    const rename = handlers['groups/update']({ groupId: group.id, group: { ...NEW_GROUP_DEFAULTS, name: 'In flight' } })
    const restore = handlers['backups/restore']({ backupId: saved.id })
    await expect(rename).resolves.toMatchObject({ name: 'In flight' })
    const { safetyBackupId } = await restore
    // The save that was under way is in the before-restore backup, not lost.
    expect(await readFile(join(dataDir, 'backups', safetyBackupId!, 'workspace.json'), 'utf8')).toContain('In flight')
    expect((await handlers['groups/list']({}))[0]?.name).toBe('Ottawa MPC CoP')
  })

  it('refuses a backup id that is not one', async () => {
    const { handlers } = await seeded()
    for (const backupId of ['../workspace.json', '..', 'x'])
      expect(await dispatch(handlers, 'backups/restore', { backupId })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(handlers, 'backups/restore', { backupId: '2020-01-01T00-00-00-000Z' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('a file closed for a restore', () => {
  it('finishes the saves queued before, and refuses later ones instead of writing over the restored file', async () => {
    const path = join(dataDir, 'workspace.json')
    const store = await DocumentStore.open(path, WORKSPACE_KIND, { now: time.now }, emptyWorkspace)
    const queued = store.update((ws) => {
      ws.templates = []
    })
    await store.close()
    await expect(queued).resolves.toBeUndefined()
    const onDisk = await readFile(path, 'utf8')
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/restored a backup/) })
    expect(await readFile(path, 'utf8')).toBe(onDisk)
  })
})

describe('backups during a live session', () => {
  it('backs up every five minutes while live, skips when nothing changed, and once at the end', async () => {
    const { hearth, handlers, plan } = await seeded()
    const sessionId = plan.id
    const settle = () => hearth.backups.idle()
    await handlers['live/append']({ sessionId, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    expect(time.active()).toBe(1)
    // A heartbeat every minute repeats "live" without starting a second schedule.
    for (let minute = 1; minute <= 30; minute++) {
      await time.advance(MINUTE, settle)
      await handlers['live/heartbeat']({ sessionId, at: time.now().getTime() })
    }
    await settle()
    expect(time.active()).toBe(1)
    let { backups } = await handlers['backups/list']({})
    expect(backups.map((b) => [b.reason, Date.parse(b.takenAt) - T0])).toEqual(
      [5, 10, 15, 20, 25, 30].map((m) => ['live-interval', m * MINUTE]).reverse()
    )
    // Quiet minutes (no heartbeat, nothing saved): the tick at 35 takes the heartbeat sent just
    // after the one at 30; the ticks after it find nothing new.
    await time.advance(20 * MINUTE, settle)
    expect((await handlers['backups/list']({})).backups.map((b) => Date.parse(b.takenAt) - T0)[0]).toBe(35 * MINUTE)
    expect((await handlers['backups/list']({})).backups).toHaveLength(7)

    // The reply to "ended" comes once the end-of-session backup is on disk.
    await handlers['live/append']({ sessionId, event: { type: 'ended', at: time.now().getTime() } })
    expect(time.active()).toBe(0)
    backups = (await handlers['backups/list']({})).backups
    expect(backups[0]).toMatchObject({ reason: 'session-end', valid: true })
    const ended = JSON.parse(await readFile(join(dataDir, 'backups', backups[0]!.id, 'sessions', `${sessionId}.json`), 'utf8'))
    expect(ended.live.events.at(-1).type).toBe('ended')
    // After the end, time passes with no more backups.
    await time.advance(30 * MINUTE, settle)
    expect((await handlers['backups/list']({})).backups).toHaveLength(8)
    for (const b of backups) await expectBackupChecksOut(b.id)
  })
})

describe('closing the service', () => {
  it('waits for a backup under way, leaves no half-written folder, and takes no more', async () => {
    const { hearth, handlers, plan } = await seeded()
    await handlers['live/append']({ sessionId: plan.id, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    // The five-minute tick starts a backup; nothing waits for it before close() is called.
    await time.advance(5 * MINUTE, async () => undefined)
    await hearth.close()
    expect(time.active()).toBe(0)
    const folders = await backupFolders()
    expect(folders).toHaveLength(1)
    expect(folders[0]).not.toMatch(/^\.partial-/)
    await expectBackupChecksOut(folders[0]!)
    // The schedule is over: an hour passes with no other backup.
    await time.advance(60 * MINUTE, () => hearth.backups.idle())
    expect(await backupFolders()).toEqual(folders)
  })
})

describe('a workspace that could not be read', () => {
  it('is offered back from the newest valid backup, and restoring it brings the data back', async () => {
    const { handlers } = await seeded()
    const older = await handlers['backups/create']({})
    time.set(T0 + 5 * MINUTE)
    const newer = await handlers['backups/create']({}).catch(() => null)
    expect(newer).not.toBeNull()
    // The newest backup is damaged afterwards: the offer must skip it.
    time.set(T0 + 6 * MINUTE)
    await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Second group' } })
    const newest = await handlers['backups/create']({})
    await writeFile(join(dataDir, 'backups', newest.id, 'workspace.json'), '\0'.repeat(64))
    // Then the workspace itself is zero-filled, as after a power cut.
    await writeFile(join(dataDir, 'workspace.json'), '\0'.repeat(512))

    time.set(T0 + DAY)
    const restarted = service()
    const status = await restarted.handlers['app/status']({})
    const notice = status.notices.find((n) => n.kind === 'quarantined')
    expect(notice?.restore).toMatchObject({ id: newer!.id, valid: true })
    expect(older.id).not.toBe(newer!.id)
    expect(await restarted.handlers['groups/list']({})).toEqual([])

    await restarted.handlers['backups/restore']({ backupId: notice!.restore!.id })
    expect((await restarted.handlers['groups/list']({})).map((g) => g.name)).toEqual(['Ottawa MPC CoP'])
    // The unreadable file is still kept aside, but nothing is missing any more: no offer.
    const after = await restarted.handlers['app/status']({})
    expect(after.notices.some((n) => n.restore)).toBe(false)
    expect((await readdir(dataDir)).some((name) => name.startsWith('workspace.json.unreadable-'))).toBe(true)
  })

  it('offers nothing when no backup holds a good copy', async () => {
    await seeded()
    await writeFile(join(dataDir, 'workspace.json'), '')
    const status = await service().handlers['app/status']({})
    expect(status.notices.find((n) => n.kind === 'quarantined')).toBeDefined()
    expect(status.notices.some((n) => n.restore)).toBe(false)
  })
})
