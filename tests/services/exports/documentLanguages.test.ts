import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCertificateDocx, certificateFileNames } from '../../../electron/services/exports/certificateDocx'
import { buildCpdLogCsv } from '../../../electron/services/exports/cpdLogCsv'
import { buildCpdLogDocx, cpdLogFileNames } from '../../../electron/services/exports/cpdLogDocx'
import { buildSummaryDocx } from '../../../electron/services/exports/summaryDocx'
import { verifyCertificate } from '../../../src/core/attendance/certificateCode'
import { sessionSummaryFixture } from '../../fixtures/sessionSummary'
import { convertToPdf, officeTitle, pdfPages, pdfText, whenOffice } from './libreOfficeSupport'
import { parseCsv } from './parseCsv'
import { docxTables, readDocx } from './readDocx'
import { BEN, ZOE, fullCertificate, withCode } from './sampleCertificates'
import { sampleLog } from './sampleLog'

const NBSP = '\u00a0'
/** A certificate as issued in French: the format line is in the snapshot in French. */
const ZOE_FR = { ...ZOE, format: 'En direct, en ligne' }
const frenchCertificate = () => ({ ...fullCertificate(), fields: ZOE_FR, code: withCode(ZOE_FR).code, locale: 'fr-CA' as const })

describe('documents in French (fr-CA)', () => {
  it('a certificate: French words, French dates and a decimal comma, and its code still verifies', async () => {
    const input = { ...frenchCertificate(), duplicate: { reissuedOn: '2027-03-01' } }
    const { paragraphs, text, xml } = readDocx(await buildCertificateDocx(input))
    for (const expected of [
      'Attestation de participation',
      'La présente atteste que',
      'N° d’inscription ICF 004-512-77',
      'a participé à',
      `Objectif d’apprentissage${NBSP}: Framing a client dilemma with the Consultancy protocol`,
      '8 décembre 2026 · En direct, en ligne',
      `1,25${NBSP}heure · ICF Core Competencies`,
      `présence de 78 minutes sur 80 (97${NBSP}%), pauses exclues`,
      '9 décembre 2026',
      'Responsable de l’animation'
    ])
      expect(paragraphs, expected).toContain(expected)
    for (const label of ['DATE ET FORMAT', 'HEURES DE FORMATION CONTINUE', 'PRÉSENCE', 'ORGANISME', 'DÉLIVRÉE LE']) expect(paragraphs, label).toContain(label)
    expect(text).toContain('DUPLICATA  délivré le 1er mars 2027; attestation originale délivrée le 9 décembre 2026')
    expect(text).toContain(`N° d’attestation HRT-2026-7K3M-Q9XD   ·   Code de vérification ${input.code}`)
    expect(text).toContain('Pour vérifier cette attestation, communiquez son numéro et son code à North Sea Practitioners’ Network (cop@northsea.example.org).')
    expect(xml).toContain('descr="Signature de Sam Reyes"')
    expect(text).not.toMatch(/Certificate|attended|hours|Facilitator|December/)
    expect(verifyCertificate(ZOE_FR, input.code)).toBe(true)
    expect(certificateFileNames([ZOE_FR], 'fr-CA')).toEqual(['Attestation 2026-12-08 Zoë O’Brien-Nakamura.docx'])
  })

  it('one hour is "1 heure", and below two French keeps the singular', async () => {
    const { text } = readDocx(await buildCertificateDocx(withCode(BEN, { locale: 'fr-CA' })))
    expect(text).toContain(`1${NBSP}heure · BPS/HCPC Structured CPD`)
    const { text: twoHours } = readDocx(await buildCertificateDocx(withCode({ ...BEN, cpdHours: '2.5' }, { locale: 'fr-CA' })))
    expect(twoHours).toContain(`2,5${NBSP}heures`)
  })

  it('a CPD log (.docx): French headings, dates, decimal commas and counts', async () => {
    const { paragraphs, files } = readDocx(await buildCpdLogDocx(sampleLog(), { locale: 'fr-CA' }))
    for (const expected of [
      'Journal de formation continue',
      `N° d’inscription ICF 004-512-77   ·   Ordre professionnel${NBSP}: ICF`,
      `Du 1er juillet 2026 au 31 décembre 2026   ·   Organisme${NBSP}: North Sea Practitioners’ Network`,
      'Activité et objectif d’apprentissage',
      `Ma réflexion${NBSP}: ce que je vais appliquer`,
      '8 décembre 2026',
      '13 octobre 2026',
      'Attestation HRT-2026-7K3M-Q9XD',
      '1,25',
      '1,5',
      'Total',
      `3${NBSP}séances`,
      '3,75',
      `2,75${NBSP}h ICF Core Competencies`,
      `1${NBSP}h ICF Resource Development`
    ])
      expect(paragraphs, expected).toContain(expected)
    const footer = [...files].filter(([name]) => name.startsWith('word/footer')).map(([, b]) => b.toString('utf8')).join('')
    expect(footer).toContain('Zoë O’Brien-Nakamura · Journal de formation continue · page ')
    expect(footer).toContain(' sur ')
    expect(cpdLogFileNames([sampleLog()], '.csv', 'fr-CA')).toEqual(['Journal FC 2026-07-01 au 2026-12-31 Zoë O’Brien-Nakamura.csv'])
  })

  it('a CPD log (.csv): French headers, decimal commas quoted, still one column per field under RFC 4180', () => {
    const text = buildCpdLogCsv(sampleLog(), 'fr-CA').toString('utf8').slice(1)
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['Date', 'Activité', 'Objectif d’apprentissage', 'Heures', 'Minutes', 'Type de crédit', 'Question de réflexion', 'N° d’attestation', 'Organisme'])
    expect(rows.every((row) => row.length === 9)).toBe(true)
    expect(rows.slice(1).map((row) => row[3])).toEqual(['1', '1,5', '1,25'])
    expect(text).toContain(',"1,5",90,')
    // Dates stay ISO: sortable, and no spreadsheet reads them as another day.
    expect(rows.slice(1).map((row) => row[0])).toEqual(['2026-09-08', '2026-10-13', '2026-12-08'])
    expect(rows[2]?.[6]).toBe(`'=HYPERLINK("http://evil.example","click")`)
  })

  it('a session summary: French headings, tables, dates, times and numbers', async () => {
    const doc = readDocx(await buildSummaryDocx({ ...sessionSummaryFixture(), talkTime: [{ name: 'Sam Reyes', sharePercent: 31 }] }, { locale: 'fr-CA' }))
    for (const expected of [
      'MENTAL PERFORMANCE COP  ·  RÉSUMÉ DE LA SÉANCE',
      'mardi 8 décembre 2026, de 19\u00a0h à 20\u00a0h\u00a024',
      'Présences',
      'Personnes présentes (7)',
      `Absences motivées (2)${NBSP}: Daniel Okafor, Marta Kowalczyk`,
      'Ordre du jour et minutage',
      'Thèmes',
      'Actions à suivre',
      'Autoévaluation du groupe',
      'Prochaine séance',
      'Temps de parole'
    ])
      expect(doc.paragraphs, expected).toContain(expected)
    const tables = docxTables(doc.xml)
    const header = (title: string) => tables.find((t) => t[0]?.[0] === title)
    expect(header('Point à l’ordre du jour')?.[0]).toEqual(['Point à l’ordre du jour', 'Prévu (min)', 'Réel (min)', 'Écart', 'Protocole'])
    expect(header('Action à suivre')?.[0]).toEqual(['Action à suivre', 'Responsable', 'Échéance', 'État', 'Point d’origine'])
    expect(header('Action à suivre')?.[1]?.[2]).toBe('15 décembre 2026')
    expect(header('Nom')?.flat()).toEqual(expect.arrayContaining(['arrivée tardive', 'départ hâtif', 'personne invitée']))
    expect(doc.text).toContain(`31${NBSP}%`)
    expect(doc.text).toMatch(/sur 5/)
    expect(doc.text).toContain('Le minutage des points restants a été rééquilibré une fois pendant la séance.')
    // (The session's own title, "… December 2026", is data and stays as typed.)
    expect(doc.text).not.toMatch(/Attendance|Agenda and timing|Next session|Apologies|Present \(|out of 5|on time|Tuesday/)
  })
})

