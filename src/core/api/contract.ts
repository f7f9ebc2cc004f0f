import { z } from 'zod'
import type { Channel } from './channels'
import { CpdSettingsSchema, GroupInputSchema, type Group } from '../model/group'
import type { MarkedStatus } from '../attendance/marks'
import type { IssuedCertificate } from '../attendance/certificateRegister'
import { IdSchema } from '../model/ids'
import { MemberInputSchema, type Member } from '../model/member'
import { LocalDateTimeSchema, PlanInputSchema, type SessionPlan } from '../model/plan'
import { SettingsSchema, type SessionIndexEntry, type SessionTemplate, type Settings } from '../storage/workspaceDocument'
import { LiveEventSchema, type LiveEvent } from '../live/events'
import { ProtocolSchema, type Protocol } from '../protocols/protocolSchema'
import type { TemplateItem } from '../plan/defaultTemplate'
import type { KeyStatus } from '../notes/keyStatus'
import { ClosingSchema, type Closing } from '../summary/closing'
import type { SessionSummary } from '../summary/sessionSummary'
import { LocalDateSchema, NotesSchema, type Notes } from '../notes/notesSchema'
import { BackupIdSchema, type BackupReason } from '../backup/manifest'

/** A phantom marker: replies are produced by our own services, so they are typed, not parsed. */
const reply = <T>() => undefined as unknown as T

const NoArgs = z.object({}).strict()

export type WorkspaceNotice = {
  kind: 'quarantined' | 'migrated' | 'read-only'
  message: string
  /** For a file kept aside: the newest backup holding a good copy of it, offered on the notice. */
  restore?: BackupInfo
}

/** One backup in `<data>/backups`, checked against its manifest when listed. */
export interface BackupInfo {
  id: string
  /** ISO time the backup was taken. */
  takenAt: string
  /** Null when its manifest is unreadable. */
  reason: BackupReason | null
  bytes: number
  sessions: number
  valid: boolean
  /** Why it cannot be restored, when it cannot. */
  problem: string | null
}

export interface AppStatus {
  dataDir: string
  readOnly: boolean
  notices: WorkspaceNotice[]
}

export interface GroupSummary {
  id: string
  name: string
  openness: Group['openness']
  /** Members and facilitators: the people who count towards the group's size. */
  memberCount: number
  guestCount: number
  nextSession: SessionIndexEntry | null
}

/** What the live screen and the share view load: the plan, the log and nothing private. */
export interface LiveSnapshot {
  plan: SessionPlan
  events: LiveEvent[]
  lastSeenAt: number | null
  groupName: string
  confidentialityStatement: string
  /** The group's people, for roles and turns (the share view shows only the current speaker). */
  people: { id: string; name: string; role: Member['role'] }[]
  /** The exact protocol versions this session's items run. */
  protocols: Protocol[]
}

export interface CycleTalk {
  sessions: number
  /** Per person: total talk time (ms) across the cycle's sessions, and their share of it. */
  people: { id: string; name: string; talkMs: number; sharePercent: number }[]
}

/** A session's confidential notes, opened for the note-taker, with what the checker needs. */
export interface NotesView {
  notes: Notes
  /** The group's safe list: never flagged. */
  safeList: string[]
  /** Themes the group used before, offered as tags. */
  themes: string[]
}

/** One person's attendance and CPD credit for a session, for the facilitator's screens. */
export interface AttendanceRow {
  personId: string
  name: string
  role: Member['role']
  status: MarkedStatus
  attendedMinutes: number
  percent: number
  /** CPD hours after the group's rounding, e.g. "1.25". */
  hours: string
  eligible: boolean
  /** Why (not) eligible, in words. */
  reason: string
  late: boolean
  leftEarly: boolean
  inRoom: boolean
  /** The certificate already issued for this session, if any (a new export prints "Duplicate"). */
  issued: { id: string; code: string } | null
}

export interface AttendanceSummary {
  ended: boolean
  sessionMinutes: number
  breakMinutes: number
  minAttendancePercent: number
  rows: AttendanceRow[]
  /** What is missing from the group's CPD settings before certificates can be issued. */
  ruleProblem: string | null
}

/** Where the files went, or that the person closed the dialog. */
export type ExportReply = { cancelled: true } | { cancelled: false; files: string[]; duplicates: number }

