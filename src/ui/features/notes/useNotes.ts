import { useCallback, useEffect, useState } from 'react'
import type { NotesView } from '../../../core/api/contract'
import { EMPTY_NOTES, NotesSchema, type Notes } from '../../../core/notes/notesSchema'
import { call } from '../../lib/api'
import { useAutosave, type Validate } from '../../lib/useAutosave'
import { useT } from '../../i18n/LocaleContext'

export type NotesLoad =
  | { state: 'loading' }
  /** The key is locked or not set up: show the passphrase form. */
  | { state: 'locked' }
  | { state: 'error'; message: string }
  | { state: 'ready'; view: NotesView }

// A field's path, never its text: a schema message must not echo the note into the status line.
// `fallback` is the screen's own words for a refusal the schema does not explain.
const validateNotes = (fallback: string): Validate<Notes> => (notes) => {
  const parsed = NotesSchema.safeParse(notes)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const field = issue?.path.filter((p) => typeof p === 'string').at(-1)
  return { ok: false, message: `${issue?.message ?? fallback}${field ? ` (${String(field)})` : ''}` }
}

/** Opens a session's sealed notes and saves every edit a moment after typing pauses. */
export function useNotes(sessionId: string) {
  const [load, setLoad] = useState<NotesLoad>({ state: 'loading' })
  const [notes, setNotes] = useState<Notes | null>(null)
  const [revision, setRevision] = useState(0)
  const t = useT()

  const reload = useCallback(async () => {
    setLoad({ state: 'loading' })
    const result = await call('notes/get', { sessionId })
    if (result.ok) {
      setNotes(result.data.notes)
      setLoad({ state: 'ready', view: result.data })
    } else if (result.error.code === 'locked') setLoad({ state: 'locked' })
    else setLoad({ state: 'error', message: result.error.message })
  }, [sessionId])

  useEffect(() => {
    void reload()
  }, [reload])

  // Nothing is saved before the notes are open: the revision only moves with an edit.
  const { status, flush } = useAutosave(notes ?? EMPTY_NOTES, revision, validateNotes(t.notes.cannotSave), (valid) => call('notes/save', { sessionId, notes: valid }))

  const edit = useCallback((change: (notes: Notes) => Notes) => {
    setNotes((current) => (current ? change(current) : current))
    setRevision((r) => r + 1)
  }, [])

  const setSafeList = useCallback((safeList: string[]) => {
    setLoad((current) => (current.state === 'ready' ? { state: 'ready', view: { ...current.view, safeList } } : current))
  }, [])

  return { load, notes, edit, status, flush, reload, setSafeList }
}
