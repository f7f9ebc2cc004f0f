import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppStatus, GroupSummary, Handlers, WorkspaceNotice } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import type { Id, NewId } from '../../src/core/model/ids'
import type { Group } from '../../src/core/model/group'
import type { Member } from '../../src/core/model/member'
import type { SessionPlan } from '../../src/core/model/plan'
import { DEFAULT_COP_TEMPLATE, itemsFromTemplate } from '../../src/core/plan/defaultTemplate'
import { SESSION_KIND, SESSION_VERSION, type SessionFile } from '../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND, emptyWorkspace, type Workspace } from '../../src/core/storage/workspaceDocument'
import { DocumentStore, type OpenStatus, type StoreIo } from './storage/documentStore'

export interface HearthServiceOptions extends StoreIo {
  dataDir: string
  newId: NewId
}

export interface HearthService {
  handlers: Handlers
  dataDir: string
}

const notFound = (what: string) =>
  new HearthError('not-found', `That ${what} no longer exists. It may have been removed; reload the list.`)

function noticeFor(opened: OpenStatus, label: string): WorkspaceNotice | null {
  switch (opened.status) {
    case 'quarantined':
      return {
        kind: 'quarantined',
        message: `${opened.reason} Hearth kept it untouched as ${opened.keptAs} and started a fresh ${label}.`
      }
    case 'migrated':
      return {
        kind: 'migrated',
        message: `Your ${label} was upgraded from format v${opened.from}; the original is kept as ${opened.backup}.`
      }
    case 'future':
      return { kind: 'read-only', message: opened.message }
    default:
      return null
  }
}

/**
 * Groups, members and session plans on disk: the handler table the shell and the test host
 * serve. The workspace file is small and always loaded; each session has its own file.
 */
