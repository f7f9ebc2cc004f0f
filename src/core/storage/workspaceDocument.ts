import { z } from 'zod'
import { EMPTY_CHARTER, GroupSchema } from '../model/group'
import { IdSchema } from '../model/ids'
import { LocalDateTimeSchema } from '../model/plan'
import { MemberSchema } from '../model/member'
import { defineDocumentKind } from './documentKind'

export const WORKSPACE_VERSION = 2

/** The small always-loaded file: who the groups are, not what happened in their sessions. */
export const SessionIndexEntrySchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  title: z.string(),
  scheduledStart: LocalDateTimeSchema,
  status: z.enum(['planned'])
})

export const WorkspaceSchema = z.object({
  format: z.literal('hearth-workspace'),
  schemaVersion: z.literal(WORKSPACE_VERSION),
  groups: z.array(GroupSchema),
  members: z.array(MemberSchema),
  sessions: z.array(SessionIndexEntrySchema)
})

export type SessionIndexEntry = z.infer<typeof SessionIndexEntrySchema>
export type Workspace = z.infer<typeof WorkspaceSchema>

export const emptyWorkspace = (): Workspace => ({
  format: 'hearth-workspace',
  schemaVersion: WORKSPACE_VERSION,
  groups: [],
  members: [],
  sessions: []
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
    }
  ]
})
