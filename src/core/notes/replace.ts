import type { IdentifierKind } from '../deid'
import { foldFlagText } from './flagRules'
import type { Notes } from './notesSchema'
import { PSEUDONYM_STEMS, letterLabel, type PseudonymStems } from './placeholders'

/** Swaps text[start, end) for `replacement`; everything before and after is kept as it was. */
export function replaceSpan(text: string, start: number, end: number, replacement: string): string {
  if (start < 0 || end > text.length || start > end) throw new RangeError('That span is not in the text.')
  return text.slice(0, start) + replacement + text.slice(end)
}

/**
 * Replaces every whole-word occurrence of `target` with `replacement`, so a name replaced once
 * does not survive three lines further down. A capitalised target matches its exact case only:
 * replacing the name "Hope" must not rewrite "there is hope".
 */
export function replaceEverywhere(text: string, target: string, replacement: string): string {
  const trimmed = target.trim()
  if (trimmed === '') return text
  const escaped = trimmed
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['\u2019]/g, "['\u2019]")
    .replace(/\s+/g, '\\s+')
  const flags = trimmed === trimmed.toLowerCase() ? 'giu' : 'gu'
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags)
  return text.replace(pattern, () => replacement)
}

/** The same replacement through every item, field, theme and action of a session's notes. */
export function replaceInNotes(notes: Notes, target: string, replacement: string): Notes {
  const swap = (text: string) => replaceEverywhere(text, target, replacement)
  const items = Object.fromEntries(
    Object.entries(notes.items).map(([id, item]) => [
      id,
      {
        ...item,
        summary: swap(item.summary),
        questions: swap(item.questions),
        reflections: swap(item.reflections),
        themes: [...new Set(item.themes.map(swap))],
        actions: item.actions.map((action) => ({ ...action, text: swap(action.text) }))
      }
    ])
  )
  return { ...notes, items }
}

/**
 * The stand-in for `text` in this session: the one it already has, or the next free letter for
 * its kind ("Person C", or "Personne C" in a French app). Returns the notes with the new pseudonym recorded.
 */
export function pseudonymFor(notes: Notes, text: string, kind: IdentifierKind, stems: PseudonymStems = PSEUDONYM_STEMS): { pseudonym: string; notes: Notes } | null {
  const stem = stems[kind]
  if (!stem) return null
  const folded = foldFlagText(text)
  const existing = notes.pseudonyms.find((p) => foldFlagText(p.text) === folded)
  if (existing) return { pseudonym: existing.pseudonym, notes }
  // A letter is taken for the kind whatever the words around it: after a switch of language,
  // "Person A" and "Personne A" would be two people under one letter.
  const taken = new Set(notes.pseudonyms.map((p) => p.pseudonym))
  const letters = new Set(notes.pseudonyms.filter((p) => p.kind === kind).map((p) => p.pseudonym.slice(p.pseudonym.lastIndexOf(' ') + 1)))
  let n = 0
  while (letters.has(letterLabel(n)) || taken.has(`${stem} ${letterLabel(n)}`)) n++
  const pseudonym = `${stem} ${letterLabel(n)}`
  return { pseudonym, notes: { ...notes, pseudonyms: [...notes.pseudonyms, { text: text.trim(), kind, pseudonym }] } }
}
