import { LocaleSettingSchema } from '../model/localeSetting'
import { z } from 'zod'
import type { LiveCommand } from '../api/channels'
import { EMPTY_CHARTER, GroupSchema } from '../model/group'
import { IdSchema } from '../model/ids'
import { AgendaItemSchema, LocalDateTimeSchema } from '../model/plan'
import { MemberSchema } from '../model/member'
import { ProtocolSchema } from '../protocols/protocolSchema'
import { defineDocumentKind } from './documentKind'
import { CertificateRegisterSchema } from '../attendance/certificateRegister'
import { NEW_CPD_RULE_DEFAULTS } from '../attendance/cpdRule'

export const WORKSPACE_VERSION = 4

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

export type { LiveCommand } from '../api/channels'

/** Electron accelerators, e.g. "CommandOrControl+Alt+Space"; empty turns a shortcut off. */
const Accelerator = z.string().trim().max(60).regex(/^[A-Za-z0-9+ ]*$/, 'Use keys joined with +, e.g. CommandOrControl+Alt+Space.')

/** 'auto' follows the operating system's light or dark setting. */
export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const
export type ColorSchemeSetting = (typeof COLOR_SCHEMES)[number]

export const SettingsSchema = z.object({
  /** Added within v4: a file saved before it has none and reads as 'auto', so no migration step. */
  colorScheme: z.enum(COLOR_SCHEMES).default('auto'),
  chimeVolume: z.number().min(0).max(1),
  chimesMuted: z.boolean(),
  /** Work while another app (the video call) has focus. */
  globalShortcuts: z.object({
    toggle: Accelerator,
    next: Accelerator,
    previous: Accelerator,
    'plus-minute': Accelerator,
    'minus-minute': Accelerator,
    mute: Accelerator
  } satisfies Record<LiveCommand, typeof Accelerator>),
  /** Dates and times on screen; a workspace from before this setting follows the computer. */
  locale: LocaleSettingSchema.default('system')
})

export type Settings = z.infer<typeof SettingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  colorScheme: 'auto',
  chimeVolume: 0.6,
  chimesMuted: false,
  globalShortcuts: {
    toggle: 'CommandOrControl+Alt+Space',
    next: 'CommandOrControl+Alt+Right',
    previous: 'CommandOrControl+Alt+Left',
    'plus-minute': 'CommandOrControl+Alt+Up',
    'minus-minute': 'CommandOrControl+Alt+Down',
    mute: 'CommandOrControl+Alt+M'
  },
  locale: 'system'
}

export const WorkspaceSchema = z.object({
  format: z.literal('hearth-workspace'),
  schemaVersion: z.literal(WORKSPACE_VERSION),
  groups: z.array(GroupSchema),
  members: z.array(MemberSchema),
  sessions: z.array(SessionIndexEntrySchema),
  templates: z.array(SessionTemplateSchema),
  /** Protocols a group edited or added; a group's copy of a built-in one keeps its id. */
  protocols: z.array(ProtocolSchema.extend({ groupId: IdSchema })),
  settings: SettingsSchema,
  /** Every certificate issued: what an auditor can ask the provider to confirm. */
  certificates: CertificateRegisterSchema.max(100_000)
})

export type SessionIndexEntry = z.infer<typeof SessionIndexEntrySchema>
export type Workspace = z.infer<typeof WorkspaceSchema>
export type SessionTemplate = z.infer<typeof SessionTemplateSchema>
export type GroupProtocol = Workspace['protocols'][number]

export const emptyWorkspace = (): Workspace => ({
  format: 'hearth-workspace',
  schemaVersion: WORKSPACE_VERSION,
  groups: [],
  members: [],
  sessions: [],
  templates: [],
  protocols: [],
  settings: DEFAULT_SETTINGS,
  certificates: []
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
      title: 'Group templates and protocols; chime and shortcut settings; talk time kept out of exports',
      up: (doc) => ({
        ...doc,
        groups: asRecords(doc.groups).map((group) => ({ ...group, talkTimeInExports: false })),
        templates: [],
        protocols: [],
        settings: DEFAULT_SETTINGS
      })
    },
    {
      from: 3,
      title: 'Notes safe list, themes and retention per group; CPD rule and certificate register',
      up: (doc) => ({
        ...doc,
        groups: asRecords(doc.groups).map((group) => ({ ...group, safeList: [], themes: [], notesRetentionMonths: null, cpd: NEW_CPD_RULE_DEFAULTS })),
        certificates: []
      })
    }
  ]
})
