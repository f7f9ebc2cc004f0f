import type { IdentifierKind } from '../deid'
import { foldFlagText, type LocatedFlag, type NoteSpot } from './flagRules'
import type { ItemNotes, Notes } from './notesSchema'
import { PLACEHOLDERS, PSEUDONYM_STEMS, type PseudonymStems } from './placeholders'
import { pseudonymFor, replaceInNotes, replaceSpan } from './replace'

export type Resolution = 'replace' | 'pseudonym' | 'dismiss' | 'confirm'

/**
 * Names, organisations and places are replaced wherever they occur in the session's notes:
 * leaving "Sam" in the questions after replacing it in the summary would defeat the point.
 * A number ("14") is replaced where it was flagged only: "14 minutes" elsewhere is not an age.
 */
const EVERYWHERE: ReadonlySet<IdentifierKind> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION'])

function editSpot(item: ItemNotes, spot: NoteSpot, change: (text: string) => string): ItemNotes {
  switch (spot.field) {
    case 'themes':
      return { ...item, themes: item.themes.map((t, i) => (i === spot.index ? change(t) : t)) }
    case 'actions':
      return { ...item, actions: item.actions.map((a, i) => (i === spot.index ? { ...a, text: change(a.text) } : a)) }
    default:
      return { ...item, [spot.field]: change(item[spot.field]) }
  }
}

function replaceFlag(notes: Notes, flag: LocatedFlag, replacement: string): Notes {
  if (EVERYWHERE.has(flag.kind)) return replaceInNotes(notes, flag.text, replacement)
  const item = notes.items[flag.itemId]
  if (!item) return notes
  return { ...notes, items: { ...notes.items, [flag.itemId]: editSpot(item, flag.spot, (text) => replaceSpan(text, flag.start, flag.end, replacement)) } }
}

function decide(notes: Notes, text: string, decision: 'dismissed' | 'confirmed'): Notes {
  const folded = foldFlagText(text)
  const others = notes.decisions.filter((d) => foldFlagText(d.text) !== folded)
  return { ...notes, decisions: [...others, { text: text.trim(), decision }] }
}

/** What one click or key on a flag does to the session's notes. */
export function resolveFlag(notes: Notes, flag: LocatedFlag, resolution: Resolution, stems: PseudonymStems = PSEUDONYM_STEMS): Notes {
  switch (resolution) {
    case 'replace':
      return replaceFlag(notes, flag, PLACEHOLDERS[flag.kind])
    case 'pseudonym': {
      const assigned = pseudonymFor(notes, flag.text, flag.kind, stems)
      return assigned ? replaceFlag(assigned.notes, flag, assigned.pseudonym) : replaceFlag(notes, flag, PLACEHOLDERS[flag.kind])
    }
    case 'dismiss':
      return decide(notes, flag.text, 'dismissed')
    case 'confirm':
      return decide(notes, flag.text, 'confirmed')
  }
}
