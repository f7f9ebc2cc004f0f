import { z } from 'zod'
import { SessionPlanSchema } from '../model/plan'
import { defineDocumentKind } from './documentKind'

export const SESSION_VERSION = 1

/** One file per session, so an edit during a live call never rewrites years of history. */
export const SessionFileSchema = z.object({
  format: z.literal('hearth-session'),
  schemaVersion: z.literal(SESSION_VERSION),
  plan: SessionPlanSchema
})

export type SessionFile = z.infer<typeof SessionFileSchema>

export const SESSION_KIND = defineDocumentKind<SessionFile>({
  format: 'hearth-session',
  label: 'session',
  currentVersion: SESSION_VERSION,
  schema: SessionFileSchema,
  migrations: []
})
