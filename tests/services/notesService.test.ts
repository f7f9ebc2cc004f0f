import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService } from '../../electron/services/hearthService'
import { notesForExport } from '../../electron/services/notesHandlers'
import { createServiceContext } from '../../electron/services/serviceContext'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { EMPTY_ITEM_NOTES, EMPTY_NOTES, type Notes } from '../../src/core/notes/notesSchema'

let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
// A small scrypt cost keeps the suite fast; the production parameters are tested in crypto/.
const kdfParams = { N: 2 ** 10, r: 8, p: 1 }
const PASSPHRASE = 'correct horse battery staple'
let today = new Date('2026-12-08T20:00:00Z')

const options = () => ({ dataDir, now: () => today, newId, keys: passphraseKeyProvider({ dataDir, kdfParams }) })
const service = () => createHearthService(options())

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-notes-'))
  today = new Date('2026-12-08T20:00:00Z')
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function planned(handlers = service().handlers, scheduledStart = '2026-12-08T19:00') {
  const group = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP' } })
  const plan = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Dec', scheduledStart })
  const caseItem = plan.items.find((item) => item.title.startsWith('Case'))!
  return { handlers, group, plan, caseItem }
}

const SECRET = 'Samantha Okonkwo-Reyes, 14, plays for the Riverside Rockets'
const notesFor = (itemId: string, summary = SECRET): Notes => ({
  ...EMPTY_NOTES,
  items: { [itemId]: { ...EMPTY_ITEM_NOTES, summary, themes: ['parental pressure', 'Samantha’s dad'] } }
})

describe('confidential notes on disk', () => {
  it('asks for a passphrase first, then seals the notes so the session file holds no plaintext', async () => {
    const { handlers, plan, caseItem } = await planned()
    expect(await dispatch(handlers, 'notes/get', { sessionId: plan.id })).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await dispatch(handlers, 'notes/save', { sessionId: plan.id, notes: notesFor(caseItem.id) })).toMatchObject({
      ok: false,
      error: { code: 'locked' }
    })
    expect(await dispatch(handlers, 'keys/unlock', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await handlers['notes/exists']({ sessionId: plan.id })).toEqual({ exists: false })
    expect(await handlers['keys/unlock']({ passphrase: PASSPHRASE })).toEqual({ state: 'ready', protection: 'passphrase' })
    await handlers['notes/save']({ sessionId: plan.id, notes: notesFor(caseItem.id) })
    // Asked without the key: a restarted, locked Hearth still knows there are notes.
    expect(await service().handlers['notes/exists']({ sessionId: plan.id })).toEqual({ exists: true })

    const files = [join(dataDir, 'sessions', `${plan.id}.json`), join(dataDir, 'workspace.json'), join(dataDir, 'keys.json')]
    for (const path of files) {
      const raw = await readFile(path, 'utf8')
      for (const word of ['Samantha', 'Okonkwo', 'Riverside', 'Rockets']) expect(raw).not.toContain(word)
    }
    expect(JSON.parse(await readFile(files[0]!, 'utf8')).notes).toMatchObject({ alg: 'A256GCM' })
    expect((await handlers['notes/get']({ sessionId: plan.id })).notes).toEqual(notesFor(caseItem.id))
  })

  it('a restarted Hearth is locked until the passphrase is given again; a wrong one opens nothing', async () => {
    const { handlers, plan, caseItem } = await planned()
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    await handlers['notes/save']({ sessionId: plan.id, notes: notesFor(caseItem.id) })

    const restarted = service().handlers
    expect(await restarted['keys/status']({})).toEqual({ state: 'locked', reason: 'passphrase' })
    expect(await dispatch(restarted, 'notes/get', { sessionId: plan.id })).toMatchObject({ ok: false, error: { code: 'locked' } })
    const wrong = await dispatch(restarted, 'keys/unlock', { passphrase: 'incorrect horse battery' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    await restarted['keys/unlock']({ passphrase: PASSPHRASE })
    expect((await restarted['notes/get']({ sessionId: plan.id })).notes).toEqual(notesFor(caseItem.id))
  })

  it('notes moved from one session file into another do not open, and the error quotes nothing', async () => {
    const { handlers, group, plan, caseItem } = await planned()
    const other = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Jan', scheduledStart: '2027-01-12T19:00' })
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    await handlers['notes/save']({ sessionId: plan.id, notes: notesFor(caseItem.id) })
    const source = JSON.parse(await readFile(join(dataDir, 'sessions', `${plan.id}.json`), 'utf8'))
    const targetPath = join(dataDir, 'sessions', `${other.id}.json`)
    const target = JSON.parse(await readFile(targetPath, 'utf8'))
    await writeFile(targetPath, JSON.stringify({ ...target, notes: source.notes }))

    const fresh = service().handlers
    await fresh['keys/unlock']({ passphrase: PASSPHRASE })
    const result = await dispatch(fresh, 'notes/get', { sessionId: other.id })
    expect(result.ok).toBe(false)
    expect(JSON.stringify(result)).not.toMatch(/Samantha|Rockets/)
  })

  it('refuses notes for an agenda item that is not in the plan', async () => {
    const { handlers, plan } = await planned()
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    const result = await dispatch(handlers, 'notes/save', { sessionId: plan.id, notes: notesFor('item-not-in-plan') })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(JSON.stringify(result)).not.toContain('Samantha')
  })

  it('validation errors name the field, never the text typed into it', async () => {
    const { handlers, plan, caseItem } = await planned()
    const tooLong = `${SECRET} `.repeat(400)
    const result = await dispatch(handlers, 'notes/save', { sessionId: plan.id, notes: notesFor(caseItem.id, tooLong) })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('summary') } })
    expect(JSON.stringify(result)).not.toContain('Samantha')
  })
})

