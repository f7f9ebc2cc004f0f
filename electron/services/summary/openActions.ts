import type { OpenActions } from '../../../src/core/api/contract'
import type { Id } from '../../../src/core/model/ids'
import { readNotes } from '../notesHandlers'
import { requireGroup, type ServiceContext } from '../serviceContext'

/**
 * The group's thread of open actions across its held sessions, newest first. An action carried
 * from one session to the next is the same action (same text and owner): it is listed once, with
 * the session where it was last carried. Read from the sealed notes, so the key must be open.
 */
export async function openActions(context: ServiceContext, groupId: Id): Promise<OpenActions> {
  const ws = (await context.workspace()).data
  requireGroup(ws, groupId)
  const people = ws.members.filter((m) => m.groupId === groupId)
  const sessions = ws.sessions.filter((s) => s.groupId === groupId && s.status !== 'planned').sort((a, b) => b.scheduledStart.localeCompare(a.scheduledStart))
  const seen = new Set<string>()
  const actions: OpenActions['actions'] = []
  for (const entry of sessions) {
    if (!(await context.session(entry.id)).data.notes) continue
    const notes = await readNotes(context, entry.id)
    for (const item of Object.values(notes.items))
      for (const action of item.actions) {
        const key = `${action.text.trim().toLowerCase()}|${action.ownerId ?? ''}`
        if (action.text.trim() === '' || seen.has(key)) continue
        // A later session's "done" settles the earlier copies too.
        seen.add(key)
        if (action.done) continue
        actions.push({ text: action.text, owner: people.find((p) => p.id === action.ownerId)?.name ?? '', due: action.due, sessionId: entry.id, sessionTitle: entry.title, date: entry.scheduledStart.slice(0, 10) })
      }
  }
  return { actions }
}
