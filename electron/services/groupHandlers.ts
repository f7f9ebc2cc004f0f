import { newCpdRule } from '../../src/core/attendance/cpdRule'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppStatus, GroupSummary, Handlers } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import type { Group } from '../../src/core/model/group'
import type { Member } from '../../src/core/model/member'
import { noticeFor, notFound, requireGroup, type ServiceContext } from './serviceContext'

async function keptAsideFiles(dataDir: string): Promise<string[]> {
  const list = async (dir: string, prefix: string) =>
    (await readdir(dir).catch(() => [] as string[])).filter((name) => name.includes('.unreadable-')).map((name) => prefix + name)
  return [...(await list(dataDir, '')), ...(await list(join(dataDir, 'sessions'), 'sessions/'))]
}

type GroupChannels = 'app/status' | 'groups/list' | 'groups/get' | 'groups/create' | 'groups/update' | 'members/add' | 'members/update' | 'members/remove'

export function groupHandlers({ options, workspace, errorWords, documentLocale }: ServiceContext): Pick<Handlers, GroupChannels> {
  const { dataDir, newId, now } = options
  return {
    'app/status': async () => {
      const ws = await workspace()
      const words = await errorWords()
      const notice = noticeFor(ws.opened, 'workspace', words)
      const notices = notice ? [notice] : []
      // Files kept aside stay reported on every start until someone deals with them.
      const keptAside = await keptAsideFiles(dataDir)
      if (keptAside.length > 0 && ws.opened.status !== 'quarantined')
        notices.push({
          kind: 'quarantined',
          message: words.notices.keptAside(keptAside.length, keptAside.join(', '))
        })
      return { dataDir, readOnly: ws.readOnly, notices } satisfies AppStatus
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
      // Its credit types are written in the app's language now; from then on they are the group's.
      const created: Group = { ...group, id: newId(), safeList: [], themes: [], cpd: newCpdRule(await documentLocale()), createdAt: stamp, updatedAt: stamp }
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
          throw new HearthError('invalid-input', (w) => w.groups.full(group.name, group.maxSize))
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
      })
  }
}