/** A group's cycle (e.g. six months) as a CoP steward reports it. */
export interface CycleDashboard {
  from: string
  to: string
  sessionsHeld: number
  sessions: { id: string; title: string; date: string; present: number; facilitator: string }[]
  members: { id: string; name: string; role: Member['role']; attended: number; ratePercent: number; cpdHours: string }[]
  /** Mean attendance rate of members (guests aside). */
  averageAttendancePercent: number
  /** Members who came to at least one session, of how many. */
  activeMembers: number
  memberCount: number
  guestVisits: number
}

/** Actions still open across a group's sessions (read from the sealed notes). */
export interface OpenActions {
  actions: { text: string; owner: string; due: string; sessionId: string; sessionTitle: string; date: string }[]
}

/** The closing steps of a session, with who could be named. */
export interface ClosingView {
  closing: Closing
  /** The rotation's suggestion for the next facilitator. */
  suggestedFacilitatorId: string | null
  /** One rhythm step after this session: a starting point for the next date. */
  suggestedNextAt: string
}

export interface GroupDetail {
  group: Group
  members: Member[]
  sessions: SessionIndexEntry[]
}

/**
 * The whole API between the UI and the services: one entry per channel with the schema its
 * arguments must pass and the type of its reply. The shell and the test host both serve it.
 */
