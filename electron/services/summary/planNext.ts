import dayjs from 'dayjs'
import type { Handlers } from '../../../src/core/api/contract'
import { HearthError } from '../../../src/core/errors'
import type { Id } from '../../../src/core/model/ids'
import type { SessionPlan } from '../../../src/core/model/plan'
import { EMPTY_ITEM_NOTES, EMPTY_NOTES, type Action } from '../../../src/core/notes/notesSchema'
import { readNotes } from '../notesHandlers'
import type { ServiceContext } from '../serviceContext'

/** The agenda item open actions are carried into: the template's follow-up item, else the first that is not a break. */
const followUpItem = (plan: SessionPlan) =>
  plan.items.find((item) => /follow[- ]?up/i.test(item.title)) ?? plan.items.find((item) => item.kind !== 'break') ?? plan.items[0]

/**
 * Plans the next session on the date agreed at the end of this one, with the suggested
 * facilitator, and carries every open action into its follow-up item. The actions move inside
 * the sealed notes; the plan (not sealed) only says how many came forward.
 */
export async function planNextSession(context: ServiceContext, handlers: Handlers, sessionId: Id): Promise<SessionPlan> {
  const { plan, closing, notes: sealed } = (await context.session(sessionId)).data
  if (!closing.nextSessionAt) throw new HearthError('invalid-input', (w) => w.sessions.nextDateFirst)
  const notes = sealed ? await readNotes(context, sessionId) : EMPTY_NOTES
  const open: Action[] = Object.values(notes.items).flatMap((item) => item.actions.filter((a) => !a.done && a.text.trim() !== ''))
  const ws = (await context.workspace()).data
  const number = ws.sessions.filter((s) => s.groupId === plan.groupId).length + 1
  const title = `Session ${number} — ${dayjs(closing.nextSessionAt).format('MMMM YYYY')}`
  const next = await handlers['sessions/plan-from-template']({ groupId: plan.groupId, title, scheduledStart: closing.nextSessionAt })
  const target = followUpItem(next)
  let result = next
  if (target && open.length > 0) {
    const prompt = `How did last month’s advice go? ${open.length} open action${open.length === 1 ? '' : 's'} carried forward from “${plan.title}” (in the notes).`
    const items = next.items.map((item) => (item.id === target.id ? { ...item, prompt } : item))
    result = await handlers['sessions/update-plan']({ sessionId: next.id, plan: { ...next, items } })
    const carried = open.map((action) => ({ ...action, id: context.options.newId() }))
    await handlers['notes/save']({ sessionId: next.id, notes: { ...EMPTY_NOTES, items: { [target.id]: { ...EMPTY_ITEM_NOTES, actions: carried } } } })
  }
  if (closing.nextFacilitatorId) {
    const store = await context.session(next.id)
    await store.update((file) => {
      file.closing.facilitatorId = closing.nextFacilitatorId
    })
  }
  return result
}
