import { z } from 'zod'
import type { AppLocale } from '../model/locale'

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`)

/**
 * How credited minutes become CPD hours on a certificate.
 * - 'none': the exact completed minutes, shown as hours to two decimals cut (not rounded) down;
 * - 'quarter-hour': down to the last completed quarter hour.
 * Always down: a certificate is evidence in someone else's audit (ICF, HCPC, AASP sample records
 * and ask for them), so it must never state time that was not attended; rounding up by even a few
 * minutes per session adds up to hours over a renewal cycle and would make every one of them wrong.
 */
export const CPD_ROUNDINGS = ['none', 'quarter-hour'] as const
export type CpdRounding = (typeof CPD_ROUNDINGS)[number]

/** A credit type as one professional body names it, e.g. ICF "Core Competencies". */
export const CreditTypeSchema = z.object({
  /** Whose scheme this is: matched against a member's professional body ('' = anyone). */
  body: text(80),
  label: text(120).min(1, 'Name the credit type.')
})

/**
 * A file the service keeps in the data folder (signature, logo): the core holds only the
 * reference; the export reads the bytes. Pixel size is kept so the image prints undistorted.
 */
export const StoredImageRefSchema = z.object({
  file: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}\.(png|jpg)$/, 'That image is not one Hearth stored.'),
  type: z.enum(['png', 'jpg']),
  widthPx: z.number().int().min(1).max(10_000),
  heightPx: z.number().int().min(1).max(10_000)
})

export const PAPER_SIZES = ['A4', 'Letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** A group's CPD rule and certificate settings. */
export const CpdRuleSchema = z.object({
  rounding: z.enum(CPD_ROUNDINGS),
  /** Share of the session's credited time (breaks excluded) a person must attend for a certificate. */
  minAttendancePercent: z.number().int('Use a whole percentage.').min(1, 'At least 1 %.').max(100, 'At most 100 %.'),
  /** The group's list; the first is the default for anyone whose body is not listed. */
  creditTypes: z.array(CreditTypeSchema).min(1, 'Keep at least one credit type.').max(20),
  provider: z.object({
    name: text(160).min(1, 'Enter the provider or organisation name.'),
    /** Email, website or address: how an auditor reaches the provider. */
    contact: text(240)
  }),
  facilitatorName: text(120).min(1, 'Enter the facilitator’s name.'),
  /**
   * Printed only when the group typed one, e.g. an approved sponsor's own statement. Empty by
   * default: a peer group is not an accredited provider (APA: only approved sponsors may use the
   * statement; CCCEP: do not imply accreditation), so Hearth never invents one.
   */
  approvalStatement: text(1000),
  signature: StoredImageRefSchema.optional(),
  logo: StoredImageRefSchema.optional(),
  paper: z.enum(PAPER_SIZES)
})

export type CreditType = z.infer<typeof CreditTypeSchema>
export type StoredImageRef = z.infer<typeof StoredImageRefSchema>
export type CpdRule = z.infer<typeof CpdRuleSchema>

// The credit types a new group lists, in the language in force when it is created: what the group
// keeps is then its own and is not rewritten when the language changes. ICF's own French names
// ("Compétences clés", "Développement des ressources"); the bodies' acronyms stay as members write them.
const ENGLISH_CREDIT_TYPES: CreditType[] = [
  { body: 'ICF', label: 'Core Competencies' },
  { body: 'ICF', label: 'Resource Development' },
  { body: 'BPS/HCPC', label: 'Structured CPD' },
  { body: 'AASP/CSPA', label: 'CMPC continuing education' }
]
const FRENCH_CREDIT_TYPES: CreditType[] = [
  { body: 'ICF', label: 'Compétences clés' },
  { body: 'ICF', label: 'Développement des ressources' },
  { body: 'BPS/HCPC', label: 'Formation continue structurée' },
  { body: 'AASP/CSPA', label: 'Formation continue CMPC' }
]

/**
 * What a group starts from (as a form's starting values: provider and facilitator names are left
 * empty on purpose, so the form asks for them before the first certificate). 85 % is the share
 * organisers commonly ask for; quarter hours are what most CPD logs are kept in.
 */
export const NEW_CPD_RULE_DEFAULTS: CpdRule = {
  rounding: 'quarter-hour',
  minAttendancePercent: 85,
  creditTypes: ENGLISH_CREDIT_TYPES,
  provider: { name: '', contact: '' },
  facilitatorName: '',
  approvalStatement: '',
  paper: 'A4'
}

/** The starting rule of a group created while the app speaks `locale`. */
export function newCpdRule(locale: AppLocale): CpdRule {
  return { ...NEW_CPD_RULE_DEFAULTS, creditTypes: locale === 'fr-CA' ? FRENCH_CREDIT_TYPES : ENGLISH_CREDIT_TYPES }
}

const words = (s: string): string[] => s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')

/**
 * The credit type a member's certificate carries: the first listed whose body shares a word with
 * the member's professional body (case and punctuation aside: "ICF (PCC)" matches "ICF", and a
 * listed "BPS/HCPC" matches "HCPC"), else the group's default, the first in the list.
 */
export function creditTypeFor(rule: Pick<CpdRule, 'creditTypes'>, professionalBody: string): CreditType {
  const wanted = new Set(words(professionalBody))
  const found = rule.creditTypes.find((type) => words(type.body).some((w) => wanted.has(w)))
  return found ?? rule.creditTypes[0] ?? { body: '', label: 'Attendance' }
}

/** How a credit type reads on a certificate: "ICF Core Competencies", or just the label. */
export const creditTypeText = (type: CreditType): string => (type.body ? `${type.body} ${type.label}` : type.label)
