import { findIdentifiers } from '../deid'
import { checkOptionsFor, checkedText, flagContext, flagsFromFindings, textsOf, type Flag, type FlagContext, type LocatedFlag, type NoteSpot } from './flagRules'
import type { Notes } from './notesSchema'

// The rules live in flagRules.ts, which does not load the checker (the screen runs it in a worker).
export * from './flagRules'

/** The checker's findings in one piece of text (found at `spot`), less what the note-taker has already settled. */
export function flagsIn(text: string, context: FlagContext, spot?: NoteSpot): Flag[] {
  if (text.trim() === '') return []
  return flagsFromFindings(text, findIdentifiers(checkedText(text, context), checkOptionsFor(spot, context)), context)
}

export function flagsInNotes(notes: Notes, safeList: readonly string[], language?: 'en' | 'fr'): LocatedFlag[] {
  const context = flagContext(notes, safeList, language)
  return Object.entries(notes.items).flatMap(([itemId, item]) =>
    textsOf(item).flatMap(({ spot, text }) => flagsIn(text, context, spot).map((flag) => ({ ...flag, itemId, spot })))
  )
}

/**
 * What stops an export that contains notes: every flag neither replaced, dismissed nor
 * explicitly confirmed. Exports call this on the notes as saved, never on a cached result.
 */
export const unresolvedFlags = (notes: Notes, safeList: readonly string[], language?: 'en' | 'fr'): LocatedFlag[] =>
  flagsInNotes(notes, safeList, language).filter((flag) => flag.state === 'open')
