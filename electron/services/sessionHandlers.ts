import { EMPTY_CLOSING } from '../../src/core/summary/closing'
import type { Handlers } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import type { SessionPlan } from '../../src/core/model/plan'
import { defaultTemplate, itemsFromTemplate } from '../../src/core/plan/defaultTemplate'
import { SESSION_VERSION } from '../../src/core/storage/sessionDocument'
import type { SessionTemplate } from '../../src/core/storage/workspaceDocument'
import { notFound, requireGroup, type ServiceContext } from './serviceContext'

type SessionChannels =
  | 'sessions/plan-from-template'
  | 'sessions/get'
  | 'sessions/update-plan'
  | 'templates/default'
  | 'templates/list'
  | 'templates/save-from-plan'

export function sessionHandlers({ options, workspace, writableWorkspace, session, createSession, documentLocale }: ServiceContext): Pick<Handlers, SessionChannels> {
  const { newId, now } = options
  return {
    'sessions/plan-from-template': async ({ groupId, title, scheduledStart, templateId }) => {
      const ws = await writableWorkspace()
      const group = requireGroup(ws.data, groupId)
      const template = templateId
        ? ws.data.templates.find((t) => t.id === templateId && t.groupId === groupId)
        : { ...defaultTemplate(await documentLocale()), plannedMinutes: group.rhythm.durationMinutes }
      if (!template) throw notFound('template')
      const stamp = now().toISOString()
      const plan: SessionPlan = {
        id: newId(),
        groupId,
        title,
        scheduledStart,
        plannedMinutes: template.plannedMinutes,
        items: itemsFromTemplate(template.items, newId),
        learningFocus: '',
        reflectionPrompt: '',
        createdAt: stamp,
        updatedAt: stamp
      }
      await createSession({ format: 'hearth-session', schemaVersion: SESSION_VERSION, plan, live: { events: [], lastSeenAt: null }, notes: null, closing: EMPTY_CLOSING })
      await ws.update((draft) => {
        draft.sessions.push({ id: plan.id, groupId, title, scheduledStart, status: 'planned' })
      })
      return plan
    },

    'sessions/get': async ({ sessionId }) => (await session(sessionId)).data.plan,

    'sessions/update-plan': async ({ sessionId, plan }) => {
      const store = await session(sessionId)
      const ids = new Set(plan.items.map((item) => item.id))
      if (ids.size !== plan.items.length)
        throw new HearthError('invalid-input', (w) => w.sessions.duplicateItems)
      const updated = await store.update((file) => {
        // Checked inside the queue: a start saved a moment earlier must win over a late autosave.
        if (file.live.events.length > 0)
          throw new HearthError('invalid-input', (w) => w.sessions.started)
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

    'templates/default': async () => defaultTemplate(await documentLocale()),

    'templates/list': async ({ groupId }) => {
      const ws = (await workspace()).data
      requireGroup(ws, groupId)
      return ws.templates.filter((t) => t.groupId === groupId)
    },

    'templates/save-from-plan': async ({ sessionId, name }) => {
      const { plan } = (await session(sessionId)).data
      const template: SessionTemplate = {
        id: newId(),
        groupId: plan.groupId,
        name,
        plannedMinutes: plan.plannedMinutes,
        items: plan.items.map(({ id: _id, ...item }) => item),
        createdAt: now().toISOString()
      }
      return (await writableWorkspace()).update((ws) => {
        // Saving under an existing name replaces it: groups refine one template over time.
        ws.templates = ws.templates.filter((t) => !(t.groupId === plan.groupId && t.name === name))
        ws.templates.push(template)
        return template
      })
    }
  }
}
