import { EMPTY_CLOSING } from '../../src/core/summary/closing'
import { randomUUID } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createHearthService } from '../../electron/services/hearthService'
import { writeFileDurably } from '../../electron/services/storage/durableWrite'
import type { GroupInput } from '../../src/core/model/group'
import type { Id } from '../../src/core/model/ids'
import type { MemberInput } from '../../src/core/model/member'
import type { SessionPlan } from '../../src/core/model/plan'
import { DEFAULT_COP_TEMPLATE, itemsFromTemplate } from '../../src/core/plan/defaultTemplate'
import { encodeDocument } from '../../src/core/storage/documentKind'
import { SESSION_VERSION, SessionFileSchema, type SessionFile } from '../../src/core/storage/sessionDocument'
import { WorkspaceSchema, type Workspace } from '../../src/core/storage/workspaceDocument'

export interface HistoryShape {
  groups: number
  membersPerGroup: number
  years: number
  firstYear: number
}

export interface History {
  workspace: Workspace
  plans: SessionPlan[]
  /** The most recent session of the last group: the one a facilitator edits during a live call. */
  current: SessionPlan
}

const pad = (n: number) => String(n).padStart(2, '0')
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function groupInput(index: number): GroupInput {
  const n = index + 1
  return {
    name: `Practitioner CoP ${n}`,
    focus: `Applied positive psychology with ${n % 2 === 0 ? 'adolescents' : 'adults in the workplace'}.`,
    purpose: 'Peer consultation on live cases and shared reflection for CPD.',
    openness: n % 3 === 0 ? 'open' : 'closed',
    maxSize: 10,
    rhythm: { frequency: 'monthly', durationMinutes: 90, detail: 'Second Tuesday, 18:30, video call. Dates set a term ahead.' },
    talkTimeInExports: false,
    notesRetentionMonths: null,
    confidentialityStatement:
      'What is shared here stays here. Cases are discussed de-identified: no names, places or details that could identify a client. Notes record themes, not people.',
    charter: {
      leader: 'A rotating facilitator, chosen each term; they hold the agenda and the time.',
      aims: 'Improve our practice through case consultation and shared reading.',
      commitment: 'Attend at least eight of twelve calls; send apologies in advance.',
      structure: 'Check-in, one full case, one short case, debrief, check-out.',
      costs: 'None; the video account is provided by the guild.',
      admission: 'By invitation after a short conversation with the facilitator.',
      values: 'Confidentiality, inclusivity, evidence-based and ethical practice.',
      communication: 'Email list for logistics; nothing about cases outside the call.',
      conflicts: 'Raise it with the facilitator first; the group reviews in the debrief.'
    }
  }
}

function memberInput(group: number, index: number): MemberInput {
  return {
    name: `Member ${group + 1}.${index + 1}`,
    email: `member${group + 1}.${index + 1}@example.org`,
    professionalBody: 'BPS',
    registrationNumber: `PYL${String(100000 + group * 100 + index)}`,
    role: index === 0 ? 'facilitator' : 'member'
  }
}

/**
 * Groups and members go through the real handlers, so their records are exactly what the app
 * writes. The 3,600 sessions do not: each 'sessions/plan-from-template' rewrites and revalidates
 * the whole growing workspace, which would make setup quadratic and dominate the runtime. They are
 * built with the same template code and checked against the real schemas instead, and the caller
 * reopens the folder with a fresh service to prove the app accepts it.
 */
export async function buildHistory(dataDir: string, shape: HistoryShape): Promise<History> {
  const setupNow = () => new Date(Date.UTC(shape.firstYear - 1, 11, 1))
  const { handlers } = createHearthService({ dataDir, now: setupNow, newId: randomUUID })

  const groupIds: Id[] = []
  for (let g = 0; g < shape.groups; g++) {
    const group = await handlers['groups/create']({ group: groupInput(g) })
    groupIds.push(group.id)
    for (let m = 0; m < shape.membersPerGroup; m++) await handlers['members/add']({ groupId: group.id, member: memberInput(g, m) })
  }

  const workspacePath = join(dataDir, 'workspace.json')
  const workspace = WorkspaceSchema.parse(JSON.parse(await readFile(workspacePath, 'utf8')))

  // Month-major order, as the app would append them: every group's March call before April's.
  const plans: SessionPlan[] = []
  for (let y = 0; y < shape.years; y++)
    for (let month = 0; month < 12; month++)
      groupIds.forEach((groupId, g) => {
        const year = shape.firstYear + y
        const created = new Date(Date.UTC(year, month, 1, 9, g)).toISOString()
        const title = `${MONTHS[month] ?? ''} ${year} call`
        const scheduledStart = `${year}-${pad(month + 1)}-${pad(8 + (g % 7))}T18:30`
        plans.push({
          id: randomUUID(),
          groupId,
          title,
          scheduledStart,
          plannedMinutes: DEFAULT_COP_TEMPLATE.plannedMinutes,
          items: itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, randomUUID),
          learningFocus: '',
          reflectionPrompt: '',
          createdAt: created,
          updatedAt: created
        })
      })

  const sessionsDir = join(dataDir, 'sessions')
  const files = plans.map((plan) =>
    SessionFileSchema.parse({ format: 'hearth-session', schemaVersion: SESSION_VERSION, plan, live: { events: [], lastSeenAt: null }, notes: null, closing: EMPTY_CLOSING } satisfies SessionFile)
  )
  // Setup is not measured, so plain writes in batches: fsyncing 3,600 files would only slow it.
  const batch = 64
  for (let i = 0; i < files.length; i += batch)
    await Promise.all(
      files.slice(i, i + batch).map((file) => writeFile(join(sessionsDir, `${file.plan.id}.json`), encodeDocument(file)))
    )

  const full = WorkspaceSchema.parse({
    ...workspace,
    sessions: plans.map((p) => ({ id: p.id, groupId: p.groupId, title: p.title, scheduledStart: p.scheduledStart, status: 'planned' }))
  } satisfies Workspace)
  await writeFileDurably(workspacePath, encodeDocument(full))

  const current = plans.at(-1)
  if (!current) throw new Error('History shape produced no sessions')
  return { workspace: full, plans, current }
}
