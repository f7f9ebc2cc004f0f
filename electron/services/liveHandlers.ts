import type { Handlers } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import { refusalOf } from '../../src/core/live/checkEvent'
import { groupLibrary } from './protocolHandlers'
import { requireGroup, type ServiceContext } from './serviceContext'

type LiveChannels = 'live/get' | 'live/append' | 'live/heartbeat' | 'share/open' | 'settings/get' | 'settings/update'

export function liveHandlers({ options, workspace, writableWorkspace, session, documentLocale }: ServiceContext): Pick<Handlers, LiveChannels> {
  const hooks = options.hooks ?? {}
  return {
    'live/get': async ({ sessionId }) => {
      const { plan, live } = (await session(sessionId)).data
      const ws = (await workspace()).data
      const group = requireGroup(ws, plan.groupId)
      const used = new Set(plan.items.flatMap((item) => (item.protocol ? [item.protocol.id] : [])))
      // Until the session starts, the built-ins show in the app's language now; at the start they are kept as they were.
      const library = live.protocols ?? groupLibrary(ws, plan.groupId, await documentLocale())
      return {
        plan,
        events: live.events,
        lastSeenAt: live.lastSeenAt,
        groupName: group.name,
        confidentialityStatement: group.confidentialityStatement,
        people: ws.members.filter((m) => m.groupId === plan.groupId).map(({ id, name, role }) => ({ id, name, role })),
        protocols: library.filter((p) => used.has(p.id))
      }
    },

    // Each event is on disk before the reply: a crash a moment later loses nothing acknowledged.
    'live/append': async ({ sessionId, event }) => {
      const store = await session(sessionId)
      const library = event.type === 'started' ? groupLibrary((await workspace()).data, store.data.plan.groupId, await documentLocale()) : null
      const count = await store.update((file) => {
        const refusal = refusalOf(file.plan.items, file.live.events, event)
        if (refusal) throw new HearthError('invalid-input', (w) => w.refusals[refusal])
        if (library) {
          const used = new Set(file.plan.items.flatMap((item) => (item.protocol ? [item.protocol.id] : [])))
          file.live.protocols = library.filter((p) => used.has(p.id))
        }
        file.live.events.push(event)
        file.live.lastSeenAt = Math.max(file.live.lastSeenAt ?? 0, event.at)
        return file.live.events.length
      })
      if (event.type === 'started' || event.type === 'ended') {
        const status = event.type === 'started' ? 'live' : 'ended'
        hooks.onLiveStatus?.(sessionId, status)
        // The event is saved; the index's status badge is a convenience, so failing to update it
        // must not turn a saved action into an error (the next start of Hearth shows the log anyway).
        await (await workspace())
          .update((ws) => {
            const entry = ws.sessions.find((s) => s.id === sessionId)
            if (entry) entry.status = status
          })
          .catch(() => options.onWarning?.('Saved the session event, but not the session list’s status.'))
      }
      return { count }
    },

    'live/heartbeat': async ({ sessionId, at }) => {
      const live = await (await session(sessionId)).update((file) => {
        file.live.lastSeenAt = Math.max(file.live.lastSeenAt ?? 0, at)
        const types = file.live.events.map((e) => e.type)
        return types.includes('started') && !types.includes('ended')
      })
      // After a restart mid-session the first heartbeat is what turns display-sleep prevention back on.
      if (live) hooks.onLiveStatus?.(sessionId, 'live')
      return { ok: true as const }
    },

    'share/open': async ({ sessionId, alwaysOnTop }) => {
      await session(sessionId)
      if (!hooks.openShareWindow) return { opened: 'link' as const, href: `#/share/${sessionId}` }
      await hooks.openShareWindow(sessionId, alwaysOnTop)
      return { opened: 'window' as const }
    },

    'settings/get': async () => (await workspace()).data.settings,

    'settings/update': async ({ settings }) => {
      const saved = await (await writableWorkspace()).update((ws) => {
        ws.settings = settings
        return ws.settings
      })
      hooks.onSettings?.(saved)
      return saved
    }
  }
}
