import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHearthService } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { SESSION_VERSION } from '../../src/core/storage/sessionDocument'

let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const now = () => new Date('2026-11-22T15:00:00.000Z')
const service = () => createHearthService({ dataDir, now, newId })

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-service-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function seed() {
  const { handlers } = service()
  const group = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Ottawa MPC CoP', maxSize: 3 } })
  for (const name of ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair'])
    await handlers['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'December', scheduledStart: '2026-12-08T19:00' })
  return { handlers, group, plan }
}

describe('the Hearth service', () => {
  it('keeps groups, members and plans across a restart', async () => {
    const { group, plan } = await seed()
    const { handlers } = service()
    const detail = await handlers['groups/get']({ groupId: group.id })
    expect(detail.members.map((m) => m.name)).toEqual(['Amélie Tremblay', 'Owen Hughes', 'Priya Nair'])
    expect(detail.sessions).toEqual([{ id: plan.id, groupId: group.id, title: 'December', scheduledStart: '2026-12-08T19:00', status: 'planned' }])
    const reread = await handlers['sessions/get']({ sessionId: plan.id })
    expect(reread.items.map((i) => i.minutes).reduce((a, b) => a + b, 0)).toBe(90)
    expect(reread.items).toHaveLength(8)
    expect((await handlers['groups/list']({}))[0]).toMatchObject({ name: 'Ottawa MPC CoP', memberCount: 3 })
  })

  it('plans from the template with the group’s own session length', async () => {
    const { handlers } = service()
    const group = await handlers['groups/create']({
      group: { ...NEW_GROUP_DEFAULTS, name: 'Two-hour group', rhythm: { frequency: 'monthly', durationMinutes: 120, detail: '' } }
    })
    const plan = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Jan', scheduledStart: '2027-01-12T19:00' })
    expect(plan.plannedMinutes).toBe(120)
  })

  it('stores each session in its own file and leaves the workspace alone on an item edit', async () => {
    const { handlers, plan } = await seed()
    const workspacePath = join(dataDir, 'workspace.json')
    const before = await readFile(workspacePath, 'utf8')
    const beforeMtime = (await stat(workspacePath)).mtimeMs
    const reordered = [...plan.items].reverse().map((item, i) => (i === 0 ? { ...item, minutes: 7, protected: true } : item))
    const { id: _id, groupId: _g, createdAt: _c, updatedAt: _u, ...input } = plan
    await handlers['sessions/update-plan']({ sessionId: plan.id, plan: { ...input, items: reordered } })
    expect(await readFile(workspacePath, 'utf8')).toBe(before)
    expect((await stat(workspacePath)).mtimeMs).toBe(beforeMtime)
    const file = JSON.parse(await readFile(join(dataDir, 'sessions', `${plan.id}.json`), 'utf8'))
    expect(file).toMatchObject({ format: 'hearth-session', schemaVersion: SESSION_VERSION, live: { events: [], lastSeenAt: null }, notes: null, closing: expect.any(Object) })
    expect(file.plan.items.map((i: { id: string }) => i.id)).toEqual(reordered.map((i) => i.id))
    expect(file.plan.items[0]).toMatchObject({ minutes: 7, protected: true })

    await handlers['sessions/update-plan']({ sessionId: plan.id, plan: { ...input, title: 'December — renamed', items: reordered } })
    expect(JSON.parse(await readFile(workspacePath, 'utf8')).sessions[0].title).toBe('December — renamed')
  })

  it('refuses a full closed group, suggesting what to do, but admits guests', async () => {
    const { handlers, group } = await seed()
    await expect(handlers['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Fourth' } })).rejects.toMatchObject({
      message: expect.stringMatching(/is full \(3 members\).*as a guest/)
    })
    await handlers['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Visitor', role: 'guest' } })
    expect((await handlers['groups/get']({ groupId: group.id })).members).toHaveLength(4)
  })

  it('answers unknown ids with not-found, through the same dispatcher the shell uses', async () => {
    const { handlers } = await seed()
    expect(await dispatch(handlers, 'groups/get', { groupId: 'abcdefgh-missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await dispatch(handlers, 'members/remove', { memberId: 'abcdefgh-missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await dispatch(handlers, 'sessions/get', { sessionId: 'abcdefgh-missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('updates and removes members', async () => {
    const { handlers, group } = await seed()
    const [first] = (await handlers['groups/get']({ groupId: group.id })).members
    if (!first) throw new Error('seed made no members')
    await handlers['members/update']({ memberId: first.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Amélie Tremblay', role: 'facilitator', professionalBody: 'CSPA', registrationNumber: '1042' } })
    await handlers['members/remove']({ memberId: first.id })
    const members = (await service().handlers['groups/get']({ groupId: group.id })).members
    expect(members.map((m) => m.name)).toEqual(['Owen Hughes', 'Priya Nair'])
  })

  it('reports a corrupt workspace at start-up, keeps it aside, and carries on', async () => {
    await writeFile(join(dataDir, 'workspace.json'), '\0\0\0\0\0\0')
    const { handlers } = service()
    const status = await handlers['app/status']({})
    expect(status.notices).toHaveLength(1)
    expect(status.notices[0]?.kind).toBe('quarantined')
    expect(status.notices[0]?.message).toMatch(/not valid JSON.*kept it untouched as .*workspace\.json\.unreadable-/)
    expect((await readdir(dataDir)).sort()).toEqual(['sessions', 'workspace.json.unreadable-2026-11-22T15-00-00-000Z'])
    // Next start: the workspace is simply new, but the kept-aside file is still reported.
    const later = await service().handlers['app/status']({})
    expect(later.notices).toEqual([
      { kind: 'quarantined', message: expect.stringMatching(/A file Hearth could not read is kept aside in the data folder \(workspace\.json\.unreadable-/) }
    ])
  })

  it('says a session file is unreadable instead of silently losing the plan', async () => {
    const { handlers, plan } = await seed()
    await writeFile(join(dataDir, 'sessions', `${plan.id}.json`), '{"format":"hearth-session"')
    const fresh = service()
    const result = await dispatch(fresh.handlers, 'sessions/get', { sessionId: plan.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable-file', message: expect.stringMatching(/kept it untouched/) } })
    expect(await dispatch(handlers, 'groups/get', { groupId: (await handlers['groups/list']({}))[0]?.id })).toMatchObject({ ok: true })
  })

  it('opens a newer workspace read-only and refuses every change', async () => {
    await writeFile(join(dataDir, 'workspace.json'), JSON.stringify({ format: 'hearth-workspace', schemaVersion: 99, groups: [] }))
    const { handlers } = service()
    expect(await handlers['app/status']({})).toMatchObject({ readOnly: true, notices: [{ kind: 'read-only' }] })
    const result = await dispatch(handlers, 'groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: 'x' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } })
    expect(JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).schemaVersion).toBe(99)
  })
})
