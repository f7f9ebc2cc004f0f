import { z } from 'zod'

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`)

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-08.')

/** HRT-<issue year>-XXXX-XXXX: 40 random bits in Crockford base32 (see certificateId.ts). */
export const CertificateIdSchema = z.string().regex(/^HRT-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'That is not a Hearth certificate ID.')

/** Ten Crockford symbols in two groups of five, as printed. */
export const VerificationCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/, 'That is not a verification code.')

/** Decimal hours as printed: "2", "1.5", "1.25", "1.28". */
export const HoursTextSchema = z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, 'Hours look like 1.5 or 1.25.')

/**
 * Everything a certificate prints, frozen when it is issued (the register keeps this snapshot,
 * so a duplicate prints exactly the same and the code still verifies).
 */
export const CertificateFieldsSchema = z.object({
  /** As registered with their professional body (the member's name in the roster). */
  participantName: text(120).min(1),
  /** ICF ID, HCPC number, CSPA member number…; '' when the member gave none. */
  registrationNumber: text(60),
  activityTitle: text(200).min(1),
  /** The session's learning focus or outcomes; '' if the group set none. */
  learningFocus: text(1000),
  sessionDate: IsoDateSchema,
  /** APA counts an activity as live only if real-time interaction was possible: it was. */
  format: text(60).min(1),
  cpdHours: HoursTextSchema,
  creditType: text(200).min(1),
  providerName: text(160).min(1),
  providerContact: text(240),
  facilitatorName: text(120).min(1),
  /** Printed only when not empty: the group's own approval statement, never Hearth's. */
  approvalStatement: text(1000),
  attendedMinutes: z.number().int().min(0).max(24 * 60),
  sessionMinutes: z.number().int().min(1).max(24 * 60),
  attendedPercent: z.number().int().min(0).max(100),
  issueDate: IsoDateSchema,
  certificateId: CertificateIdSchema
})

export type CertificateFields = z.infer<typeof CertificateFieldsSchema>

export const SESSION_FORMAT_LIVE_ONLINE = 'Live, online'

/** The fields the verification code covers: what an auditor would check against the provider. */
export const VERIFIED_FIELDS = [
  'participantName',
  'registrationNumber',
  'activityTitle',
  'sessionDate',
  'cpdHours',
  'creditType',
  'providerName',
  'certificateId',
  'issueDate'
] as const satisfies readonly (keyof CertificateFields)[]

export type VerifiedFields = Pick<CertificateFields, (typeof VERIFIED_FIELDS)[number]>
