import type { CheckOptions, Finding, IdentifierKind } from '../deid'
import { NOTE_TEXT_FIELDS, type ItemNotes, type Notes } from './notesSchema'
import { PLACEHOLDER_PATTERN } from './placeholders'

/** One likely identifier in a piece of note text, and where the note-taker stands on it. */
export interface Flag {
  start: number
  end: number
  kind: IdentifierKind
  text: string
  /** Open until replaced, dismissed ("not an identifier") or confirmed ("keep it"). */
  state: 'open' | 'confirmed'
}

/** Case, spacing and curly quotes do not make "Sam" a different name from "sam". */
export const foldFlagText = (text: string): string =>
  text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()

/** What is known, beyond the text itself, when deciding which findings to show. */
export interface FlagContext {
  /** The group's safe list: folded texts that are never identifiers for this group. */
  safe: ReadonlySet<string>
  dismissed: ReadonlySet<string>
  confirmed: ReadonlySet<string>
  /** Stand-ins Hearth itself wrote ("Person A"), folded. */
  pseudonyms: ReadonlySet<string>
  /** The stand-ins for people as written, so the text around them is still checked as around a name. */
  personStandIns: readonly string[]
  /** The app's language: how a theme tag reads, which has no sentence to tell its own ("pression parentale"). */
  language?: 'en' | 'fr'
}

export function flagContext(notes: Notes, safeList: readonly string[], language?: 'en' | 'fr'): FlagContext {
  const fold = (list: readonly string[]) => new Set(list.map(foldFlagText))
  return {
    ...(language ? { language } : {}),
    safe: fold(safeList),
    dismissed: fold(notes.decisions.filter((d) => d.decision === 'dismissed').map((d) => d.text)),
    confirmed: fold(notes.decisions.filter((d) => d.decision === 'confirmed').map((d) => d.text)),
    pseudonyms: fold(notes.pseudonyms.map((p) => p.pseudonym)),
    personStandIns: notes.pseudonyms.filter((p) => p.kind === 'PERSON').map((p) => p.pseudonym)
  }
}

function placeholderSpans(text: string): [number, number][] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => [m.index, m.index + m[0].length])
}

const NAMES_BY_LENGTH = ['', '', '', 'Amy', 'Anna', 'Maria', 'Daniel', 'Michael', 'Jonathan', 'Alexander']

/** An ordinary name exactly `length` characters long ("Anna Smith" for 10), if there is one. */
function nameOfLength(length: number): string | null {
  if (length < NAMES_BY_LENGTH.length) return NAMES_BY_LENGTH[length] || null
  const surname = NAMES_BY_LENGTH[length - 5]
  return surname ? `Anna ${surname}` : null
}

/**
 * The text as the checker should read it: "[CLIENT], 15," or "Person A, 15," still says a
 * person is 15, so each stand-in for a person is read as an ordinary name of the same length.
 * Replacing the name must not hide the age next to it.
 */
function asChecked(text: string, personStandIns: readonly string[]): string {
  const spans: [number, number][] = [...text.matchAll(/\[CLIENT\]/g)].map((m) => [m.index, m.index + m[0].length])
  for (const standIn of personStandIns)
    for (let at = text.indexOf(standIn); at !== -1; at = text.indexOf(standIn, at + standIn.length)) spans.push([at, at + standIn.length])
  if (spans.length === 0) return text
  // Each name has its stand-in's length, so the spans keep their places and the text is rebuilt in
  // one pass (once per stand-in cost a long note milliseconds on every key). Overlapping stand-ins
  // ("Person A" inside "Person AA") are rare: there the later one written wins, as it always has.
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  if (sorted.some(([start], i) => i > 0 && start < sorted[i - 1]![1])) {
    let checked = text
    for (const [start, end] of spans) {
      const name = nameOfLength(end - start)
      if (name) checked = checked.slice(0, start) + name + checked.slice(end)
    }
    return checked
  }
  const parts: string[] = []
  let at = 0
  for (const [start, end] of sorted) {
    const name = nameOfLength(end - start)
    if (!name) continue
    parts.push(text.slice(at, start), name)
    at = end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/** The text the identifier checker is given for `text`: same length, stand-ins for people read as names. */
export const checkedText = (text: string, context: FlagContext): string => asChecked(text, context.personStandIns)

// The checker covers a team's or place's "the" (the corpus labels count it); the screen replaces
// only a capitalised name after it, so "plays for the Kingston Ice Hawks" becomes "plays for the [ORG]".
const ARTICLE_BEFORE_NAME = /^[Tt]he\s+(?=\p{Lu})/u

function withoutArticle(text: string, finding: Finding): Finding {
  if (finding.kind !== 'ORGANIZATION' && finding.kind !== 'LOCATION') return finding
  const article = ARTICLE_BEFORE_NAME.exec(text.slice(finding.start, finding.end))
  return article ? { ...finding, start: finding.start + article[0].length } : finding
}

/**
 * The flags in `text`, given the checker's findings in checkedText(text, context): less what the
 * note-taker has already settled. Kept apart from the checker so the screen can run it elsewhere.
 */
export function flagsFromFindings(text: string, findings: readonly Finding[], context: FlagContext): Flag[] {
  if (text.trim() === '') return []
  const placeholders = placeholderSpans(text)
  const flags: Flag[] = []
  for (const found of findings) {
    const finding = withoutArticle(text, found)
    if (placeholders.some(([s, e]) => finding.start < e && s < finding.end)) continue
    const flagged = text.slice(finding.start, finding.end)
    const folded = foldFlagText(flagged)
    if (context.safe.has(folded) || context.dismissed.has(folded) || context.pseudonyms.has(folded)) continue
    flags.push({ ...finding, text: flagged, state: context.confirmed.has(folded) ? 'confirmed' : 'open' })
  }
  return flags
}

/** Where a piece of note text lives, so a flag can be shown and fixed in place. */
export type NoteSpot =
  | { field: (typeof NOTE_TEXT_FIELDS)[number] }
  | { field: 'themes'; index: number }
  | { field: 'actions'; index: number }

export interface LocatedFlag extends Flag {
  itemId: string
  spot: NoteSpot
}

/**
 * How the checker reads a piece of note text. A theme tag is a short noun phrase with no function
 * word to tell its language by, so it reads in the app's; sentences decide for themselves (a
 * French-speaking facilitator's English "Athlete: Merit | Age: 29" still reads as English).
 */
export const checkOptionsFor = (spot: NoteSpot | undefined, context: FlagContext): CheckOptions | undefined =>
  spot?.field === 'themes' && context.language ? { language: context.language } : undefined

/** Every piece of text in one item's notes, themes and action texts included. */
export function textsOf(item: ItemNotes): { spot: NoteSpot; text: string }[] {
  return [
    ...NOTE_TEXT_FIELDS.map((field) => ({ spot: { field }, text: item[field] })),
    ...item.themes.map((text, index) => ({ spot: { field: 'themes' as const, index }, text })),
    ...item.actions.map((action, index) => ({ spot: { field: 'actions' as const, index }, text: action.text }))
  ]
}