export const CONTRACT = {
  'app/status': { args: NoArgs, reply: reply<AppStatus>() },
  'groups/list': { args: NoArgs, reply: reply<GroupSummary[]>() },
  'groups/get': { args: z.object({ groupId: IdSchema }).strict(), reply: reply<GroupDetail>() },
  'groups/create': { args: z.object({ group: GroupInputSchema }).strict(), reply: reply<Group>() },
  'groups/update': {
    args: z.object({ groupId: IdSchema, group: GroupInputSchema }).strict(),
    reply: reply<Group>()
  },
  'members/add': {
    args: z.object({ groupId: IdSchema, member: MemberInputSchema }).strict(),
    reply: reply<Member>()
  },
  'members/update': {
    args: z.object({ memberId: IdSchema, member: MemberInputSchema }).strict(),
    reply: reply<Member>()
  },
  'members/remove': { args: z.object({ memberId: IdSchema }).strict(), reply: reply<{ removed: true }>() },
  'sessions/plan-from-template': {
    args: z
      .object({
        groupId: IdSchema,
        title: z.string().trim().min(1).max(200),
        scheduledStart: LocalDateTimeSchema,
        /** A group template; the built-in 90-minute template when absent. */
        templateId: IdSchema.optional()
      })
      .strict(),
    reply: reply<SessionPlan>()
  },
  'sessions/get': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<SessionPlan>() },
  'sessions/update-plan': {
    args: z.object({ sessionId: IdSchema, plan: PlanInputSchema }).strict(),
    reply: reply<SessionPlan>()
  },
  'templates/default': {
    args: NoArgs,
    reply: reply<{ name: string; plannedMinutes: number; items: readonly TemplateItem[] }>()
  },
  'templates/list': { args: z.object({ groupId: IdSchema }).strict(), reply: reply<SessionTemplate[]>() },
  'templates/save-from-plan': {
    args: z.object({ sessionId: IdSchema, name: z.string().trim().min(1, 'Name the template.').max(120) }).strict(),
    reply: reply<SessionTemplate>()
  },
  'live/get': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<LiveSnapshot>() },
  'live/append': {
    args: z.object({ sessionId: IdSchema, event: LiveEventSchema }).strict(),
    reply: reply<{ count: number }>()
  },
  'live/heartbeat': {
    args: z.object({ sessionId: IdSchema, at: z.number().int().nonnegative() }).strict(),
    reply: reply<{ ok: true }>()
  },
  /** A second window for screen sharing; where there is none (the test host), a link to open. */
  'share/open': {
    args: z.object({ sessionId: IdSchema, alwaysOnTop: z.boolean() }).strict(),
    reply: reply<{ opened: 'window' } | { opened: 'link'; href: string }>()
  },
  'protocols/list': { args: z.object({ groupId: IdSchema }).strict(), reply: reply<Protocol[]>() },
  /** Saves a group's edited or new protocol; its version goes up by one each time. */
  'protocols/save': { args: z.object({ groupId: IdSchema, protocol: ProtocolSchema }).strict(), reply: reply<Protocol>() },
  'talk/cycle': {
    args: z.object({ groupId: IdSchema, from: LocalDateTimeSchema, to: LocalDateTimeSchema }).strict(),
    reply: reply<CycleTalk>()
  },
  'keys/status': { args: NoArgs, reply: reply<KeyStatus>() },
  /** Sets the notes passphrase on first use, or unlocks the notes for this run. */
  'keys/unlock': { args: z.object({ passphrase: z.string().max(1024) }).strict(), reply: reply<KeyStatus>() },
  'notes/get': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<NotesView>() },
  /** Whether a session has notes at all; needs no key, so a plan without notes never asks for one. */
  'notes/exists': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<{ exists: boolean }>() },
  /** Seals and durably writes the whole notes document; the reply means it is on disk. */
  'notes/save': {
    args: z.object({ sessionId: IdSchema, notes: NotesSchema }).strict(),
    reply: reply<{ savedAt: number }>()
  },
  /** "Not an identifier", remembered for every session of the group. */
  'notes/safe-list-add': {
    args: z.object({ groupId: IdSchema, text: z.string().trim().min(1).max(120) }).strict(),
    reply: reply<{ safeList: string[] }>()
  },
  'cpd/update-rule': {
    args: z.object({ groupId: IdSchema, rule: CpdSettingsSchema.omit({ signature: true, logo: true }) }).strict(),
    reply: reply<Group>()
  },
  /** A signature or logo for certificates (PNG or JPEG, base64); null removes it. */
  'cpd/set-image': {
    args: z
      .object({ groupId: IdSchema, which: z.enum(['signature', 'logo']), dataBase64: z.string().max(3_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/).nullable() })
      .strict(),
    reply: reply<Group>()
  },
  'attendance/summary': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<AttendanceSummary>() },
  /** Certificates for the chosen people: one file each in a folder, or one file with a page each. */
  'certificates/export': {
    args: z
      .object({ sessionId: IdSchema, personIds: z.array(IdSchema).min(1, 'Choose at least one person.').max(200), layout: z.enum(['file-per-person', 'one-file']) })
      .strict(),
    reply: reply<ExportReply>()
  },
  'certificates/find': {
    args: z.object({ certificateId: z.string().trim().min(1).max(40) }).strict(),
    reply: reply<IssuedCertificate | null>()
  },
  /** A member's CPD log for a cycle, as .docx and .csv side by side. */
  'cpd/export-log': {
    args: z.object({ groupId: IdSchema, memberId: IdSchema, from: LocalDateSchema, to: LocalDateSchema }).strict(),
    reply: reply<ExportReply>()
  },
  /** Adds the sample group (a finished session with attendance) to try Hearth with. */
  'app/load-sample': { args: NoArgs, reply: reply<{ groupId: string; sessionId: string }>() },
  'closing/get': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<ClosingView>() },
  /** Saved at any time, also after the session ended (unlike the plan). */
  'closing/save': { args: z.object({ sessionId: IdSchema, closing: ClosingSchema }).strict(), reply: reply<Closing>() },
  /** What the Word summary will print; refuses while a note holds an unresolved identifier. */
  'summary/preview': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<SessionSummary>() },
  'summary/export': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<ExportReply>() },
  /** Plans the next session on the agreed date, carrying open actions into its follow-up item. */
  'sessions/plan-next': { args: z.object({ sessionId: IdSchema }).strict(), reply: reply<SessionPlan>() },
  'groups/open-actions': { args: z.object({ groupId: IdSchema }).strict(), reply: reply<OpenActions>() },
  'groups/cycle': { args: z.object({ groupId: IdSchema, from: LocalDateSchema, to: LocalDateSchema }).strict(), reply: reply<CycleDashboard>() },
  /** The backups on disk, newest first, each checked; `problem` is the last automatic backup's failure. */
  'backups/list': { args: NoArgs, reply: reply<{ backups: BackupInfo[]; problem: string | null }>() },
  /** "Back up now". */
  'backups/create': { args: NoArgs, reply: reply<BackupInfo>() },
  /** Backs up the current data first, then puts the chosen backup's files back. */
  'backups/restore': { args: z.object({ backupId: BackupIdSchema }).strict(), reply: reply<{ restored: string; safetyBackupId: string | null }>() },
  'settings/get': { args: NoArgs, reply: reply<Settings>() },
  'settings/update': { args: z.object({ settings: SettingsSchema }).strict(), reply: reply<Settings>() }
} satisfies Record<Channel, { args: z.ZodType; reply: unknown }>

export type Contract = typeof CONTRACT
export type Args<C extends Channel> = z.input<Contract[C]['args']>
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>
export type Reply<C extends Channel> = Contract[C]['reply']

export type Handlers = { [C in Channel]: (args: ParsedArgs<C>) => Promise<Reply<C>> }
