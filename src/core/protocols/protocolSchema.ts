import { z } from 'zod'

export const ROLE_KEYS = ['presenter', 'consultants', 'facilitator', 'timekeeper', 'note-taker'] as const
export type RoleKey = (typeof ROLE_KEYS)[number]

/** The lengths and ranges a protocol must keep; the editor checks the same ones to say so early. */
export const PROTOCOL_LIMITS = { name: 120, summary: 600, source: 400, title: 120, rule: 120, prompt: 400, minMinutes: 1, maxMinutes: 180 } as const
const L = PROTOCOL_LIMITS

/** Who may speak in a phase. The label is what the room reads on the share view. */
export const SpeakingRuleSchema = z.object({
  speakers: z.enum(['presenter', 'group', 'all', 'in-turn', 'facilitator', 'none']),
  label: z.string().trim().min(1).max(L.rule),
  /** The case-bringer turns away (online: camera and microphone off) and listens. */
  presenterAway: z.boolean()
})

export const PhaseSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.string().trim().min(1).max(L.title),
  minutes: z.number().int().min(L.minMinutes).max(L.maxMinutes),
  /** Where the minutes come from: a published version, the middle of a published range, or our default. */
  timing: z.enum(['published', 'range', 'default']),
  speaking: SpeakingRuleSchema,
  /** Shown to the room for this phase. */
  prompt: z.string().trim().max(L.prompt),
  turnTaking: z.enum(['open', 'round', 'queue']),
  /** A phase the group can leave out (e.g. Balint push-back); its time then goes to the others. */
  optional: z.boolean()
})

export const ProtocolSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,60}$/),
  /** Bumped on every edit, so a session records exactly which rules it ran. */
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(L.name),
  summary: z.string().trim().max(L.summary),
  source: z.string().trim().max(L.source),
  roles: z.array(z.object({ key: z.enum(ROLE_KEYS), label: z.string().trim().min(1).max(60), many: z.boolean() })).max(5),
  phases: z.array(PhaseSchema).min(1).max(20)
})

export type SpeakingRule = z.infer<typeof SpeakingRuleSchema>
export type Phase = z.infer<typeof PhaseSchema>
export type Protocol = z.infer<typeof ProtocolSchema>
