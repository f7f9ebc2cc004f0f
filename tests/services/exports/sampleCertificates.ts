import type { CertificateDocInput } from '../../../electron/services/exports/certificateDocx'
import { verificationCode } from '../../../src/core/attendance/certificateCode'
import type { CertificateFields } from '../../../src/core/attendance/certificateFields'
import { logoPng, signaturePng } from './pngFixture'

/** Realistic printed fields: accents, an apostrophe, a long title, a registration number. */
export const ZOE: CertificateFields = {
  participantName: 'Zoë O’Brien-Nakamura',
  registrationNumber: 'ICF 004-512-77',
  activityTitle: 'Mental Performance CoP, Session 7: Case Consultation',
  learningFocus: 'Framing a client dilemma with the Consultancy protocol',
  sessionDate: '2026-12-08',
  format: 'Live, online',
  cpdHours: '1.25',
  creditType: 'ICF Core Competencies',
  providerName: 'North Sea Practitioners’ Network',
  providerContact: 'cop@northsea.example.org',
  facilitatorName: 'Sam Reyes',
  approvalStatement: '',
  attendedMinutes: 78,
  sessionMinutes: 80,
  attendedPercent: 97,
  issueDate: '2026-12-09',
  certificateId: 'HRT-2026-7K3M-Q9XD'
}

export const BEN: CertificateFields = {
  ...ZOE,
  participantName: 'Benedikt Łukasiewicz',
  registrationNumber: '',
  creditType: 'BPS/HCPC Structured CPD',
  cpdHours: '1',
  attendedMinutes: 68,
  attendedPercent: 85,
  certificateId: 'HRT-2026-0AB1-CD2E'
}

export const withCode = (fields: CertificateFields, extra: Partial<CertificateDocInput> = {}): CertificateDocInput => ({
  fields,
  code: verificationCode(fields),
  ...extra
})

export const fullCertificate = (): CertificateDocInput => withCode(ZOE, { signature: signaturePng(), logo: logoPng() })
