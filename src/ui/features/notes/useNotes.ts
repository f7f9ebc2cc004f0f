import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { NotesView } from '../../../core/api/contract'
import { EMPTY_NOTES, NotesSchema, type Notes } from '../../../core/notes/notesSchema'
import { call } from '../../lib/api'
import { useAutosave, type SaveState, type Validate } from '../../lib/useAutosave'
import { useT } from '../../i18n/LocaleContext'

export type NotesLoad =
  | { state: 'loading' }
  /** The key is locked or not set up: show the passphrase form. */
  | { state: 'locked' }
  | { state: 'error'; message: string }
  | { state: 'ready'; view: NotesView }

export type NotesChange = (notes: Notes) => Notes

/**
 * How long typing has to pause before the typed text reaches the notes. Until then a key redraws
 * only its field: the rest of the editor (every field's flags, the open count, the checker's
 * request) is worked out once per pause, not once per key. The autosave's own wait comes after,
 * so a pause is on disk within about 0.7 s.
 */
export const TYPING_SETTLES_MS = 250

// A field's path, never its text: a schema message must not echo the note into the status line.
// `fallback` is the screen's own words for a refusal the schema does not explain.
const validateNotes = (fallback: string): Validate<Notes> => (notes) => {
  const parsed = NotesSchema.safeParse(notes)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const field = issue?.path.filter((p) => typeof p === 'string').at(-1)
  return { ok: false, message: `${issue?.message ?? fallback}${field ? ` (${String(field)})` : ''}` }
}

/**
 * Opens a session's sealed notes and saves every edit a moment after typing pauses.
 *
 * Typed text arrives through `type` (a key) and other edits through `edit` (a flag resolved, an
 * action added). The notes as they truly are live in a ref, updated at once by both, so every way
 * out (a flush, leaving the screen, closing the window) saves what was typed even when the screen
 * has not drawn it yet; `notes` is what the screen draws.
 */
export function useNotes(sessionId: string) {
  const [load, setLoad] = useState<NotesLoad>({ state: 'loading' })
  const [notes, setNotes] = useState<Notes | null>(null)
  const [revision, setRevision] = useState(0)
  const [typing, setTyping] = useState(false)
  const typingShown = useRef(false)
  const t = useT()
  const truth = useRef<{ notes: Notes | null; revision: number }>({ notes: null, revision: 0 })
  /** Per field, the newest typed text not handed to `notes` yet: later keys replace earlier ones. */
  const typed = useRef(new Map<string, NotesChange>())
  const settleTimer = useRef<number | undefined>(undefined)

  const reload = useCallback(async () => {
    setLoad({ state: 'loading' })
    const result = await call('notes/get', { sessionId })
    if (result.ok) {
      truth.current = { notes: result.data.notes, revision: truth.current.revision }
      setNotes(result.data.notes)
      setLoad({ state: 'ready', view: result.data })
    } else if (result.error.code === 'locked') setLoad({ state: 'locked' })
    else setLoad({ state: 'error', message: result.error.message })
  }, [sessionId])

  useEffect(() => {
    void reload()
  }, [reload])

  /** Applies the typed text and `change` to the true notes, and has the screen draw them. */
  const commit = useCallback((change?: NotesChange): Notes | null => {
    window.clearTimeout(settleTimer.current)
    const pending = [...typed.current.values()]
    typed.current.clear()
    const { notes: before, revision: r } = truth.current
    if (!before) return null
    if (pending.length === 0 && !change) return before
    const after = [...pending, ...(change ? [change] : [])].reduce((n, apply) => apply(n), before)
    truth.current = { notes: after, revision: r + 1 }
    setNotes(after)
    setRevision(r + 1)
    typingShown.current = false
    setTyping(false)
    return after
  }, [])

  // Declared before the autosave: on the way out these run first, so its last flush has the text.
  const stageRef = useRef<(value: Notes, revision: number) => void>(() => {})
  const settle = useCallback((): Notes | null => {
    const now = commit()
    if (now) stageRef.current(now, truth.current.revision)
    return now
  }, [commit])
  useEffect(() => {
    window.addEventListener('beforeunload', settle)
    return () => {
      window.removeEventListener('beforeunload', settle)
      settle()
    }
  }, [settle])

  // Nothing is saved before the notes are open: the revision only moves with an edit.
  const autosave = useAutosave(notes ?? EMPTY_NOTES, revision, validateNotes(t.notes.cannotSave), (valid) => call('notes/save', { sessionId, notes: valid }))
  stageRef.current = autosave.stage

  const edit = useCallback((change: NotesChange) => void commit(change), [commit])

  /** A key typed in a text field: `key` names the field, `change` puts its whole new text in. */
  const type = useCallback(
    (key: string, change: NotesChange) => {
      typed.current.set(key, change)
      // Once per burst of typing: even a state set to what it was would draw the editor again.
      if (!typingShown.current) {
        typingShown.current = true
        setTyping(true)
      }
      window.clearTimeout(settleTimer.current)
      settleTimer.current = window.setTimeout(() => startTransition(() => void commit()), TYPING_SETTLES_MS)
    },
    [commit]
  )

  const flush = useCallback(() => {
    settle()
    return autosave.flush()
  }, [settle, autosave.flush])

  const setSafeList = useCallback((safeList: string[]) => {
    setLoad((current) => (current.state === 'ready' ? { state: 'ready', view: { ...current.view, safeList } } : current))
  }, [])

  // Typed text not handed over yet is not on disk: "Saved" must wait for it.
  const shown = autosave.status
  const status: SaveState = typing && (shown.state === 'saved' || shown.state === 'saving') ? { state: 'pending' } : shown

  return { load, notes, edit, type, settle, status, flush, reload, setSafeList }
}
