import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService } from '../../electron/services/hearthService'
import type { LocaleSetting } from '../../src/core/model/locale'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'

// The built-in protocols, the default template and the sample are written in the language in
// force when they are offered or created; what is stored then is the facilitator's and is never
// rewritten when the language changes. Real services on a real temp folder.

let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const TODAY = new Date('2026-12-20T12:00:00.000Z')

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-fr-builtins-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function open() {
  const keys = passphraseKeyProvider({ dataDir, kdfParams: { N: 2 ** 10, r: 8, p: 1 } })
  const { handlers } = createHearthService({ dataDir, now: () => TODAY, newId, keys, systemLanguages: ['en-CA'] })
  await handlers['app/status']({})
  await handlers['keys/unlock']({ passphrase: 'correct horse battery staple' })
  const setLocale = async (locale: LocaleSetting) => handlers['settings/update']({ settings: { ...(await handlers['settings/get']({})), locale } })
  return { handlers, setLocale }
}

describe('built-ins in the language in force', () => {
  it('fr-CA: the sample group, its plans, protocols, closing and notes are written in French, and stay French after switching to English', async () => {
    const { handlers, setLocale } = await open()
    await setLocale('fr-CA')
    const { groupId, sessionId } = await handlers['app/load-sample']({})

    const group = await handlers['groups/get']({ groupId })
    expect(group).toMatchObject({ group: { name: 'Exemple\u00a0: CdP en performance mentale', cpd: { provider: { name: 'Collectif Aurores boréales en performance' } } } })
    const plan = await handlers['sessions/get']({ sessionId })
    expect(plan.title).toBe('Séance 2\u00a0: retour au jeu après une blessure')
    expect(plan.items.map((i) => i.title)).toContain('Cas 1\u00a0: protocole de consultation')
    expect(plan.reflectionPrompt).toMatch(/^Qu’avez-vous essayé ce mois-ci/)
    // The sample session ran: its protocols were kept, in French, when it started.
    const live = await handlers['live/get']({ sessionId })
    expect(live.protocols.map((p) => p.name).sort()).toEqual(['Consultation en trio (Troika)', 'Protocole de consultation', 'Tour de table d’ouverture ou de clôture'])
    expect(live.protocols.find((p) => p.id === 'consultancy')?.phases[0]?.title).toBe('Survol et question centrale')
    const sessions = (await handlers['groups/get']({ groupId })).sessions
    const firstId = sessions.find((s) => s.id !== sessionId)!.id
    const notes = await handlers['notes/get']({ sessionId: firstId })
    const caseNotes = Object.values(notes.notes.items)[0]
    expect(caseNotes?.themes).toEqual(['anxiété avant la compétition', 'pression des parents', 'routine préperformance'])
    expect(caseNotes?.summary).toMatch(/^Personne A, \[AGE\], nageuse de compétition/)
    expect((await handlers['closing/get']({ sessionId: firstId })).closing.selfEvaluation.comment).toMatch(/^Le tour de table d’ouverture a débordé/)
    expect((await handlers['templates/default']({})).items[0]?.title).toBe('Accueil, règles et rappel de confidentialité')
    expect((await handlers['protocols/list']({ groupId })).map((p) => p.name)).toContain('Protocole d’harmonisation')

    // The facilitator switches to English: stored words stay, what is offered from now on is English.
    await setLocale('en-CA')
    expect((await handlers['sessions/get']({ sessionId })).items.map((i) => i.title)).toContain('Cas 1\u00a0: protocole de consultation')
    expect((await handlers['live/get']({ sessionId })).protocols.map((p) => p.name)).toContain('Protocole de consultation')
    expect((await handlers['groups/get']({ groupId })).group.name).toBe('Exemple\u00a0: CdP en performance mentale')
    expect((await handlers['protocols/list']({ groupId })).map((p) => p.name)).toContain('Tuning')
    expect((await handlers['templates/default']({})).items[0]?.title).toBe('Arrival, norms and confidentiality reminder')
    const planned = await handlers['sessions/plan-from-template']({ groupId, title: 'Janvier', scheduledStart: '2027-01-19T19:00' })
    expect(planned.items[3]?.title).toBe('Case 1: Consultancy protocol')
    // A session not started yet shows the built-ins in the language now.
    expect((await handlers['live/get']({ sessionId: planned.id })).protocols.map((p) => p.name)).toContain('Consultancy')
  })

  it('a group’s own copy of a built-in keeps its words in every language; the other built-ins follow the language', async () => {
    const { handlers, setLocale } = await open()
    await setLocale('fr-CA')
    const group = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Cercle' } })
    const tuning = (await handlers['protocols/list']({ groupId: group.id })).find((p) => p.id === 'tuning')!
    await handlers['protocols/save']({ groupId: group.id, protocol: { ...tuning, summary: 'Notre version, en français.' } })
    await setLocale('en-GB')
    const library = await handlers['protocols/list']({ groupId: group.id })
    expect(library.find((p) => p.id === 'tuning')).toMatchObject({ name: 'Protocole d’harmonisation', summary: 'Notre version, en français.', version: 2 })
    expect(library.find((p) => p.id === 'balint')?.name).toBe('Balint group')
  })
})

describe('a new group’s CPD credit types', () => {
  it('are written in the language in force when the group is created, and stay the group’s own after the language changes', async () => {
    const { handlers, setLocale } = await open()
    await setLocale('fr-CA')
    const cercle = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Cercle' } })
    const frenchLabels = ['Compétences clés', 'Développement des ressources', 'Formation continue structurée', 'Formation continue CMPC']
    expect(cercle.cpd.creditTypes.map((c) => c.label)).toEqual(frenchLabels)

    await setLocale('en-GB')
    const circle = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Circle' } })
    expect(circle.cpd.creditTypes.map((c) => c.label)).toEqual(['Core Competencies', 'Resource Development', 'Structured CPD', 'CMPC continuing education'])
    // Read back from disk through a fresh service: the French group kept its French list.
    const reopened = await open()
    const stored = await reopened.handlers['groups/get']({ groupId: cercle.id })
    expect(stored.group.cpd.creditTypes.map((c) => c.label)).toEqual(frenchLabels)
    expect(stored.group.cpd.creditTypes.map((c) => c.body)).toEqual(['ICF', 'ICF', 'BPS/HCPC', 'AASP/CSPA'])
  })
})

describe('the sample in English', () => {
  it('is the English sample it always was', async () => {
    const { handlers } = await open()
    const { groupId, sessionId } = await handlers['app/load-sample']({})
    expect((await handlers['groups/get']({ groupId })).group.name).toBe('Sample: Mental Performance CoP')
    expect((await handlers['sessions/get']({ sessionId })).title).toBe('Session 2: Return to play after injury')
    expect((await handlers['live/get']({ sessionId })).protocols.map((p) => p.name)).toContain('Consultancy')
  })
})
