import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { looksLikeCertificateId, looksLikeVerificationCode, verificationCode, verifyCertificate } from '../../../src/core/attendance/certificateCode'
import { cpdCredit, creditReason } from '../../../src/core/attendance/cpdCredit'
import { en } from '../../../src/core/i18n/en'
import { frCA } from '../../../src/core/i18n/fr-CA'
import { ZOE } from '../../fixtures/certificateFields'

const MINUTE = 60_000

describe('why a person earns a certificate, said in the screen’s language', () => {
  // The screen only has the attendance row: it must reach the same reason the service computed.
  test.prop([
    fc.integer({ min: 0, max: 4 * 60 * MINUTE }),
    fc.integer({ min: 1, max: 4 * 60 * MINUTE }),
    fc.constantFrom('present' as const, 'apologies' as const, 'unmarked' as const, 'absent' as const),
    fc.integer({ min: 1, max: 100 }),
    fc.constantFrom('none' as const, 'quarter-hour' as const)
  ])('from a row’s figures, the same reason the service gives', (attendedMs, sessionMs, status, minAttendancePercent, rounding) => {
    const credit = cpdCredit({ attendedMs, status }, sessionMs, { rounding, minAttendancePercent })
    const fromRow = creditReason(
      { sessionRan: sessionMs > 0, status, percent: credit.percent, minAttendancePercent, creditedMinutes: Number(credit.hours) > 0 ? 1 : 0 },
      en.attendance.reasons
    )
    expect(fromRow).toBe(credit.reason)
  })

  it('in French, with French spacing before the percent sign', () => {
    const facts = { sessionRan: true, status: 'present' as const, percent: 83, minAttendancePercent: 85, creditedMinutes: 60 }
    expect(creditReason(facts, frCA.attendance.reasons)).toBe('Présence à 83\u00a0% de la séance; la règle du groupe exige 85\u00a0%.')
    expect(creditReason({ ...facts, status: 'apologies' }, frCA.attendance.reasons)).toBe('Absence motivée.')
    expect(creditReason({ ...facts, sessionRan: false }, frCA.attendance.reasons)).toBe('La séance n’a pas eu lieu.')
  })
})

describe('a certificate typed back from paper', () => {
  const fields = ZOE

  it('reads hours printed the French way (1,25) as the same hours', () => {
    const code = verificationCode(fields)
    expect(verifyCertificate({ ...fields, cpdHours: '1,25' }, code)).toBe(true)
    expect(verifyCertificate({ ...fields, cpdHours: '1,5' }, code)).toBe(false)
  })

  it('tells an ID or a code in the wrong shape from one that is only wrong', () => {
    expect(looksLikeCertificateId('HRT-2026-7K3M-Q9XD')).toBe(true)
    expect(looksLikeCertificateId('hrt 2026 7k3m q9xd')).toBe(true)
    expect(looksLikeCertificateId('HRT-26-7K3M-Q9XD')).toBe(false)
    expect(looksLikeCertificateId('7K3M-Q9XD')).toBe(false)
    expect(looksLikeCertificateId('HRT-2026-7K3M-Q9XU')).toBe(false)
    expect(looksLikeVerificationCode(verificationCode(fields))).toBe(true)
    expect(looksLikeVerificationCode('abcde fghjk')).toBe(true)
    expect(looksLikeVerificationCode('ABCDE-FGHJ')).toBe(false)
    expect(looksLikeVerificationCode('')).toBe(false)
  })
})
