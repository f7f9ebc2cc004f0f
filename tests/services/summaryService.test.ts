import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService } from '../../electron/services/hearthService'
import { createSample } from '../../electron/services/sample/sampleSession'
import { dispatch } from '../../src/core/api/dispatch'
import { readDocx } from './exports/readDocx'

let dataDir: string
let outDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const TODAY = new Date('2026-12-20T10:00:00')
const PASSPHRASE = 'summary test passphrase'

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-summary-'))
  outDir = await mkdtemp(join(tmpdir(), 'hearth-summary-out-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

async function sample() {
  const keys = passphraseKeyProvider({ dataDir, kdfParams: { N: 2 ** 10, r: 8, p: 1 } })
  const { handlers } = createHearthService({ dataDir, now: () => TODAY, newId, keys, hooks: { chooseDestination: async () => join(outDir, 'summary.docx') } })
  await handlers['app/status']({})
  await handlers['keys/unlock']({ passphrase: PASSPHRASE })
  return { handlers, ...(await createSample(handlers, TODAY, 'en-US')) }
}

describe('the session summary', () => {
  it('is refused while a note holds an unresolved identifier, and saved once it is resolved', async () => {
    const { handlers, sessionIds } = await sample()
    const sessionId = sessionIds[0]
    const { notes } = await handlers['notes/get']({ sessionId })
    const [itemId, item] = Object.entries(notes.items)[0]!
    const leaky = { ...notes, items: { [itemId]: { ...item, reflections: 'Marguerite Okafor’s coach called on Tuesday.' } } }
    await handlers['notes/save']({ sessionId, notes: leaky })

    expect(await dispatch(handlers, 'summary/export', { sessionId })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/possible identifier/) } })
    expect(await dispatch(handlers, 'summary/preview', { sessionId })).toMatchObject({ ok: false })

    await handlers['notes/save']({ sessionId, notes: { ...leaky, items: { [itemId]: { ...item, reflections: '[CLIENT]’s coach called on [DATE].' } } } })
    expect(await handlers['summary/export']({ sessionId })).toEqual({ cancelled: false, files: [join(outDir, 'summary.docx')], duplicates: 0 })
    const doc = readDocx(await readFile(join(outDir, 'summary.docx')))
    for (const expected of ['Session 1: Pre-competition anxiety', 'Attendance', 'Agenda and timing', 'Consultancy', 'rebalanced', 'pre-competition anxiety', 'Person A, [AGE]', 'Actions', 'Share the pre-performance routine template', 'Priya Nair', 'self-evaluation', '4 out of 5', 'Amélie Tremblay', 'Which one routine will you try'])
      expect(doc.text).toContain(expected)
    expect(doc.text).not.toContain('Marguerite')
    // Talk time stays out unless the group opted in.
    expect(doc.text).not.toMatch(/talk time/i)
  })

  it('shows planned against actual minutes, the overrun and the rebalance', async () => {
    const { handlers, sessionIds } = await sample()
    const summary = await handlers['summary/preview']({ sessionId: sessionIds[0] })
    const checkIn = summary.agenda.find((a) => a.title === 'Check-in round')!
    expect(checkIn).toMatchObject({ plannedMinutes: 10, actualMinutes: 14 })
    expect(summary.timing).toMatchObject({ plannedMinutes: 90, actualMinutes: 90, rebalances: 1 })
    expect(summary.agenda.find((a) => a.protocol?.startsWith('Consultancy'))).toBeTruthy()
    expect(summary.attendance.present.map((p) => p.name)).toContain('Jonah Whitford')
    expect(summary.facilitator).toBe('Dr. Maya Fortier')
    expect(summary.noteTaker).toBe('Owen Hughes')
  })
})

describe('continuity', () => {
  it('plans the next session on the agreed date with the open actions carried into its follow-up item', async () => {
    const { handlers, sessionIds, memberIds } = await sample()
    const next = await handlers['sessions/plan-next']({ sessionId: sessionIds[0] })
    expect(next.scheduledStart).toBe((await handlers['sessions/get']({ sessionId: sessionIds[1] })).scheduledStart)
    const followUp = next.items.find((i) => /follow/i.test(i.title))!
    expect(followUp.prompt).toMatch(/2 open actions carried forward/)
    const carried = (await handlers['notes/get']({ sessionId: next.id })).notes.items[followUp.id]!.actions
    expect(carried.map((a) => a.text)).toEqual(['Share the pre-performance routine template with the group', 'Try a cue word and a fixed warm-up order with Person A'])
    // Carried inside the sealed notes: the plan file names no action.
    expect(await readFile(join(dataDir, 'sessions', `${next.id}.json`), 'utf8')).not.toContain('pre-performance routine template')
    expect((await handlers['closing/get']({ sessionId: next.id })).closing.facilitatorId).toBe(memberIds['Amélie Tremblay'])
  })

  it('suggests the member who facilitated least recently', async () => {
    const { handlers, sessionIds, memberIds } = await sample()
    const view = await handlers['closing/get']({ sessionId: sessionIds[0] })
    expect(view.suggestedFacilitatorId).not.toBe(memberIds['Dr. Maya Fortier'])
    expect(view.suggestedFacilitatorId).toBe(memberIds['Amélie Tremblay'])
  })

  it('the cycle dashboard counts sessions held, attendance rate and CPD hours per member', async () => {
    const { handlers, groupId } = await sample()
    const cycle = await handlers['groups/cycle']({ groupId, from: '2026-06-20', to: '2026-12-20' })
    expect(cycle.sessionsHeld).toBe(2)
    const member = (name: string) => cycle.members.find((m) => m.name === name)!
    expect(member('Amélie Tremblay')).toMatchObject({ attended: 2, ratePercent: 100, cpdHours: '2.5' })
    expect(member('Jonah Whitford')).toMatchObject({ attended: 1, ratePercent: 50 })
    expect(member('Owen Hughes')).toMatchObject({ attended: 2, ratePercent: 100, cpdHours: '1.25' })
    expect(cycle).toMatchObject({ memberCount: 5, activeMembers: 5, guestVisits: 1, averageAttendancePercent: 90 })
  })
})

describe('the thread of open actions', () => {
  it('lists each open action once across sessions, even when carried forward, and needs the notes key', async () => {
    const { handlers, groupId, sessionIds } = await sample()
    await handlers['sessions/plan-next']({ sessionId: sessionIds[0] })
    const { actions } = await handlers['groups/open-actions']({ groupId })
    expect(actions.map((a) => [a.text, a.owner])).toEqual([
      ['Share the pre-performance routine template with the group', 'Priya Nair'],
      ['Try a cue word and a fixed warm-up order with Person A', 'Amélie Tremblay']
    ])
    const locked = createHearthService({ dataDir, now: () => TODAY, newId, keys: passphraseKeyProvider({ dataDir }) }).handlers
    expect(await dispatch(locked, 'groups/open-actions', { groupId })).toMatchObject({ ok: false, error: { code: 'locked' } })
  })
})