describe('documents in US English (en-US)', () => {
  it('write dates month first and times on a 12-hour clock, with the same words as British English', async () => {
    const certificate = readDocx(await buildCertificateDocx({ ...fullCertificate(), locale: 'en-US' }))
    expect(certificate.paragraphs).toContain('December 8, 2026 · Live, online')
    expect(certificate.paragraphs).toContain('December 9, 2026')
    expect(certificate.paragraphs).toContain('1.25 hours · ICF Core Competencies')
    const summary = readDocx(await buildSummaryDocx(sessionSummaryFixture(), { locale: 'en-US' }))
    expect(summary.paragraphs).toContain('Tuesday, December 8, 2026, 7:00 PM–8:24 PM')
    expect(summary.text).toContain('December 15, 2026')
    const log = readDocx(await buildCpdLogDocx(sampleLog(), { locale: 'en-US' }))
    expect(log.paragraphs).toContain('July 1, 2026 to December 31, 2026   ·   Provider: North Sea Practitioners’ Network')
  })
})

// French runs longer than English: the longest certificate (logo, signature, duplicate line,
// approval statement) must still be one page with nothing cut off.
whenOffice(officeTitle('a French certificate through LibreOffice'), () => {
  let dir = ''
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-lo-fr-'))
    const statement = 'Ce programme est reconnu par l’Ordre des psychologues du Québec pour 1,25 heure de formation continue (organisme n° 1234).'
    const fields = { ...ZOE_FR, approvalStatement: statement }
    writeFileSync(join(dir, 'attestation.docx'), await buildCertificateDocx({ ...frenchCertificate(), fields, code: withCode(fields).code, duplicate: { reissuedOn: '2027-09-30' } }))
    convertToPdf(dir, ['attestation'])
  }, 180_000)
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('is one page with every French line whole', () => {
    expect(pdfPages(dir, 'attestation')).toBe(1)
    const text = pdfText(dir, 'attestation')
    for (const expected of [
      'DUPLICATA',
      'délivré le 30 septembre 2027; attestation originale délivrée le 9 décembre 2026',
      'Attestation de participation',
      'Zoë O’Brien-Nakamura',
      'HEURES DE FORMATION CONTINUE',
      '8 décembre 2026 · En direct, en ligne',
      'présence de 78 minutes sur 80 (97 %), pauses exclues',
      'Ce programme est reconnu par l’Ordre des psychologues du Québec',
      'Responsable de l’animation',
      'Pour vérifier cette attestation, communiquez son numéro et son code à North Sea Practitioners’ Network (cop@northsea.example.org).'
    ])
      expect(text.replace(/\u00a0/g, ' '), expected).toContain(expected)
    expect(text).not.toContain('\uFFFD')
  })
})