describe('the export gate and the group’s lists', () => {
  it('refuses an export while a flag is open, and lets it through once each is replaced, dismissed or confirmed', async () => {
    const { handlers, plan, caseItem, group } = await planned()
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    // A fresh context each time: the gate reads the file as saved, not a copy held in memory.
    const exportCheck = async () => {
      const context = createServiceContext(options())
      await context.options.keys!.unlock(PASSPHRASE)
      return notesForExport(context, plan.id)
    }
    await handlers['notes/save']({ sessionId: plan.id, notes: notesFor(caseItem.id, 'Hope met Sam, 14, after training.') })
    // Hope, Sam and 14 in the summary, Samantha in a theme.
    await expect(exportCheck()).rejects.toThrow(/4 possible identifiers/)

    // Replace Sam, drop the theme, confirm the age, and say Hope is not an identifier for this group.
    const resolved: Notes = {
      ...notesFor(caseItem.id, 'Hope met [CLIENT], 14, after training.'),
      items: { [caseItem.id]: { ...EMPTY_ITEM_NOTES, summary: 'Hope met [CLIENT], 14, after training.', themes: ['parental pressure'] } },
      decisions: [{ text: '14', decision: 'confirmed' }]
    }
    await handlers['notes/save']({ sessionId: plan.id, notes: resolved })
    await expect(exportCheck()).rejects.toThrow(/1 possible identifier /)
    await handlers['notes/safe-list-add']({ groupId: group.id, text: 'Hope' })
    await expect(notesForExport(createServiceContext(options()), plan.id)).rejects.toMatchObject({ code: 'locked' })
    await expect(exportCheck()).resolves.toEqual(resolved)
  })

  it('offers de-identified themes to later sessions, and never a theme that holds a name', async () => {
    const { handlers, plan, caseItem, group } = await planned()
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    await handlers['notes/save']({ sessionId: plan.id, notes: notesFor(caseItem.id) })
    expect((await handlers['groups/get']({ groupId: group.id })).group.themes).toEqual(['parental pressure'])
    expect(await readFile(join(dataDir, 'workspace.json'), 'utf8')).not.toContain('Samantha')
  })

  it('reads theme tags in the app’s language (French tags are not names) and never offers a stand-in as a theme', async () => {
    const { handlers, plan, caseItem, group } = await planned()
    await handlers['settings/update']({ settings: { ...(await handlers['settings/get']({})), locale: 'fr-CA' } })
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    const themes = ['pression parentale', 'anxiété précompétitive', 'Personne A', '[CLIENT]', 'Julie Tremblay']
    const notes: Notes = {
      ...notesFor(caseItem.id, 'Personne A, [AGE], nage en compétition depuis trois ans et elle est très anxieuse avant les courses.'),
      items: { [caseItem.id]: { ...EMPTY_ITEM_NOTES, summary: 'Personne A, [AGE], nage en compétition depuis trois ans et elle est très anxieuse avant les courses.', themes } },
      pseudonyms: [{ text: 'Léa', kind: 'PERSON', pseudonym: 'Personne A' }]
    }
    await handlers['notes/save']({ sessionId: plan.id, notes })
    expect((await handlers['groups/get']({ groupId: group.id })).group.themes).toEqual(['pression parentale', 'anxiété précompétitive'])
    // The export check reads the tags the same way: only the name in a tag is left to settle.
    const context = createServiceContext(options())
    await context.options.keys!.unlock(PASSPHRASE)
    await expect(notesForExport(context, plan.id)).rejects.toThrow(/still hold 1 possible identifier /)
  })
})

describe('retention', () => {
  it('deletes notes past the group’s retention period at the next start, and keeps newer ones', async () => {
    const { handlers, group, plan: old, caseItem } = await planned(undefined, '2026-03-10T19:00')
    const recent = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Recent', scheduledStart: '2026-11-10T19:00' })
    const recentCase = recent.items.find((item) => item.title.startsWith('Case'))!
    await handlers['keys/unlock']({ passphrase: PASSPHRASE })
    await handlers['notes/save']({ sessionId: old.id, notes: notesFor(caseItem.id) })
    await handlers['notes/save']({ sessionId: recent.id, notes: notesFor(recentCase.id) })
    const { group: detail } = await handlers['groups/get']({ groupId: group.id })
    const { id: _id, createdAt: _c, updatedAt: _u, safeList: _s, themes: _t, ...input } = detail
    await handlers['groups/update']({ groupId: group.id, group: { ...input, notesRetentionMonths: 6 } })

    const restarted = service().handlers
    await restarted['app/status']({})
    const sessionFile = async (id: string) => JSON.parse(await readFile(join(dataDir, 'sessions', `${id}.json`), 'utf8'))
    expect((await sessionFile(old.id)).notes).toBeNull()
    expect((await sessionFile(old.id)).plan.title).toBe('Dec')
    expect((await sessionFile(recent.id)).notes).not.toBeNull()
    expect((await readdir(join(dataDir, 'sessions'))).filter((f) => f.includes('.tmp'))).toEqual([])
  })
})
