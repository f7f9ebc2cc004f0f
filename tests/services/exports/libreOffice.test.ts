import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildCertificateDocx, buildCertificatesDocx } from '../../../electron/services/exports/certificateDocx'
import { buildCpdLogDocx } from '../../../electron/services/exports/cpdLogDocx'
import { convertToPdf, officeTitle as title, pdfInfo, pdfPages, pdfText as readPdfText, whenOffice as when } from './libreOfficeSupport'
import { BEN, ZOE, fullCertificate, withCode } from './sampleCertificates'
import { sampleLog } from './sampleLog'

// The documents must open in a real Word-compatible client, not just parse (see libreOfficeSupport).
when(title('Word documents through LibreOffice'), () => {
  let dir = ''
  const pdfText = (name: string) => readPdfText(dir, name)
  const pages = (name: string) => pdfPages(dir, name)

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-lo-'))
    writeFileSync(join(dir, 'single.docx'), await buildCertificateDocx({ ...fullCertificate(), duplicate: { reissuedOn: '2027-03-01' } }))
    writeFileSync(join(dir, 'batch.docx'), await buildCertificatesDocx([fullCertificate(), withCode(BEN), withCode({ ...ZOE, participantName: 'Ana Lima', certificateId: 'HRT-2026-1111-2222' }, { paper: 'Letter' })]))
    writeFileSync(join(dir, 'log.docx'), await buildCpdLogDocx(sampleLog()))
    convertToPdf(dir, ['single', 'batch', 'log'])
  }, 180_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('a certificate is one landscape page with every field readable', () => {
    expect(pages('single')).toBe(1)
    expect(pdfInfo(dir, 'single')).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/)
    const text = pdfText('single')
    for (const expected of [
      'DUPLICATE',
      'Certificate of Attendance',
      'Zoë O’Brien-Nakamura',
      'Registration no. ICF 004-512-77',
      'Mental Performance CoP, Session 7: Case Consultation',
      'Framing a client dilemma with the Consultancy protocol',
      '8 December 2026 · Live, online',
      '1.25 hours · ICF Core Competencies',
      'attended 78 of 80 minutes (97 %), breaks excluded',
      'North Sea Practitioners’ Network',
      'cop@northsea.example.org',
      'Sam Reyes',
      'HRT-2026-7K3M-Q9XD',
      fullCertificate().code
    ])
      expect(text, expected).toContain(expected)
  })

  it('a batch is a page per person', () => {
    expect(pages('batch')).toBe(3)
    const text = pdfText('batch')
    expect(text.indexOf('Zoë O’Brien-Nakamura')).toBeLessThan(text.indexOf('Benedikt Łukasiewicz'))
    expect(text.indexOf('Benedikt Łukasiewicz')).toBeLessThan(text.indexOf('Ana Lima'))
  })

  it('the CPD log opens with its rows and totals', () => {
    const text = pdfText('log')
    for (const expected of ['CPD log', 'Zoë O’Brien-Nakamura', 'Session 7: Case Consultation', 'Where did you notice your own assumptions?', '3.75', 'page 1 of 1']) expect(text, expected).toContain(expected)
  })

  it('keeps the PDF text free of substitution boxes (fonts found)', () => {
    expect(readFileSync(join(dir, 'single.pdf')).length).toBeGreaterThan(10_000)
    expect(pdfText('single')).not.toContain('\uFFFD')
  })
})
