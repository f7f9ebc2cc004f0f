import dayjs from 'dayjs'
import type { Handlers } from '../../src/core/api/contract'
import { HearthError } from '../../src/core/errors'
import type { Id } from '../../src/core/model/ids'
import { flagContext, flagsIn, foldFlagText, unresolvedFlags, type FlagContext } from '../../src/core/notes/flags'
import { PLACEHOLDER_PATTERN } from '../../src/core/notes/placeholders'
import { EMPTY_NOTES, NotesSchema, type Notes } from '../../src/core/notes/notesSchema'
import { languageOf } from '../../src/core/model/locale'
import { notesExpired } from '../../src/core/notes/retention'
import type { KeyProvider } from './crypto/keyProvider'
import { open as openSealed, sealJson } from './crypto/sealedBox'
import { requireGroup, type ServiceContext } from './serviceContext'

type NotesChannels = 'keys/status' | 'keys/unlock' | 'notes/get' | 'notes/exists' | 'notes/save' | 'notes/safe-list-add'

/** Binds a sealed notes blob to its session: one session's notes cannot be pasted into another. */
const notesAad = (sessionId: Id) => `hearth-notes:v1:${sessionId}`

function requireKeys(keys: KeyProvider | undefined): KeyProvider {
  if (!keys) throw new HearthError('internal', (w) => w.notes.notAvailable)
  return keys
}

async function dataKey(maybeKeys: KeyProvider | undefined) {
  const keys = requireKeys(maybeKeys)
  const key = await keys.dataKey()
  if (key.ok) return key.data
  const status = await keys.status()
  // Locked and not-yet-set-up both mean "show the passphrase form", so the UI gets one code.
  if (status.state === 'locked' || status.state === 'needs-passphrase') throw new HearthError('locked', key.error.text)
  throw key.error
}

/** The notes of one session, opened; an empty document when none were written yet. */
export async function readNotes(context: ServiceContext, sessionId: Id): Promise<Notes> {
  const file = (await context.session(sessionId)).data
  // Asked even when there is nothing yet: the passphrase comes before typing, not at the first
  // save, when the words typed could only be kept in memory.
  const key = await dataKey(context.options.keys)
  if (!file.notes) return EMPTY_NOTES
  const plain = openSealed(key, file.notes, notesAad(sessionId))
  const parsed = NotesSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)))
  // Never echo the content: a schema message could quote a field of the note.
  if (!parsed.success) throw new HearthError('unreadable-file', (w) => w.notes.notUnderstood)
  return parsed.data
}

/**
 * What any export containing notes must call: it reads the notes as saved, re-runs the check
 * and refuses while a flag is neither replaced, dismissed nor confirmed.
 */
export async function notesForExport(context: ServiceContext, sessionId: Id): Promise<Notes> {
  const notes = await readNotes(context, sessionId)
  const file = (await context.session(sessionId)).data
  const group = requireGroup((await context.workspace()).data, file.plan.groupId)
  const open = unresolvedFlags(notes, group.safeList, languageOf(await context.documentLocale()))
  if (open.length > 0) throw new HearthError('invalid-input', (w) => w.notes.unresolvedFlags(open.length))
  return notes
}

/**
 * Deletes notes older than their group's retention period. Returns how many sessions lost their
 * notes. Only the sealed blob goes; the plan and the live log (no notes in them) stay.
 */
export async function sweepExpiredNotes(context: ServiceContext): Promise<number> {
  const ws = (await context.workspace()).data
  const today = dayjs(context.options.now()).format('YYYY-MM-DD')
  let swept = 0
  for (const entry of ws.sessions) {
    const group = ws.groups.find((g) => g.id === entry.groupId)
    if (!group || !notesExpired(entry.scheduledStart, group.notesRetentionMonths, today)) continue
    const store = await context.session(entry.id).catch(() => null)
    if (!store?.data.notes) continue
    await store.update((file) => {
      file.notes = null
    })
    swept++
  }
  return swept
}

export function notesHandlers(context: ServiceContext): Pick<Handlers, NotesChannels> {
  const { options, workspace, writableWorkspace, session } = context
  const keys = options.keys
  return {
    'keys/status': async () => {
      const status = await requireKeys(keys).status()
      if (status.state !== 'unavailable') return status
      // Written in the app's language here: the provider cannot know it, and a function cannot cross IPC.
      const { text, ...rest } = status
      return { ...rest, message: text(await context.errorWords()) }
    },

    'keys/unlock': async ({ passphrase }) => {
      // Opening the workspace creates the data folder the key file goes in.
      await workspace()
      const result = await requireKeys(keys).unlock(passphrase)
      if (!result.ok) throw result.error
      return result.data
    },

    'notes/get': async ({ sessionId }) => {
      const notes = await readNotes(context, sessionId)
      const { plan } = (await session(sessionId)).data
      const group = requireGroup((await workspace()).data, plan.groupId)
      return { notes, safeList: group.safeList, themes: group.themes }
    },

    'notes/exists': async ({ sessionId }) => ({ exists: (await session(sessionId)).data.notes !== null }),

    'notes/save': async ({ sessionId, notes }) => {
      const key = await dataKey(keys)
      const store = await session(sessionId)
      const itemIds = new Set(store.data.plan.items.map((item) => item.id))
      if (Object.keys(notes.items).some((id) => !itemIds.has(id)))
        throw new HearthError('invalid-input', (w) => w.notes.itemGone)
      const sealed = sealJson(key.key, key.keyId, notes, notesAad(sessionId))
      await store.update((file) => {
        file.notes = sealed
      })
      await rememberThemes(context, store.data.plan.groupId, notes)
      return { savedAt: options.now().getTime() }
    },

    'notes/safe-list-add': async ({ groupId, text }) =>
      (await writableWorkspace()).update((ws) => {
        const group = requireGroup(ws, groupId)
        const folded = text.toLowerCase()
        if (!group.safeList.some((s) => s.toLowerCase() === folded)) group.safeList.push(text)
        return { safeList: [...group.safeList] }
      })
  }
}

/**
 * Themes are offered to later sessions from the workspace file, which is not sealed, so only a
 * theme the checker finds nothing in goes there ("parental pressure", never "Sam's dad"). A tag
 * that is a stand-in ("Person A", "[CLIENT]") means someone else in the next session: not offered.
 */
const isStandIn = (theme: string, context: FlagContext): boolean =>
  context.pseudonyms.has(foldFlagText(theme)) || theme.replace(PLACEHOLDER_PATTERN, '').trim() === ''

async function rememberThemes(context: ServiceContext, groupId: Id, notes: Notes): Promise<void> {
  const ws = await context.workspace()
  const group = requireGroup(ws.data, groupId)
  const known = new Set(group.themes.map((t) => t.toLowerCase()))
  const checker = { ...flagContext(notes, group.safeList, languageOf(await context.documentLocale())), confirmed: new Set<string>() }
  const fresh = [
    ...new Set(
      Object.values(notes.items)
        .flatMap((item) => item.themes.map((theme, index) => ({ theme, index })))
        .filter(({ theme, index }) => !known.has(theme.toLowerCase()) && !isStandIn(theme, checker) && flagsIn(theme, checker, { field: 'themes', index }).length === 0)
        .map(({ theme }) => theme)
    )
  ]
  if (fresh.length === 0 || ws.readOnly) return
  await ws
    .update((data) => {
      requireGroup(data, groupId).themes.push(...fresh)
    })
    .catch(() => context.options.onWarning?.('Saved the notes, but not the group’s list of themes.'))
}
