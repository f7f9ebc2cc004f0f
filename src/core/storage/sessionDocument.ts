import { z } from 'zod'
import { LiveEventSchema } from '../live/events'
import { ProtocolSchema } from '../protocols/protocolSchema'
import { ITEM_TIMING_DEFAULTS, SessionPlanSchema } from '../model/plan'
import { defineDocumentKind } from './documentKind'
import { SealedSchema } from './sealed'
import { ClosingSchema, EMPTY_CLOSING } from '../summary/closing'

export const SESSION_VERSION = 3

export const LiveLogSchema = z.object({
  events: z.array(LiveEventSchema).max(100_000),
  /** Last time an open live screen reported in; tells a restart how long Hearth was away. */
  lastSeenAt: z.number().int().nonnegative().nullable(),
  /** The protocols as they stood when the session started: later edits never rewrite what ran. */
  protocols: z.array(ProtocolSchema).max(60).optional()
})

export type LiveLog = z.infer<typeof LiveLogSchema>

/** One file per session, so an edit during a live call never rewrites years of history. */
export const SessionFileSchema = z.object({
  format: z.literal('hearth-session'),
  schemaVersion: z.literal(SESSION_VERSION),
  plan: SessionPlanSchema,
  live: LiveLogSchema,
  /** The confidential notes, sealed with the data key; never written in the clear. */
  notes: SealedSchema.nullable(),
  /** Self-evaluation, next session, reflection prompts: settled at the end of the session. */
  closing: ClosingSchema
})

export type SessionFile = z.infer<typeof SessionFileSchema>

export const SESSION_KIND = defineDocumentKind<SessionFile>({
  format: 'hearth-session',
  label: 'session',
  currentVersion: SESSION_VERSION,
  schema: SessionFileSchema,
  migrations: [
    {
      from: 1,
      title: 'Live event log; warning/danger thresholds and auto-advance per item',
      up: (doc) => {
        const plan = (doc.plan ?? {}) as Record<string, unknown>
        const items = Array.isArray(plan.items) ? (plan.items as Record<string, unknown>[]) : []
        return {
          ...doc,
          plan: { ...plan, items: items.map((item) => ({ ...ITEM_TIMING_DEFAULTS, ...item })) },
          live: { events: [], lastSeenAt: null }
        }
      }
    },
    {
      from: 2,
      title: 'Room for sealed confidential notes; learning focus and reflection prompt; the closing steps',
      up: (doc) => ({ ...doc, plan: { ...((doc.plan ?? {}) as Record<string, unknown>), learningFocus: '', reflectionPrompt: '' }, notes: null, closing: EMPTY_CLOSING })
    }
  ]
})