export function createHearthService(options: HearthServiceOptions): HearthService {
  const { dataDir, newId, now } = options
  const sessionsDir = join(dataDir, 'sessions')
  let workspacePromise: Promise<DocumentStore<Workspace>> | null = null
  const sessionStores = new Map<Id, Promise<DocumentStore<SessionFile>>>()

  const workspace = (): Promise<DocumentStore<Workspace>> => {
    workspacePromise ??= (async () => {
      await mkdir(sessionsDir, { recursive: true })
      return DocumentStore.open(join(dataDir, 'workspace.json'), WORKSPACE_KIND, options, emptyWorkspace)
    })()
    // A failed open (e.g. a permissions error) is retried on the next request, not cached.
    workspacePromise.catch(() => {
      workspacePromise = null
    })
    return workspacePromise
  }

  const sessionStore = (sessionId: Id): Promise<DocumentStore<SessionFile>> => {
    let store = sessionStores.get(sessionId)
    if (!store) {
      store = DocumentStore.open(join(sessionsDir, `${sessionId}.json`), SESSION_KIND, options, null)
      sessionStores.set(sessionId, store)
      store.catch(() => sessionStores.delete(sessionId))
    }
    return store
  }

  const readSession = async (sessionId: Id): Promise<DocumentStore<SessionFile>> => {
    const ws = await workspace()
    if (!ws.data.sessions.some((s) => s.id === sessionId)) throw notFound('session')
    return sessionStore(sessionId)
  }

  const requireGroup = (ws: Workspace, groupId: Id): Group => {
    const group = ws.groups.find((g) => g.id === groupId)
    if (!group) throw notFound('group')
    return group
  }

  const handlers: Handlers = {
    'app/status': async () => {
      const ws = await workspace()
      const notice = noticeFor(ws.opened, 'workspace')
      return { dataDir, readOnly: ws.readOnly, notices: notice ? [notice] : [] } satisfies AppStatus
    },

    'groups/list': async () => {
      const ws = (await workspace()).data
      return ws.groups.map(
        (group): GroupSummary => ({
          id: group.id,
          name: group.name,
          openness: group.openness,
          memberCount: ws.members.filter((m) => m.groupId === group.id && m.role !== 'guest').length,
          guestCount: ws.members.filter((m) => m.groupId === group.id && m.role === 'guest').length,
          nextSession:
            ws.sessions
              .filter((s) => s.groupId === group.id)
              .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))
              .at(-1) ?? null
        })
      )
    },

    'groups/get': async ({ groupId }) => {
      const ws = (await workspace()).data
      return {
        group: requireGroup(ws, groupId),
        members: ws.members.filter((m) => m.groupId === groupId),
        sessions: ws.sessions
          .filter((s) => s.groupId === groupId)
          .sort((a, b) => b.scheduledStart.localeCompare(a.scheduledStart))
      }
    },

    'groups/create': async ({ group }) => {
      const stamp = now().toISOString()
      const created: Group = { ...group, id: newId(), createdAt: stamp, updatedAt: stamp }
      await (await workspace()).update((ws) => {
        ws.groups.push(created)
      })
      return created
    },

    'groups/update': async ({ groupId, group }) =>
      (await workspace()).update((ws) => {
        const index = ws.groups.findIndex((g) => g.id === groupId)
        const existing = ws.groups[index]
        if (!existing) throw notFound('group')
        const updated: Group = { ...existing, ...group, updatedAt: now().toISOString() }
        ws.groups[index] = updated
        return updated
      }),

    'members/add': async ({ groupId, member }) =>
      (await workspace()).update((ws) => {
        const group = requireGroup(ws, groupId)
        const count = ws.members.filter((m) => m.groupId === groupId && m.role !== 'guest').length
        if (member.role !== 'guest' && count >= group.maxSize)
          throw new HearthError(
            'invalid-input',
            `${group.name} is full (${group.maxSize} members). Raise the group size in its settings, or add this person as a guest.`
          )
        const created: Member = { ...member, id: newId(), groupId, createdAt: now().toISOString() }
        ws.members.push(created)
        return created
      }),

    'members/update': async ({ memberId, member }) =>
      (await workspace()).update((ws) => {
        const index = ws.members.findIndex((m) => m.id === memberId)
        const existing = ws.members[index]
        if (!existing) throw notFound('member')
        const updated: Member = { ...existing, ...member }
        ws.members[index] = updated
        return updated
      }),

    'members/remove': async ({ memberId }) =>
      (await workspace()).update((ws) => {
        const index = ws.members.findIndex((m) => m.id === memberId)
        if (index < 0) throw notFound('member')
        ws.members.splice(index, 1)
        return { removed: true as const }
      }),

    'sessions/plan-from-template': async ({ groupId, title, scheduledStart }) => {
      const ws = await workspace()
      const group = requireGroup(ws.data, groupId)
      if (ws.readOnly) throw new HearthError('read-only', noticeFor(ws.opened, 'workspace')?.message ?? 'Read-only.')
      const stamp = now().toISOString()
      const plan: SessionPlan = {
        id: newId(),
        groupId,
        title,
        scheduledStart,
        plannedMinutes: group.rhythm.durationMinutes,
        items: itemsFromTemplate(DEFAULT_COP_TEMPLATE.items, newId),
        createdAt: stamp,
        updatedAt: stamp
      }
      // The session file first: an index entry must never point at a file that was not saved.
      const file: SessionFile = { format: 'hearth-session', schemaVersion: SESSION_VERSION, plan, live: { events: [], lastSeenAt: null } }
      const store = await DocumentStore.open(join(sessionsDir, `${plan.id}.json`), SESSION_KIND, options, () => file)
      await store.update(() => undefined)
      sessionStores.set(plan.id, Promise.resolve(store))
      await ws.update((draft) => {
        draft.sessions.push({ id: plan.id, groupId, title, scheduledStart, status: 'planned' })
      })
      return plan
    },

    'sessions/get': async ({ sessionId }) => (await readSession(sessionId)).data.plan,

    'sessions/update-plan': async ({ sessionId, plan }) => {
      const store = await readSession(sessionId)
      const ids = new Set(plan.items.map((item) => item.id))
      if (ids.size !== plan.items.length)
        throw new HearthError('invalid-input', 'Two agenda items share an id. Reload the plan and try again.')
      const updated = await store.update((file) => {
        file.plan = { ...file.plan, ...plan, updatedAt: now().toISOString() }
        return file.plan
      })
      const ws = await workspace()
      const entry = ws.data.sessions.find((s) => s.id === sessionId)
      // The index is touched only when what it shows changed, so item edits write one small file.
      if (entry && (entry.title !== plan.title || entry.scheduledStart !== plan.scheduledStart))
        await ws.update((draft) => {
          const target = draft.sessions.find((s) => s.id === sessionId)
          if (target) Object.assign(target, { title: plan.title, scheduledStart: plan.scheduledStart })
        })
      return updated
    },

    'templates/default': async () => DEFAULT_COP_TEMPLATE
  }

  return { handlers, dataDir }
}
