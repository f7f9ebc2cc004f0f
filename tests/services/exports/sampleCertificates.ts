import type { CertificateDocInput } from '../../../electron/services/exports/certificateDocx'
import { verificationCode } from '../../../src/core/attendance/certificateCode'
import type { CertificateFields } from '../../../src/core/attendance/certificateFields'
import { logoPng, signaturePng } from './pngFixture'

import { ZOE } from '../../fixtures/certificateFields'

export { ZOE }

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
