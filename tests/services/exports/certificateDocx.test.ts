import { describe, expect, it } from 'vitest'
import { buildCertificateDocx, buildCertificatesDocx, certificateFileNames, certificateTitle } from '../../../electron/services/exports/certificateDocx'
import { safeFileName } from '../../../electron/services/exports/safeFileName'
import { verifyCertificate } from '../../../src/core/attendance/certificateCode'
import { readDocx } from './readDocx'
import { BEN, ZOE, fullCertificate, withCode } from './sampleCertificates'

describe('certificate .docx', () => {
  it('prints every field, read back from word/document.xml', async () => {
    const input = fullCertificate()
    const { paragraphs, text, xml, files } = readDocx(await buildCertificateDocx(input))
    expect(paragraphs).toContain(certificateTitle())
    expect(certificateTitle()).toBe('Certificate of Attendance')
    expect(paragraphs).toContain('Zoë O’Brien-Nakamura')
    expect(paragraphs).toContain('Registration no. ICF 004-512-77')
    expect(paragraphs).toContain('Mental Performance CoP, Session 7: Case Consultation')
    expect(paragraphs).toContain('Learning focus: Framing a client dilemma with the Consultancy protocol')
    expect(paragraphs).toContain('8 December 2026 · Live, online')
    expect(paragraphs).toContain('1.25 hours · ICF Core Competencies')
    expect(paragraphs).toContain('attended 78 of 80 minutes (97 %), breaks excluded')
    expect(paragraphs).toContain('North Sea Practitioners’ Network')
    expect(paragraphs).toContain('cop@northsea.example.org')
    expect(paragraphs).toContain('9 December 2026')
    expect(paragraphs).toContain('Sam Reyes')
    expect(paragraphs).toContain('Facilitator')
    expect(text).toContain(`Certificate ID HRT-2026-7K3M-Q9XD   ·   Verification code ${input.code}`)
    expect(verifyCertificate(ZOE, input.code)).toBe(true)
    // Honest by default: no duplicate mark, no approval or accreditation wording.
    expect(text).not.toMatch(/DUPLICATE|approved|accredit/i)
    // Landscape A4 with both images embedded (logo and signature), with alt text.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/)
    expect([...files.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(2)
    expect(xml).toContain('descr="Signature of Sam Reyes"')
    expect(xml).toContain('descr="North Sea Practitioners’ Network logo"')
  })

  it('marks a re-issue "Duplicate", prints an approval statement only when the group typed one, and fits Letter', async () => {
    const statement = 'This programme is approved by the Example Board for 1.25 CE credits (provider no. 1234).'
    const { text, xml, files } = readDocx(
      await buildCertificateDocx(withCode({ ...ZOE, approvalStatement: statement }, { duplicate: { reissuedOn: '2027-03-01' }, paper: 'Letter' }))
    )
    expect(text).toContain('DUPLICATE  re-issued 1 March 2027; first issued 9 December 2026')
    expect(text).toContain(statement)
    expect(xml).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/)
    expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(false)
  })

  it('leaves out what a person does not have: no registration number, no learning focus, no contact', async () => {
    const { text } = readDocx(await buildCertificateDocx(withCode({ ...BEN, learningFocus: '', providerContact: '' })))
    expect(text).not.toContain('Registration no.')
    expect(text).not.toContain('Learning focus')
    expect(text).toContain('1 hour · BPS/HCPC Structured CPD')
    expect(text).toContain('give its ID and code to North Sea Practitioners’ Network.')
  })

  it('puts a batch in one file, a page (section) per person in order', async () => {
    const people = [fullCertificate(), withCode(BEN), withCode({ ...ZOE, participantName: 'Ana Lima', certificateId: 'HRT-2026-1111-2222' })]
    const { xml, paragraphs } = readDocx(await buildCertificatesDocx(people))
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3)
    const names = paragraphs.filter((p) => ['Zoë O’Brien-Nakamura', 'Benedikt Łukasiewicz', 'Ana Lima'].includes(p))
    expect(names).toEqual(['Zoë O’Brien-Nakamura', 'Benedikt Łukasiewicz', 'Ana Lima'])
    await expect(buildCertificatesDocx([])).rejects.toThrow(/no certificates/)
  })
})

describe('file names for one file per person', () => {
  it('are safe on every file system and never collide (case-insensitively)', () => {
    const names = certificateFileNames([
      { participantName: 'Zoë O’Brien-Nakamura', sessionDate: '2026-12-08' },
      { participantName: 'Alex Kim', sessionDate: '2026-12-08' },
      { participantName: 'alex kim', sessionDate: '2026-12-08' },
      { participantName: 'Alex Kim', sessionDate: '2026-12-08' },
      { participantName: 'a/b\\c:d*e?f"g<h>i|j', sessionDate: '2026-12-08' }
    ])
    expect(names).toEqual([
      'Certificate 2026-12-08 Zoë O’Brien-Nakamura.docx',
      'Certificate 2026-12-08 Alex Kim.docx',
      'Certificate 2026-12-08 alex kim (2).docx',
      'Certificate 2026-12-08 Alex Kim (3).docx',
      'Certificate 2026-12-08 a b c d e f g h i j.docx'
    ])
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName(' ..hidden. ')).toBe('hidden')
    expect(safeFileName('\u0000')).toBe('Untitled')
    expect(Array.from(safeFileName('😀'.repeat(200))).length).toBe(120)
  })
})
