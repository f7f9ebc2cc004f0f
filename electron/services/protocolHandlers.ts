import type { Handlers } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import type { Protocol } from '../../src/core/protocols/protocolSchema'
import { PROTOCOL_LIBRARY } from '../../src/core/protocols/library'
import { replayTurns, talkShares } from '../../src/core/turns/turns'
import type { Workspace } from '../../src/core/storage/workspaceDocument'
import { requireGroup, type ServiceContext } from './serviceContext'

type ProtocolChannels = 'protocols/list' | 'protocols/save' | 'talk/cycle'

/** The library a group sees: the built-in protocols, each replaced by the group's own copy if it has one. */
export function groupLibrary(ws: Workspace, groupId: string): Protocol[] {
  const own = ws.protocols.filter((p) => p.groupId === groupId).map(({ groupId: _g, ...protocol }) => protocol)
  const builtIn = PROTOCOL_LIBRARY.filter((p) => !own.some((o) => o.id === p.id))
  return [...builtIn, ...own].sort((a, b) => a.name.localeCompare(b.name))
}

export function protocolHandlers({ workspace, writableWorkspace, session }: ServiceContext): Pick<Handlers, ProtocolChannels> {
  return {
    'protocols/list': async ({ groupId }) => {
      const ws = (await workspace()).data
      requireGroup(ws, groupId)
      return groupLibrary(ws, groupId)
    },

    'protocols/save': async ({ groupId, protocol }) =>
      (await writableWorkspace()).update((ws) => {
        requireGroup(ws, groupId)
        const keys = protocol.phases.map((p) => p.key)
        if (new Set(keys).size !== keys.length) throw new HearthError('invalid-input', (w) => w.protocols.duplicatePhases)
        const current = groupLibrary(ws, groupId).find((p) => p.id === protocol.id)
        // Sessions record the version they ran, so an edit never rewrites what happened.
        const saved: Protocol = { ...protocol, version: (current?.version ?? 0) + 1 }
        ws.protocols = [...ws.protocols.filter((p) => !(p.groupId === groupId && p.id === protocol.id)), { ...saved, groupId }]
        return saved
      }),

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
