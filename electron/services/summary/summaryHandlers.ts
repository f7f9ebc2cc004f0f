import type { Handlers } from '../../../src/core/api/contract'
import { HearthError } from '../../../src/core/errors'
import { suggestNextSession } from '../../../src/core/plan/nextSession'
import { suggestNextFacilitator } from '../../../src/core/summary/closing'
import { documentWords } from '../exports/documentLocale'
import { buildSummaryDocx } from '../exports/summaryDocx'
import { requireGroup, type ServiceContext } from '../serviceContext'
import { writeFileDurably } from '../storage/durableWrite'
import { assembleSummary } from './assembleSummary'
import { cycleDashboard } from './cycleDashboard'
import { openActions } from './openActions'
import { planNextSession } from './planNext'

type SummaryChannels = 'closing/get' | 'closing/save' | 'summary/preview' | 'summary/export' | 'sessions/plan-next' | 'groups/cycle' | 'groups/open-actions'

export function summaryHandlers(context: ServiceContext, all: () => Handlers): Pick<Handlers, SummaryChannels> {
  const { options, workspace, session } = context
  return {
    'closing/get': async ({ sessionId }) => {
      const { plan, closing } = (await session(sessionId)).data
      const ws = (await workspace()).data
      const group = requireGroup(ws, plan.groupId)
      const earlier = ws.sessions.filter((s) => s.groupId === group.id && s.scheduledStart <= plan.scheduledStart).sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))
      // Who facilitated each earlier session, this one included, for the rotation.
      const history: (string | null)[] = []
      for (const entry of earlier) history.push(entry.id === sessionId ? closing.facilitatorId : (await session(entry.id)).data.closing.facilitatorId)
      const people = ws.members.filter((m) => m.groupId === group.id)
      return {
        closing,
        suggestedFacilitatorId: suggestNextFacilitator(people, history),
        suggestedNextAt: suggestNextSession(group.rhythm, [plan.scheduledStart], plan.scheduledStart, 0).scheduledStart
      }
    },

    'closing/save': async ({ sessionId, closing }) =>
      (await session(sessionId)).update((file) => {
        file.closing = closing
        return closing
      }),

    'summary/preview': async ({ sessionId }) => assembleSummary(context, sessionId),

    'summary/export': async ({ sessionId }) => {
      // Checked (notes gate included) before the dialog: a refusal should not follow a file choice.
      const summary = await assembleSummary(context, sessionId)
      const choose = options.hooks?.chooseDestination
      if (!choose) throw new HearthError('internal', (w) => w.request.noSaveDialog)
      const locale = await context.documentLocale()
      const t = documentWords(locale).t
      const path = await choose({ kind: 'file', title: t.dialogs.saveSummary, suggestedName: `${t.fileNames.summary(summary.date, summary.sessionTitle)}.docx`, extension: 'docx' })
      if (path === null) return { cancelled: true as const }
      const ws = (await workspace()).data
      const paper = requireGroup(ws, (await session(sessionId)).data.plan.groupId).cpd.paper
      const target = path.toLowerCase().endsWith('.docx') ? path : `${path}.docx`
      await writeFileDurably(target, await buildSummaryDocx(summary, { paper, locale }))
      return { cancelled: false as const, files: [target], duplicates: 0 }
    },

    'sessions/plan-next': async ({ sessionId }) => planNextSession(context, all(), sessionId),

    'groups/cycle': async ({ groupId, from, to }) => cycleDashboard(context, groupId, from, to),

    'groups/open-actions': async ({ groupId }) => openActions(context, groupId)
  }
}
