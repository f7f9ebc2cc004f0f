import type { Handlers } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import type { Protocol } from '../../src/core/protocols/protocolSchema'
import { protocolLibrary } from '../../src/core/protocols/library'
import type { AppLocale } from '../../src/core/model/locale'
import { replayTurns, talkShares } from '../../src/core/turns/turns'
import type { Workspace } from '../../src/core/storage/workspaceDocument'
import { requireGroup, type ServiceContext } from './serviceContext'

type ProtocolChannels = 'protocols/list' | 'protocols/save' | 'talk/cycle'

/**
 * The library a group sees: the built-in protocols in the app's language now, each replaced by
 * the group's own copy if it has one (kept in the words it was saved in).
 */
export function groupLibrary(ws: Workspace, groupId: string, locale: AppLocale): Protocol[] {
  const own = ws.protocols.filter((p) => p.groupId === groupId).map(({ groupId: _g, ...protocol }) => protocol)
  const builtIn = protocolLibrary(locale).filter((p) => !own.some((o) => o.id === p.id))
  return [...builtIn, ...own].sort((a, b) => a.name.localeCompare(b.name, locale))
}

export function protocolHandlers({ workspace, writableWorkspace, session, documentLocale }: ServiceContext): Pick<Handlers, ProtocolChannels> {
  return {
    'protocols/list': async ({ groupId }) => {
      const ws = (await workspace()).data
      requireGroup(ws, groupId)
      return groupLibrary(ws, groupId, await documentLocale())
    },

    'protocols/save': async ({ groupId, protocol }) => {
      const locale = await documentLocale()
      return (await writableWorkspace()).update((ws) => {
        requireGroup(ws, groupId)
        const keys = protocol.phases.map((p) => p.key)
        if (new Set(keys).size !== keys.length) throw new HearthError('invalid-input', (w) => w.protocols.duplicatePhases)
        const current = groupLibrary(ws, groupId, locale).find((p) => p.id === protocol.id)
        // Sessions record the version they ran, so an edit never rewrites what happened.
        const saved: Protocol = { ...protocol, version: (current?.version ?? 0) + 1 }
        ws.protocols = [...ws.protocols.filter((p) => !(p.groupId === groupId && p.id === protocol.id)), { ...saved, groupId }]
        return saved
      })
    },

    'talk/cycle': async ({ groupId, from, to }) => {
      const ws = (await workspace()).data
      requireGroup(ws, groupId)
      const entries = ws.sessions.filter((s) => s.groupId === groupId && s.status !== 'planned' && s.scheduledStart >= from && s.scheduledStart <= to)
      const totals: Record<string, number> = {}
      for (const entry of entries) {
        const { live } = (await session(entry.id)).data
        const end = live.events.at(-1)?.at ?? 0
        for (const [id, ms] of Object.entries(replayTurns(live.events, end).talkMs)) totals[id] = (totals[id] ?? 0) + ms
      }
      const shares = talkShares(totals)
      const names = new Map(ws.members.map((m) => [m.id, m.name]))
      return {
        sessions: entries.length,
        people: Object.entries(totals)
          .map(([id, talkMs]) => ({ id, name: names.get(id) ?? 'Former member', talkMs, sharePercent: shares[id] ?? 0 }))
          .sort((a, b) => b.talkMs - a.talkMs)
      }
    }
  }
}
