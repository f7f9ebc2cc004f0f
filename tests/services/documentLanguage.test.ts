import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHearthService } from '../../electron/services/hearthService'
import { createSample } from '../../electron/services/sample/sampleSession'
import type { DestinationRequest } from '../../electron/services/serviceContext'
import { processLanguages } from '../../electron/services/systemLanguages'
import { verifyCertificate } from '../../src/core/attendance/certificateCode'
import type { LocaleSetting } from '../../src/core/model/locale'
import { parseCsv } from './exports/parseCsv'
import { readDocx } from './exports/readDocx'

const NBSP = '\u00a0'
const TODAY = new Date('2026-12-20T10:00:00')
let dataDir: string
let outDir: string
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hearth-lang-'))
  outDir = await mkdtemp(join(tmpdir(), 'hearth-lang-out-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

/** The real services on a real data folder; `asked` records what each save dialog was asked. */
function open(systemLanguages: readonly string[], answer: (request: DestinationRequest) => string | null = (r) => (r.kind === 'folder' ? outDir : join(outDir, r.suggestedName))) {
  const asked: DestinationRequest[] = []
  const { handlers } = createHearthService({ dataDir, now: () => TODAY, newId, systemLanguages, hooks: { chooseDestination: async (r) => (asked.push(r), answer(r)) } })
  const setLocale = async (locale: LocaleSetting) => handlers['settings/update']({ settings: { ...(await handlers['settings/get']({})), locale } })
  return { handlers, asked, setLocale }
}

describe('documents follow the app’s language and region', () => {
  it('"Same as this computer" on a French computer: certificate, CPD log (.docx, .csv) and summary in French, with French file names', async () => {
    const { handlers, asked } = open(['fr-FR', 'en-GB'])
    const sample = await createSample(handlers, TODAY, 'fr-CA')
    const amelie = sample.memberIds['Amélie Tremblay']!

    await handlers['certificates/export']({ sessionId: sample.sessionIds[1], personIds: [amelie], layout: 'file-per-person' })
    expect(asked.at(-1)).toEqual({ kind: 'folder', title: 'Choisir un dossier pour les attestations' })
    expect(await readdir(outDir)).toEqual(['Attestation 2026-11-20 Amélie Tremblay.docx'])
    const certificate = readDocx(await readFile(join(outDir, 'Attestation 2026-11-20 Amélie Tremblay.docx')))
    for (const expected of ['Attestation de participation', '20 novembre 2026 · En direct, en ligne', `1,25${NBSP}heure`, '20 décembre 2026', 'Responsable de l’animation']) expect(certificate.text, expected).toContain(expected)
    const register = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).certificates
    expect(register).toMatchObject([{ locale: 'fr-CA', fields: { format: 'En direct, en ligne' } }])
    expect(verifyCertificate(register[0].fields, register[0].code)).toBe(true)

    await handlers['cpd/export-log']({ groupId: sample.groupId, memberId: amelie, from: '2026-06-20', to: '2026-12-20' })
    expect(asked.at(-1)).toMatchObject({ title: 'Enregistrer le journal de formation continue', suggestedName: 'Journal FC 2026-06-20 au 2026-12-20 Amélie Tremblay.docx' })
    const log = readDocx(await readFile(join(outDir, 'Journal FC 2026-06-20 au 2026-12-20 Amélie Tremblay.docx')))
    for (const expected of ['Journal de formation continue', 'Du 20 juin 2026 au 20 décembre 2026', '20 octobre 2026', '20 novembre 2026', '2,5', `2${NBSP}séances`]) expect(log.text, expected).toContain(expected)
    const csv = parseCsv((await readFile(join(outDir, 'Journal FC 2026-06-20 au 2026-12-20 Amélie Tremblay.csv'), 'utf8')).slice(1))
    expect(csv[0]?.slice(0, 4)).toEqual(['Date', 'Activité', 'Objectif d’apprentissage', 'Heures'])
    expect(csv.slice(1).map((row) => [row[0], row[3], row.length])).toEqual([
      ['2026-10-20', '1,25', 9],
      ['2026-11-20', '1,25', 9]
    ])

    await handlers['summary/export']({ sessionId: sample.sessionIds[0] })
    expect(asked.at(-1)).toMatchObject({ title: 'Enregistrer le résumé de la séance', suggestedName: expect.stringMatching(/^Résumé 2026-10-20 .+\.docx$/) })
    const name = (await readdir(outDir)).find((f) => f.startsWith('Résumé '))!
    const summary = readDocx(await readFile(join(outDir, name)))
    for (const expected of ['RÉSUMÉ DE LA SÉANCE', 'mardi 20 octobre 2026, de ', 'Présences', 'Ordre du jour et minutage', 'Actions à suivre', 'Autoévaluation du groupe', '4 sur 5', 'Prochaine séance'])
      expect(summary.text, expected).toContain(expected)
  })

  it('a duplicate keeps the language it was first issued in; a certificate from before languages stays British English and still verifies', async () => {
    const first = open(['en-US'])
    const sample = await createSample(first.handlers, TODAY, 'en-US')
    const [amelie, priya] = [sample.memberIds['Amélie Tremblay']!, sample.memberIds['Priya Nair']!]
    const sessionId = sample.sessionIds[1]
    await first.setLocale('fr-CA')
    await first.handlers['certificates/export']({ sessionId, personIds: [amelie, priya], layout: 'file-per-person' })

    // The facilitator switches to English; Amélie's duplicate stays French, as her first paper was.
    await first.setLocale('en-GB')
    await first.handlers['certificates/export']({ sessionId, personIds: [amelie], layout: 'file-per-person' })
    const duplicate = readDocx(await readFile(join(outDir, 'Certificate 2026-11-20 Amélie Tremblay.docx')))
    expect(duplicate.text).toContain('DUPLICATA  délivré le 20 décembre 2026; attestation originale délivrée le 20 décembre 2026')
    expect(duplicate.text).toContain('Attestation de participation')
    expect(duplicate.text).not.toContain('Certificate of Attendance')

    // Priya's was issued before documents had a language (no locale in the register): British English, as it was printed.
    const path = join(dataDir, 'workspace.json')
    const stored = JSON.parse(await readFile(path, 'utf8'))
    const priyaRecord = stored.certificates.find((c: { personId: string }) => c.personId === priya)
    delete priyaRecord.locale
    priyaRecord.fields.format = 'Live, online'
    await writeFile(path, JSON.stringify(stored))
    const reopened = open(['fr-CA'])
    await reopened.setLocale('system')
    await reopened.handlers['certificates/export']({ sessionId, personIds: [priya], layout: 'file-per-person' })
    // File names follow today's language (French); the paper follows the original's.
    const old = readDocx(await readFile(join(outDir, 'Attestation 2026-11-20 Priya Nair (2).docx')))
    for (const expected of ['DUPLICATE', 'Certificate of Attendance', '20 November 2026 · Live, online', '1 hour', 'attended 73 of 85 minutes (85 %), breaks excluded']) expect(old.text, expected).toContain(expected)
    expect(old.text).toContain(priyaRecord.code)
    expect(verifyCertificate(priyaRecord.fields, priyaRecord.code)).toBe(true)
  })

  it('US English on a US computer: month-first dates', async () => {
    const { handlers } = open(['en-US'])
    const sample = await createSample(handlers, TODAY, 'en-US')
    await handlers['certificates/export']({ sessionId: sample.sessionIds[1], personIds: [sample.memberIds['Amélie Tremblay']!], layout: 'file-per-person' })
    const doc = readDocx(await readFile(join(outDir, 'Certificate 2026-11-20 Amélie Tremblay.docx')))
    expect(doc.text).toContain('November 20, 2026 · Live, online')
    expect(doc.text).toContain('December 20, 2026')
  })
})

describe('npm run export:sample -- OUTDIR --locale fr-CA', () => {
  it('writes the sample documents in French; a wrong locale is refused with the choices', async () => {
    const cli = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'electron/cli/exportSample.ts', ...args], { cwd: join(import.meta.dirname, '../..'), timeout: 120_000 })
    const { stdout } = await cli(outDir, '--locale', 'fr-CA')
    expect(stdout).toContain('in fr-CA')
    const files = await readdir(outDir)
    expect(files.filter((f) => f.startsWith('Attestation ') && f.endsWith('.docx'))).toHaveLength(1)
    expect(files.filter((f) => f.startsWith('Journal FC ')).map((f) => f.slice(-4)).sort()).toEqual(['.csv', 'docx'])
    const batch = readDocx(await readFile(join(outDir, 'Certificates batch.docx')))
    expect(batch.text).toContain('Attestation de participation')
    expect(batch.text).toMatch(/\d{1,2} (septembre|octobre|novembre|décembre|janvier|février|mars|avril|mai|juin|juillet|août) \d{4} · En direct, en ligne/)
    expect((await readFile(join(outDir, 'summary.docx'))).length).toBeGreaterThan(5000)
    await expect(cli(outDir, '--locale', 'fr-FR')).rejects.toMatchObject({ stderr: expect.stringContaining('--locale takes one of system, en-CA, en-GB, en-US, fr-CA') })
  }, 150_000)
})

describe('the computer’s languages outside Electron', () => {
  it('come from LC_ALL, LC_MESSAGES or LANG, then the runtime’s locale; C and POSIX say nothing', () => {
    expect(processLanguages({ LANG: 'fr_CA.UTF-8' }, 'en-US')).toEqual(['fr-CA', 'en-US'])
    expect(processLanguages({ LC_ALL: 'en_GB.UTF-8', LANG: 'fr_CA.UTF-8' }, 'en-US')).toEqual(['en-GB', 'en-US'])
    expect(processLanguages({ LC_MESSAGES: 'fr_FR@euro', LANG: 'C.UTF-8' }, 'en-US')).toEqual(['fr-FR', 'en-US'])
    expect(processLanguages({ LANG: 'C.UTF-8' }, 'en-US')).toEqual(['en-US'])
    expect(processLanguages({ LC_ALL: 'POSIX' }, 'fr-CA')).toEqual(['fr-CA'])
  })
})
