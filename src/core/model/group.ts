import { z } from 'zod'
import { CpdRuleSchema } from '../attendance/cpdRule'
import { IdSchema } from './ids'

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`)

export const MEETING_FREQUENCIES = [
  'weekly',
  'fortnightly',
  'monthly',
  'every-six-weeks',
  'quarterly',
  'as-agreed'
] as const

export const MeetingRhythmSchema = z.object({
  frequency: z.enum(MEETING_FREQUENCIES),
  durationMinutes: z
    .number()
    .int('Use whole minutes.')
    .min(15, 'A session needs at least 15 minutes.')
    .max(480, 'A session longer than 8 hours is not a CoP call.'),
  /** Free text for the rest of question 7: slot, place or link, how far ahead dates are set. */
  detail: text(1000)
})

/** Answers to the seed's questions that are prose rather than a setting (see charter.ts). */
export const CharterSchema = z.object({
  leader: text(4000),
  aims: text(4000),
  commitment: text(4000),
  structure: text(4000),
  costs: text(4000),
  admission: text(4000),
  values: text(4000),
  communication: text(4000),
  conflicts: text(4000)
})

export const GroupInputSchema = z.object({
  name: text(120).min(1, 'Give the group a name.'),
  focus: text(2000),
  purpose: text(2000),
  openness: z.enum(['open', 'closed']),
  maxSize: z
    .number()
    .int('Use a whole number of members.')
    .min(2, 'A group needs at least 2 members.')
    .max(200, 'Up to 200 members.'),
  rhythm: MeetingRhythmSchema,
  confidentialityStatement: text(4000),
  charter: CharterSchema,
  /** Talk time is the facilitator's private aid; exports show it only if the group decides so. */
  talkTimeInExports: z.boolean(),
  /** Confidential notes are deleted this many months after their session; null keeps them. */
  notesRetentionMonths: z
    .number()
    .int('Use whole months.')
    .min(1, 'Keep notes at least a month, or choose to keep them.')
    .max(120, 'Up to 120 months (10 years).')
    .nullable()
})

/**
 * A group's CPD rule as stored: like CpdRuleSchema, but the provider and facilitator may still
 * be blank (a new group has not filled them in). Exports check it against CpdRuleSchema.
 */
export const CpdSettingsSchema = CpdRuleSchema.extend({
  provider: z.object({ name: text(160), contact: text(240) }),
  facilitatorName: text(120)
})

export type CpdSettings = z.infer<typeof CpdSettingsSchema>

export const GroupSchema = GroupInputSchema.extend({
  id: IdSchema,
  /** CPD hours and certificates: rounding, threshold, credit types, provider, images. */
  cpd: CpdSettingsSchema,
  /** Words the group has said are never identifiers (theorists, models, "Hope" the word). */
  safeList: z.array(z.string().trim().min(1).max(120)).max(2000),
  /** Themes the group has tagged notes with, offered again next time. Only de-identified ones. */
  themes: z.array(z.string().trim().min(1).max(60)).max(2000),
  createdAt: z.string(),
  updatedAt: z.string()
})

export type MeetingRhythm = z.infer<typeof MeetingRhythmSchema>
export type Charter = z.infer<typeof CharterSchema>
export type GroupInput = z.infer<typeof GroupInputSchema>
export type Group = z.infer<typeof GroupSchema>

export const EMPTY_CHARTER: Charter = {
  leader: '',
  aims: '',
  commitment: '',
  structure: '',
  costs: '',
  admission: '',
  values: '',
  communication: '',
  conflicts: ''
}

/** What a new-group form starts from: the seeds' typical closed, monthly, 90-minute group. */
export const NEW_GROUP_DEFAULTS: GroupInput = {
  name: '',
  focus: '',
  purpose: '',
  openness: 'closed',
  maxSize: 8,
  rhythm: { frequency: 'monthly', durationMinutes: 90, detail: '' },
  confidentialityStatement:
    'What is shared here stays here. Cases are discussed de-identified: no names, places or details that could identify a client. Notes record themes, not people.',
  charter: EMPTY_CHARTER,
  talkTimeInExports: false,
  notesRetentionMonths: null
}
