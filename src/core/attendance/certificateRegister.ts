import { z } from 'zod'
import { IdSchema } from '../model/ids'
import { APP_LOCALES, type AppLocale } from '../model/locale'
import { CertificateFieldsSchema, CertificateIdSchema, VerificationCodeSchema, type CertificateFields } from './certificateFields'
import { makeCertificateId, verificationCode } from './certificateCode'
import { crockfordNormalize } from './crockford'

/** A certificate as issued: the register is the provider's record an auditor can be shown. */
export const IssuedCertificateSchema = z.object({
  id: CertificateIdSchema,
  personId: IdSchema,
  sessionId: IdSchema,
  /** Exactly what was printed; a duplicate prints this again. */
  fields: CertificateFieldsSchema,
  code: VerificationCodeSchema,
  /** ISO timestamp of the first issue. */
  issuedAt: z.string(),
  /** Every re-issue (printed "Duplicate"), oldest first. */
  reissues: z.array(z.object({ at: z.string() })).max(1000),
  /**
   * The language and date form it was printed in, so a duplicate reads like the original even
   * after the app's language changed. Absent on certificates issued before documents followed
   * the language: those were printed in British English (en-GB).
   */
  locale: z.enum(APP_LOCALES).optional()
})

export const CertificateRegisterSchema = z.array(IssuedCertificateSchema)

export type IssuedCertificate = z.infer<typeof IssuedCertificateSchema>

export interface PreparedCertificate {
  record: IssuedCertificate
  /** True when the person already had a certificate for this session: print "Duplicate". */
  duplicate: boolean
}

/**
 * The certificate to print for one person and session. A first issue gets a new ID (drawn again
 * on the rare clash with the register) and a code over `fields`; a re-issue keeps the register's
 * ID, snapshot and code and records when it was re-issued, so both papers verify the same.
 * `draw` gives fresh random bytes each call (the service passes crypto.getRandomValues).
 */
export function prepareCertificate(
  register: readonly IssuedCertificate[],
  input: { personId: string; sessionId: string; fields: Omit<CertificateFields, 'certificateId'>; issuedAt: string; locale?: AppLocale },
  draw: () => Uint8Array
): PreparedCertificate {
  const existing = register.find((c) => c.personId === input.personId && c.sessionId === input.sessionId)
  if (existing) return { record: { ...existing, reissues: [...existing.reissues, { at: input.issuedAt }] }, duplicate: true }
  const year = Number(input.fields.issueDate.slice(0, 4))
  const taken = new Set(register.map((c) => c.id))
  let id = makeCertificateId(year, draw())
  for (let tries = 0; taken.has(id); tries++) {
    if (tries > 20) throw new Error('Could not draw an unused certificate ID; the random source looks broken.')
    id = makeCertificateId(year, draw())
  }
  const fields: CertificateFields = { ...input.fields, certificateId: id }
  const record: IssuedCertificate = { id, personId: input.personId, sessionId: input.sessionId, fields, code: verificationCode(fields), issuedAt: input.issuedAt, reissues: [] }
  if (input.locale) record.locale = input.locale
  return { record, duplicate: false }
}

/** The register with `record` added or replaced (by ID). */
export function withIssued(register: readonly IssuedCertificate[], record: IssuedCertificate): IssuedCertificate[] {
  const rest = register.filter((c) => c.id !== record.id)
  return [...rest, record]
}

/** The register's entry for a typed certificate ID (case, dashes and O/0 tolerated), if any. */
export function findCertificate(register: readonly IssuedCertificate[], typedId: string): IssuedCertificate | undefined {
  const wanted = crockfordNormalize(typedId)
  return register.find((c) => crockfordNormalize(c.id) === wanted)
}
