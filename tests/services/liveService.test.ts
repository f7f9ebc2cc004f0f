import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHearthService, type ServiceHooks } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { MINUTE, currentItem, replay } from '../../src/core/live/clock'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { DEFAULT_SETTINGS } from '../../src/core/storage/workspaceDocument'

let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const T0 = Date.UTC(2026, 11, 8, 0, 0)
const service = (hooks?: ServiceHooks) => createHearthService({ dataDir, now: () => new Date(T0), newId, hooks })

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-live-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function planned(hooks?: ServiceHooks) {
  const { handlers } = service(hooks)
  const group = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP', confidentialityStatement: 'Stays here.' } })
  const plan = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Dec', scheduledStart: '2026-12-08T19:00' })
  return { handlers, group, plan }
}

describe('the live log on disk', () => {
  it('appends each event durably, refuses nonsense, and a restarted service replays to the same state', async () => {
    const statuses: string[] = []
    const { handlers, plan } = await planned({ onLiveStatus: (_id, status) => statuses.push(status) })
    const sessionId = plan.id
    await handlers['live/append']({ sessionId, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    await handlers['live/append']({ sessionId, event: { type: 'paused', at: T0 + 2 * MINUTE } })
    expect(await dispatch(handlers, 'live/append', { sessionId, event: { type: 'paused', at: T0 + 3 * MINUTE } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The session is not running, so it cannot be paused.' }
    })
    expect(await dispatch(handlers, 'live/append', { sessionId, event: { type: 'resumed', at: T0 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/older than the last one/) }
    })
    await handlers['live/append']({ sessionId, event: { type: 'resumed', at: T0 + 4 * MINUTE } })
    expect(statuses).toEqual(['live'])

    const file = JSON.parse(await readFile(join(dataDir, 'sessions', `${sessionId}.json`), 'utf8'))
    expect(file.live.events.map((e: { type: string }) => e.type)).toEqual(['started', 'paused', 'resumed'])
    expect((JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8'))).sessions[0].status).toBe('live')

    const snapshot = await service().handlers['live/get']({ sessionId })
    expect(snapshot).toMatchObject({ groupName: 'Peer CoP', confidentialityStatement: 'Stays here.', lastSeenAt: T0 + 4 * MINUTE })
    const state = replay(snapshot.plan.items, snapshot.events, T0 + 6 * MINUTE)
    expect(currentItem(state)?.remainingMs).toBe(5 * MINUTE - 4 * MINUTE)
  })

  it('locks the plan once the session has started', async () => {
    const { handlers, plan } = await planned()
    await handlers['live/append']({ sessionId: plan.id, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    const { id: _i, groupId: _g, createdAt: _c, updatedAt: _u, ...input } = plan
    expect(await dispatch(handlers, 'sessions/update-plan', { sessionId: plan.id, plan: input })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/has started/) }
    })
  })

  it('keeps the display awake on heartbeats only while the session is live', async () => {
    const statuses: string[] = []
    const { handlers, plan } = await planned({ onLiveStatus: (_id, status) => statuses.push(status) })
    await handlers['live/heartbeat']({ sessionId: plan.id, at: T0 })
    await handlers['live/append']({ sessionId: plan.id, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    await handlers['live/heartbeat']({ sessionId: plan.id, at: T0 + 1000 })
    await handlers['live/append']({ sessionId: plan.id, event: { type: 'ended', at: T0 + 2000 } })
    await handlers['live/heartbeat']({ sessionId: plan.id, at: T0 + 3000 })
    expect(statuses).toEqual(['live', 'live', 'ended'])
  })

  it('keeps the last heartbeat so a reopened screen can say how long Hearth was away', async () => {
    const { handlers, plan } = await planned()
    await handlers['live/append']({ sessionId: plan.id, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    await handlers['live/heartbeat']({ sessionId: plan.id, at: T0 + 10 * MINUTE })
    await handlers['live/heartbeat']({ sessionId: plan.id, at: T0 + 9 * MINUTE })
    expect((await service().handlers['live/get']({ sessionId: plan.id })).lastSeenAt).toBe(T0 + 10 * MINUTE)
  })

  it('offers a share link where no window can be opened, and a window where the shell can', async () => {
    const { handlers, plan } = await planned()
    expect(await handlers['share/open']({ sessionId: plan.id, alwaysOnTop: true })).toEqual({ opened: 'link', href: `#/share/${plan.id}` })
    const opened: unknown[] = []
    const shell = service({ openShareWindow: async (...args) => void opened.push(args) })
    expect(await shell.handlers['share/open']({ sessionId: plan.id, alwaysOnTop: true })).toEqual({ opened: 'window' })
    expect(opened).toEqual([[plan.id, true]])
  })
})

describe('templates and settings', () => {
  it('saves a plan as a group template and plans the next session from it', async () => {
    const { handlers, group, plan } = await planned()
    const { id: _i, groupId: _g, createdAt: _c, updatedAt: _u, ...input } = plan
    await handlers['sessions/update-plan']({ sessionId: plan.id, plan: { ...input, items: input.items.slice(0, 3).map((item) => ({ ...item, minutes: 30 })) } })
    const template = await handlers['templates/save-from-plan']({ sessionId: plan.id, name: 'Three blocks' })
    expect(template.items.map((i) => i.minutes)).toEqual([30, 30, 30])
    expect(await handlers['templates/list']({ groupId: group.id })).toHaveLength(1)
    const next = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Jan', scheduledStart: '2027-01-12T19:00', templateId: template.id })
    expect(next.items.map((i) => [i.title, i.minutes])).toEqual(template.items.map((i) => [i.title, i.minutes]))
    expect(new Set(next.items.map((i) => i.id)).size).toBe(3)
    expect(next.items.some((i) => plan.items.some((p) => p.id === i.id))).toBe(false)
  })

  it('keeps settings and tells the shell about them', async () => {
    const seen: unknown[] = []
    const { handlers } = service({ onSettings: (s) => seen.push(s) })
    expect(await handlers['settings/get']({})).toEqual(DEFAULT_SETTINGS)
    const changed = { ...DEFAULT_SETTINGS, chimesMuted: true, globalShortcuts: { ...DEFAULT_SETTINGS.globalShortcuts, next: 'F8' } }
    await handlers['settings/update']({ settings: changed })
    expect(seen).toEqual([changed])
    expect(await service().handlers['settings/get']({})).toEqual(changed)
    expect(await dispatch(handlers, 'settings/update', { settings: { ...changed, chimeVolume: 3 } })).toMatchObject({ ok: false })
  })
})

describe('protocols and talk time', () => {
  it('lets a group edit a built-in protocol as its own versioned copy, and a session keeps the version it ran', async () => {
    const { handlers, group, plan } = await planned()
    const library = await handlers['protocols/list']({ groupId: group.id })
    const consultancy = library.find((p) => p.id === 'consultancy')!
    expect(consultancy.version).toBe(1)
    const edited = await handlers['protocols/save']({
      groupId: group.id,
      protocol: { ...consultancy, phases: consultancy.phases.map((p) => (p.key === 'discussion' ? { ...p, minutes: 20 } : p)) }
    })
    expect(edited.version).toBe(2)
    expect((await handlers['protocols/list']({ groupId: group.id })).filter((p) => p.id === 'consultancy')).toHaveLength(1)

    const { id: _i, groupId: _g, createdAt: _c, updatedAt: _u, ...input } = plan
    const items = input.items.map((item, i) => (i === 3 ? { ...item, protocol: { id: 'consultancy', version: 2, includeOptional: false } } : item))
    await handlers['sessions/update-plan']({ sessionId: plan.id, plan: { ...input, items } })
    await handlers['live/append']({ sessionId: plan.id, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
    await handlers['protocols/save']({ groupId: group.id, protocol: { ...edited, name: 'Consultancy, edited again' } })
    const snapshot = await handlers['live/get']({ sessionId: plan.id })
    expect(snapshot.protocols.map((p) => p.id).sort()).toEqual(['check-in-round', 'consultancy', 'troika'])
    const ran = snapshot.protocols.find((p) => p.id === 'consultancy')
    expect([ran?.version, ran?.name, ran?.phases.find((ph) => ph.key === 'discussion')?.minutes]).toEqual([2, 'Consultancy', 20])
    expect(snapshot.people).toEqual([])
  })

  it('adds talk time up across the cycle’s sessions', async () => {
    const { handlers, group, plan } = await planned()
    const a = await handlers['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Ana' } })
    const b = await handlers['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Ben' } })
    const second = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Jan', scheduledStart: '2027-01-12T19:00' })
    for (const [sessionId, aMinutes] of [[plan.id, 3], [second.id, 5]] as const) {
      await handlers['live/append']({ sessionId, event: { type: 'started', at: T0, endAt: T0 + 90 * MINUTE } })
      await handlers['live/append']({ sessionId, event: { type: 'speaker-set', at: T0, personId: a.id } })
      await handlers['live/append']({ sessionId, event: { type: 'speaker-set', at: T0 + aMinutes * MINUTE, personId: b.id } })
      await handlers['live/append']({ sessionId, event: { type: 'ended', at: T0 + (aMinutes + 2) * MINUTE } })
    }
    const cycle = await handlers['talk/cycle']({ groupId: group.id, from: '2026-12-01T00:00', to: '2027-05-31T23:59' })
    expect(cycle.sessions).toBe(2)
    expect(cycle.people.map((p) => [p.name, p.talkMs / MINUTE, Math.round(p.sharePercent)])).toEqual([
      ['Ana', 8, 67],
      ['Ben', 4, 33]
    ])
  })
})
