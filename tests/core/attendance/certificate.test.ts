import { createHash, randomBytes } from 'node:crypto'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { makeCertificateId, verificationCode, verifyCertificate, canonicalCertificate } from '../../../src/core/attendance/certificateCode'
import { CertificateFieldsSchema, CertificateIdSchema, type CertificateFields } from '../../../src/core/attendance/certificateFields'
import { longDate } from '../../../src/core/i18n/dates'
import { CertificateRegisterSchema, findCertificate, prepareCertificate, withIssued } from '../../../src/core/attendance/certificateRegister'
import { composeCertificateFields } from '../../../src/core/attendance/composeCertificate'
import { cpdCredit } from '../../../src/core/attendance/cpdCredit'
import { NEW_CPD_RULE_DEFAULTS } from '../../../src/core/attendance/cpdRule'
import { crockfordEncode } from '../../../src/core/attendance/crockford'
import { sha256, toHex, utf8 } from '../../../src/core/attendance/sha256'
import { ZOE } from '../../fixtures/certificateFields'

describe('sha256 (pure, for core)', () => {
  test.prop([fc.uint8Array({ maxLength: 300 })], { numRuns: 500 })('matches node:crypto on any bytes', (bytes) => {
    expect(toHex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 500 })('matches node:crypto on any string, lone surrogates included', (text) => {
    expect(toHex(sha256(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true)
  })

  it('is right at every padding boundary and on the standard vectors', () => {
    for (let n = 0; n <= 130; n++) {
      const bytes = new Uint8Array(n).fill(0x61)
      expect(toHex(sha256(bytes)), `${n} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
    expect(toHex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(toHex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

// The same printed fields the Word tests use.
const FIELDS: CertificateFields = ZOE

const textFields = ['participantName', 'registrationNumber', 'activityTitle', 'providerName', 'creditType'] as const

describe('certificate ID and verification code', () => {
  test.prop([fc.uint8Array({ minLength: 5, maxLength: 5 }), fc.integer({ min: 2000, max: 2999 })])('IDs have the printed shape', (entropy, year) => {
    const id = makeCertificateId(year, entropy)
    expect(CertificateIdSchema.safeParse(id).success).toBe(true)
    expect(id.startsWith(`HRT-${year}-`)).toBe(true)
  })

  it('Crockford encoding is the bits in order', () => {
    expect(crockfordEncode(Uint8Array.from([0, 0, 0, 0, 0]), 8)).toBe('00000000')
    expect(crockfordEncode(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff]), 8)).toBe('ZZZZZZZZ')
    expect(crockfordEncode(Uint8Array.from([0b00001000, 0b10000010]), 3)).toBe('121')
    expect(() => crockfordEncode(new Uint8Array(4), 8)).toThrow()
  })

  it('is short, stable and verifies however it is typed back', () => {
    const code = verificationCode(FIELDS)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
    expect(verificationCode({ ...FIELDS })).toBe(code)
    expect(verifyCertificate(FIELDS, code)).toBe(true)
    expect(verifyCertificate(FIELDS, code.toLowerCase().replace('-', ' '))).toBe(true)
    expect(verifyCertificate(FIELDS, ` ${code.replace('-', '')} `)).toBe(true)
    expect(verifyCertificate(FIELDS, code.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(true)
  })

  it('forgives how the fields are retyped: case, spacing, curly quotes, 1.50 for 1.5, a lower-case ID', () => {
    const code = verificationCode(FIELDS)
    const retyped = {
      ...FIELDS,
      participantName: "  zoë   o'brien–nakamura ",
      providerName: "NORTH SEA PRACTITIONERS' NETWORK",
      cpdHours: '1.250',
      certificateId: 'hrt-2026-7k3m-q9xd'
    }
    expect(verifyCertificate(retyped, code)).toBe(true)
  })

  test.prop([fc.constantFrom(...textFields), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '')], { numRuns: 300 })(
    'a changed field gives another code',
    (key, extra) => {
      const changed = { ...FIELDS, [key]: `${FIELDS[key]} ${extra}x` }
      expect(verifyCertificate(changed, verificationCode(FIELDS))).toBe(false)
    }
  )

  it('catches the forgeries an auditor cares about', () => {
    const code = verificationCode(FIELDS)
    expect(verifyCertificate({ ...FIELDS, cpdHours: '12.5' }, code)).toBe(false)
    expect(verifyCertificate({ ...FIELDS, sessionDate: '2026-12-07' }, code)).toBe(false)
    expect(verifyCertificate({ ...FIELDS, issueDate: '2027-01-09' }, code)).toBe(false)
    expect(verifyCertificate({ ...FIELDS, creditType: 'ICF Resource Development' }, code)).toBe(false)
    expect(verifyCertificate({ ...FIELDS, certificateId: 'HRT-2026-7K3M-Q9XE' }, code)).toBe(false)
    // Field boundaries cannot be shifted: the canonical form is a JSON array.
    expect(canonicalCertificate(FIELDS)).toContain('"zoë o\'brien-nakamura","icf 004-512-77"')
  })
})

describe('the register and re-issue', () => {
  const rule = { ...NEW_CPD_RULE_DEFAULTS, provider: { name: 'North Sea Practitioners’ Network', contact: 'cop@example.org' }, facilitatorName: 'Sam Reyes' }
  const credit = cpdCredit({ attendedMs: 78 * 60_000, status: 'present' }, 80 * 60_000, rule)
  const fields = composeCertificateFields({
    member: { name: 'Zoë O’Brien-Nakamura', registrationNumber: 'ICF 004-512-77', professionalBody: 'ICF' },
    plan: { title: 'Mental Performance CoP, Session 7', scheduledStart: '2026-12-08T19:00' },
    credit,
    rule,
    learningFocus: 'Framing a dilemma',
    issueDate: '2026-12-09'
  })
  const draw = () => new Uint8Array(randomBytes(5))

  it('issues once, then re-issues the same ID, fields and code as a duplicate', () => {
    const first = prepareCertificate([], { personId: 'member-zoe-0001', sessionId: 'session-0007', fields, issuedAt: '2026-12-09T10:00:00.000Z' }, draw)
    expect(first.duplicate).toBe(false)
    expect(CertificateFieldsSchema.parse(first.record.fields)).toEqual(first.record.fields)
    expect(first.record.fields).toMatchObject({ cpdHours: '1.25', creditType: 'ICF Core Competencies', sessionDate: '2026-12-08', attendedMinutes: 78, sessionMinutes: 80, attendedPercent: 97 })
    const register = CertificateRegisterSchema.parse(withIssued([], first.record))
    const again = prepareCertificate(register, { personId: 'member-zoe-0001', sessionId: 'session-0007', fields: { ...fields, issueDate: '2027-03-01' }, issuedAt: '2027-03-01T09:00:00.000Z' }, draw)
    expect(again.duplicate).toBe(true)
    expect(again.record.id).toBe(first.record.id)
    expect(again.record.code).toBe(first.record.code)
    expect(again.record.fields.issueDate).toBe('2026-12-09')
    expect(again.record.reissues).toEqual([{ at: '2027-03-01T09:00:00.000Z' }])
    expect(withIssued(register, again.record)).toHaveLength(1)
    expect(findCertificate(register, first.record.id.toLowerCase().replace(/-/g, ' '))?.id).toBe(first.record.id)
    expect(verifyCertificate(again.record.fields, again.record.code)).toBe(true)
  })

  it('draws again when an ID is taken', () => {
    const fixed = new Uint8Array([1, 2, 3, 4, 5])
    const first = prepareCertificate([], { personId: 'member-a-00001', sessionId: 'session-0007', fields, issuedAt: 'x' }, () => fixed)
    let calls = 0
    const second = prepareCertificate([first.record], { personId: 'member-b-00001', sessionId: 'session-0007', fields, issuedAt: 'x' }, () => (calls++ === 0 ? fixed : new Uint8Array([9, 9, 9, 9, 9])))
    expect(second.record.id).not.toBe(first.record.id)
    expect(() => prepareCertificate([first.record], { personId: 'member-b-00001', sessionId: 'session-0007', fields, issuedAt: 'x' }, () => fixed)).toThrow(/random source/)
  })

  it('prints dates in the language and region of the document', () => {
    expect(longDate('2026-12-08', 'en-GB')).toBe('8 December 2026')
    expect(longDate('2026-12-08', 'en-US')).toBe('December 8, 2026')
    expect(longDate('2026-12-08', 'fr-CA')).toBe('8 décembre 2026')
  })
})
