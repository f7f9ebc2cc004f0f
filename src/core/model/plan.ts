import { z } from 'zod'
import { IdSchema } from './ids'

export const AGENDA_ITEM_KINDS = ['standard', 'break'] as const

export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: z.string().trim().min(1, 'Give every item a title.').max(200, 'Keep titles under 200 characters.'),
  minutes: z
    .number()
    .int('Use whole minutes.')
    .min(1, 'An item needs at least 1 minute.')
    .max(600, 'An item can be at most 600 minutes.'),
  kind: z.enum(AGENDA_ITEM_KINDS),
  /** Never shortened automatically when the session runs over (debrief, check-out). */
  protected: z.boolean(),
  /** Shown to the room during the item (share view); must not hold confidential detail. */
  prompt: z.string().trim().max(1000, 'Keep the prompt under 1000 characters.'),
  /** Share of the item left when the warning colour and chime come (SessionLab uses 20 %). */
  warnPercent: z.number().int().min(0).max(100),
  /** Share left for the danger colour and chime (SessionLab: 5 %). */
  dangerPercent: z.number().int().min(0).max(100),
  /** Move on by itself at zero. Off by default: a timer should not cut someone off mid-sentence. */
  autoAdvance: z.boolean(),
  /** A case-discussion protocol run as timed phases inside this item (exact version recorded). */
  protocol: z
    .object({
      id: z.string().regex(/^[a-z0-9-]{3,60}$/),
      version: z.number().int().min(1),
      includeOptional: z.boolean()
    })
    .optional()
})

export const ITEM_TIMING_DEFAULTS = { warnPercent: 20, dangerPercent: 5, autoAdvance: false } as const

/** A local wall-clock time as the facilitator typed it: YYYY-MM-DDTHH:mm. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and a start time.')

export const PlanInputSchema = z.object({
  title: z.string().trim().min(1, 'Give the session a title.').max(200, 'Keep the title under 200 characters.'),
  scheduledStart: LocalDateTimeSchema,
  plannedMinutes: z.number().int().min(15).max(480),
  items: z.array(AgendaItemSchema).min(1, 'A session needs at least one agenda item.').max(60),
  /** What participants learn (printed on certificates and CPD logs). */
  learningFocus: z.string().trim().max(500, 'Keep the learning focus under 500 characters.'),
  /** The month's reflection prompt, for the CPD log and the time until the next session. */
  reflectionPrompt: z.string().trim().max(1000, 'Keep the reflection prompt under 1,000 characters.')
})

export const SessionPlanSchema = PlanInputSchema.extend({
  id: IdSchema,
  groupId: IdSchema,
  createdAt: z.string(),
  updatedAt: z.string()
})

export type AgendaItem = z.infer<typeof AgendaItemSchema>
export type PlanInput = z.infer<typeof PlanInputSchema>
export type SessionPlan = z.infer<typeof SessionPlanSchema>
