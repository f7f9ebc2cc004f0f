import dayjs from 'dayjs'
import { attendanceOf } from '../../../src/core/attendance/attendedTime'
import { MINUTE, replay } from '../../../src/core/live/clock'
import type { Id } from '../../../src/core/model/ids'
import { EMPTY_NOTES, isEmptyItemNotes, type Notes } from '../../../src/core/notes/notesSchema'
import { SELF_EVALUATION_QUESTIONS } from '../../../src/core/summary/closing'
import type { SessionSummary } from '../../../src/core/summary/sessionSummary'
import { replayTurns, talkShares } from '../../../src/core/turns/turns'
import { attendanceFromLog } from '../certificates/attendanceSummary'
import { documentWords } from '../exports/documentLocale'
import { notesForExport } from '../notesHandlers'
import { groupLibrary } from '../protocolHandlers'
import { requireGroup, type ServiceContext } from '../serviceContext'

const minutes = (ms: number) => Math.round(ms / MINUTE)

/**
 * The summary of one session, as the Word document will print it. The notes come through the
 * export gate: they are read from disk and re-checked, and an unresolved flag stops it here.
 */
export async function assembleSummary(context: ServiceContext, sessionId: Id): Promise<SessionSummary> {
  const file = (await context.session(sessionId)).data
  const ws = (await context.workspace()).data
  const group = requireGroup(ws, file.plan.groupId)
  const { plan, live, closing } = file
  const notes: Notes = file.notes ? await notesForExport(context, sessionId) : EMPTY_NOTES
  const now = Math.max(context.options.now().getTime(), live.events.at(-1)?.at ?? 0)
  const state = replay(plan.items, live.events, now)
  const people = ws.members.filter((m) => m.groupId === group.id)
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? ''
  const attendance = attendanceFromLog(file, now)
  const locale = await context.documentLocale()
  const library = live.protocols ?? groupLibrary(ws, group.id, locale)
  // The summary's own words (an untitled item, a departed member) in the language it will print in.
  const t = documentWords(locale).t.summary

  const present = people.flatMap((p) => {
    const record = attendanceOf(attendance, p.id)
    return record.status === 'present' ? [{ name: p.name, guest: p.role === 'guest', minutes: minutes(record.attendedMs), late: record.late, leftEarly: record.leftEarly }] : []
  })
  const statusOf = (id: string) => attendanceOf(attendance, id).status
  const rebalances = live.events.reduce((n, e) => (e.type === 'rebalanced' ? n + (e.undo ? -1 : 1) : n), 0)
  const titleOf = (itemId: string) => plan.items.find((i) => i.id === itemId)?.title ?? t.agenda.agendaItem
  const withNotes = plan.items.flatMap((item) => {
    const n = notes.items[item.id]
    return n && !isEmptyItemNotes(n) ? [{ item, n }] : []
  })
  const scores = closing.selfEvaluation.scores
  const evaluated = scores.some((s) => s !== null) || closing.selfEvaluation.comment !== ''
  const shares = talkShares(replayTurns(live.events, now).talkMs)

  return {
    groupName: group.name,
    sessionTitle: plan.title,
    date: state.startedAt === null ? plan.scheduledStart.slice(0, 10) : dayjs(state.startedAt).format('YYYY-MM-DD'),
    startTime: state.startedAt === null ? plan.scheduledStart.slice(11, 16) : dayjs(state.startedAt).format('HH:mm'),
    endTime: state.endedAt === null ? null : dayjs(state.endedAt).format('HH:mm'),
    facilitator: nameOf(closing.facilitatorId) || group.cpd.facilitatorName,
    noteTaker: nameOf(closing.noteTakerId),
    learningFocus: plan.learningFocus,
    attendance: {
      present,
      apologies: people.filter((p) => statusOf(p.id) === 'apologies').map((p) => p.name),
      notMarked: people.filter((p) => p.role !== 'guest' && (statusOf(p.id) === 'unmarked' || statusOf(p.id) === 'absent')).map((p) => p.name)
    },
    agenda: state.items.map((r) => {
      const protocol = r.item.protocol ? library.find((p) => p.id === r.item.protocol?.id) : undefined
      return {
        title: r.item.title,
        break: r.item.kind === 'break',
        plannedMinutes: r.plannedMinutes,
        actualMinutes: r.firstStartedAt === null ? null : minutes(r.elapsedMs),
        skipped: r.skipped,
        protocol: protocol ? `${protocol.name} (v${protocol.version})` : null
      }
    }),
    timing: {
      plannedMinutes: plan.plannedMinutes,
      actualMinutes: state.startedAt === null ? null : minutes((state.endedAt ?? now) - state.startedAt),
      rebalances: Math.max(0, rebalances)
    },
    notes: withNotes.map(({ item, n }) => ({ itemTitle: item.title, themes: n.themes, summary: n.summary, questions: n.questions, reflections: n.reflections })),
    actions: withNotes.flatMap(({ item, n }) =>
      n.actions.filter((a) => a.text.trim() !== '').map((a) => ({ text: a.text, owner: nameOf(a.ownerId), due: a.due, done: a.done, itemTitle: titleOf(item.id) }))
    ),
    selfEvaluation: evaluated ? { ratings: SELF_EVALUATION_QUESTIONS.map((question, i) => ({ question, score: scores[i] ?? null })), comment: closing.selfEvaluation.comment } : null,
    next: { scheduledStart: closing.nextSessionAt || null, facilitator: nameOf(closing.nextFacilitatorId) },
    reflectionPrompts: closing.reflectionPrompts.length > 0 ? closing.reflectionPrompts : plan.reflectionPrompt ? [plan.reflectionPrompt] : [],
    confidentialityStatement: group.confidentialityStatement,
    talkTime: group.talkTimeInExports
      ? Object.entries(shares)
          .map(([id, share]) => ({ name: nameOf(id) || t.talkTime.formerMember, sharePercent: Math.round(share) }))
          .sort((a, b) => b.sharePercent - a.sharePercent)
      : null
  }
}
