import { z } from 'zod'
import { EMPTY_CHARTER, GroupSchema } from '../model/group'
import { IdSchema } from '../model/ids'
import { AgendaItemSchema, LocalDateTimeSchema } from '../model/plan'
import { MemberSchema } from '../model/member'
import { defineDocumentKind } from './documentKind'

export const WORKSPACE_VERSION = 3

/** The small always-loaded file: who the groups are, not what happened in their sessions. */
export const SessionIndexEntrySchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  title: z.string(),
  scheduledStart: LocalDateTimeSchema,
  status: z.enum(['planned', 'live', 'ended'])
})

/** A plan saved by a group for reuse; the built-in 90-minute template is not stored. */
export const SessionTemplateSchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  name: z.string().trim().min(1).max(120),
  plannedMinutes: z.number().int().min(15).max(480),
  items: z.array(AgendaItemSchema.omit({ id: true })).min(1).max(60),
  createdAt: z.string()
})

export const WorkspaceSchema = z.object({
  format: z.literal('hearth-workspace'),
  schemaVersion: z.literal(WORKSPACE_VERSION),
  groups: z.array(GroupSchema),
  members: z.array(MemberSchema),
  sessions: z.array(SessionIndexEntrySchema),
  templates: z.array(SessionTemplateSchema)
})

export type SessionIndexEntry = z.infer<typeof SessionIndexEntrySchema>
export type Workspace = z.infer<typeof WorkspaceSchema>
export type SessionTemplate = z.infer<typeof SessionTemplateSchema>

export const emptyWorkspace = (): Workspace => ({
  format: 'hearth-workspace',
  schemaVersion: WORKSPACE_VERSION,
  groups: [],
  members: [],
  sessions: [],
  templates: []
})

const asRecords = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : []

export const WORKSPACE_KIND = defineDocumentKind<Workspace>({
  format: 'hearth-workspace',
  label: 'workspace',
  currentVersion: WORKSPACE_VERSION,
  schema: WorkspaceSchema,
  migrations: [
    {
      from: 1,
      // v1 (the first draft format) flagged guests and facilitators with two booleans and had
      // no written charter; v2 has one role per member and the seed's 14-question charter.
      title: 'Member role field; group charter answers',
      up: (doc) => ({
        ...doc,
        groups: asRecords(doc.groups).map((group) => ({ ...group, charter: { ...EMPTY_CHARTER } })),
        members: asRecords(doc.members).map(({ isGuest, isFacilitator, ...member }) => ({
          ...member,
          role: isFacilitator === true ? 'facilitator' : isGuest === true ? 'guest' : 'member'
        }))
      })
    },
    {
      from: 2,
      title: 'Group session templates',
      up: (doc) => ({ ...doc, templates: [] })
    }
  ]
})
