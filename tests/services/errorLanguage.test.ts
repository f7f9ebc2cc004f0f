import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import type { LocaleSetting } from '../../src/core/model/locale'
import { switchableFaultFs } from '../support/faultFs'

// The errors the facilitator reads come back in the language of the settings, through dispatch,
// the boundary both transports call: real files in a temp folder, a real failing disk.

const NBSP = '\u00a0'
let dataDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
const now = () => new Date('2026-11-22T10:00:00.000Z')

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-errlang-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

function open(systemLanguages: readonly string[] = ['en-CA']) {
  const faults = switchableFaultFs()
  const service = createHearthService({ dataDir, now, newId, fs: faults.fs, platform: 'linux', systemLanguages, keys: passphraseKeyProvider({ dataDir, kdfParams: { N: 2 ** 10, r: 8, p: 1 } }) })
  const call = (channel: string, payload: unknown) => dispatch(service.handlers, channel, payload, () => {}, service.errorWords)
  const setLocale = async (locale: LocaleSetting) => {
    const settings = await service.handlers['settings/get']({})
    expect(await call('settings/update', { settings: { ...settings, locale } })).toMatchObject({ ok: true })
  }
  return { faults, call, setLocale }
}

async function groupAndSession(call: ReturnType<typeof open>['call']) {
  const group = await call('groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: 'Cercle' } })
  if (!group.ok) throw new Error(group.error.message)
  const groupId = (group.data as { id: string }).id
  const session = await call('sessions/plan-from-template', { groupId, title: 'Décembre', scheduledStart: '2026-12-08T19:00' })
  if (!session.ok) throw new Error(session.error.message)
  return { groupId, sessionId: (session.data as { id: string }).id }
}

describe('service errors in the app’s language', () => {
  it('fr-CA: a full disk, a missing group, locked notes and a bad request are said in French; back to English at once', async () => {
    const { faults, call, setLocale } = open()
    const { groupId, sessionId } = await groupAndSession(call)
    await setLocale('fr-CA')

    faults.fail('ENOSPC', 'write')
    const full = await call('groups/update', { groupId, group: { ...NEW_GROUP_DEFAULTS, name: 'Après' } })
    expect(full).toEqual({
      ok: false,
      error: { code: 'write-failed', message: `Le fichier de l’espace de travail n’a pas été enregistré${NBSP}: le disque est plein (ENOSPC). La version précédente sur le disque est intacte.` }
    })
    faults.clear()

    expect(await call('groups/get', { groupId: 'abcd1234-gone' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Ce groupe n’existe plus. Il a peut-être été supprimé; rechargez la liste.' }
    })

    // No passphrase chosen yet: the notes say so, and the UI shows the form from the code.
    expect(await call('notes/get', { sessionId })).toEqual({
      ok: false,
      error: { code: 'locked', message: 'Les notes confidentielles ne sont pas encore configurées. Choisissez une phrase de passe pour les protéger.' }
    })
    expect(await call('keys/unlock', { passphrase: 'court' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Choisissez une phrase de passe d’au moins 10/) } })

    // The validator's own words, even where the schema has an English message of its own.
    expect(await call('groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: '' } })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Remplissez ce champ; il ne peut pas être vide. (group.name)' }
    })
    expect(await call('no/such-channel', {})).toMatchObject({ ok: false, error: { message: 'Hearth ne connaît pas cette demande.' } })

    await setLocale('en-GB')
    expect(await call('groups/get', { groupId: 'abcd1234-gone' })).toMatchObject({ error: { message: 'That group no longer exists. It may have been removed; reload the list.' } })
    expect(await call('groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: '' } })).toMatchObject({ error: { message: 'Give the group a name. (group.name)' } })
  })

  it('fr-CA: a damaged backup, a refused live action and unfinished CPD settings are said in French; in English as before', async () => {
    const { call, setLocale } = open()
    const { sessionId } = await groupAndSession(call)
    await setLocale('fr-CA')

    // A backup whose session copy was swapped for text that is not JSON, its manifest updated to match.
    const made = await call('backups/create', {})
    if (!made.ok) throw new Error(made.error.message)
    const backupId = (made.data as { id: string }).id
    const folder = join(dataDir, 'backups', backupId)
    const damaged = '{ not json'
    await writeFile(join(folder, 'sessions', `${sessionId}.json`), damaged)
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'))
    const entry = manifest.files.find((f: { path: string }) => f.path === `sessions/${sessionId}.json`)
    Object.assign(entry, { bytes: damaged.length, sha256: createHash('sha256').update(damaged).digest('hex') })
    await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest))
    const french = `sessions/${sessionId}.json${NBSP}: Le fichier de la séance n’est pas du JSON valide.`
    expect(await call('backups/list', {})).toMatchObject({ ok: true, data: { backups: [{ id: backupId, valid: false, problem: french }] } })
    expect(await call('backups/restore', { backupId })).toEqual({
      ok: false,
      error: { code: 'unreadable-file', message: `Cette sauvegarde ne peut pas être restaurée${NBSP}: ${french} Choisissez-en une autre; rien n’a été modifié.` }
    })

    // Pausing a session that has not started, and undoing a mark nobody made.
    expect(await call('live/append', { sessionId, event: { type: 'paused', at: 1_000 } })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'La séance n’est pas en cours; impossible de la mettre en pause.' }
    })
    expect(await call('live/append', { sessionId, event: { type: 'attendance-undone', at: 1_000, personId: 'abcd1234-nobody' } })).toMatchObject({
      error: { message: 'Il n’y a aucune marque de présence à annuler pour cette personne.' }
    })

    // A new group has no provider name yet.
    expect(await call('attendance/summary', { sessionId })).toMatchObject({
      data: { ruleProblem: `Pour délivrer des attestations, remplissez d’abord les paramètres de formation continue du groupe${NBSP}: Entrez le nom de l’organisme responsable. (page du groupe → FC et attestations).` }
    })

    await setLocale('en-CA')
    expect(await call('backups/list', {})).toMatchObject({ data: { backups: [{ problem: `sessions/${sessionId}.json: The session file is not valid JSON.` }] } })
    expect(await call('live/append', { sessionId, event: { type: 'paused', at: 1_000 } })).toMatchObject({ error: { message: 'The session is not running, so it cannot be paused.' } })
    expect(await call('attendance/summary', { sessionId })).toMatchObject({
      data: { ruleProblem: 'Certificates need the group’s CPD settings first: Enter the provider or organisation name. (group page → Certificates).' }
    })
  })

  it('fr-CA: an unreadable session file is kept aside and explained in French', async () => {
    const first = open()
    const { sessionId } = await groupAndSession(first.call)
    await first.setLocale('fr-CA')
    await writeFile(join(dataDir, 'sessions', `${sessionId}.json`), '{ not json')

    // A fresh start, as after the file was damaged: the session is read from disk again.
    const { call } = open()
    const refused = await call('sessions/get', { sessionId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'unreadable-file' } })
    if (!refused.ok) expect(refused.error.message).toMatch(/^Le fichier de la séance n’est pas du JSON valide\. Hearth l’a conservé intact sous le nom .*\.unreadable-.*\.$/)
    expect((await readdir(join(dataDir, 'sessions'))).some((name) => name.includes('.unreadable-'))).toBe(true)
  })

  it('an unreadable workspace: the notice follows the computer’s language, since the settings went with the file', async () => {
    await writeFile(join(dataDir, 'workspace.json'), '')
    const { call } = open(['fr-CA'])
    const status = await call('app/status', {})
    expect(status).toMatchObject({ ok: true, data: { notices: [{ kind: 'quarantined', message: expect.stringMatching(/^Le fichier de l’espace de travail est vide\. Hearth l’a conservé intact sous le nom .* et a créé un nouveau fichier de l’espace de travail\.$/) }] } })
  })
})
