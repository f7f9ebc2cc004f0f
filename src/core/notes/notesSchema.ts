import { z } from 'zod'
import { IdSchema } from '../model/ids'

export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-01.')

// Written out by hand, not toLocaleString: this runs when the module loads, and the first number
// format a page makes loads the ICU data (~50 ms of start-up on the live screen).
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',')
const field = (max: number) => z.string().max(max, `Keep this under ${thousands(max)} characters.`)

export const ActionSchema = z.object({
  id: IdSchema,
  text: field(1000),
  /** A member of the group, or nobody yet. */
  ownerId: IdSchema.nullable(),
  due: z.union([z.literal(''), LocalDateSchema]),
  done: z.boolean()
})

/** What a note-taker writes about one agenda item (a case, a round, an input). */
export const ItemNotesSchema = z.object({
  /** Tags the group reuses across sessions ("return to play", "parental pressure"). */
  themes: z.array(z.string().trim().min(1).max(60)).max(30),
  /** The de-identified case summary. */
  summary: field(20_000),
  questions: field(10_000),
  actions: z.array(ActionSchema).max(60),
  reflections: field(10_000)
})

export const NOTE_TEXT_FIELDS = ['summary', 'questions', 'reflections'] as const
export type NoteTextField = (typeof NOTE_TEXT_FIELDS)[number]

export const IDENTIFIER_KINDS = ['PERSON', 'AGE', 'DATE', 'LOCATION', 'ORGANIZATION', 'CONTACT', 'ID'] as const

/**
 * A flagged text the note-taker has judged: "not an identifier" (dismissed) or "an identifier,
 * but keep it" (confirmed). Keyed by the folded text, so one judgement covers every occurrence
 * in the session.
 */
export const FlagDecisionSchema = z.object({
  text: z.string().min(1).max(200),
  decision: z.enum(['dismissed', 'confirmed'])
})

/** "Sam" is "Client A" everywhere in this session's notes. */
export const PseudonymSchema = z.object({
  text: z.string().min(1).max(200),
  kind: z.enum(IDENTIFIER_KINDS),
  pseudonym: z.string().min(1).max(60)
})

export const NotesSchema = z.object({
  /** Per agenda item id. */
  items: z.record(IdSchema, ItemNotesSchema),
  decisions: z.array(FlagDecisionSchema).max(2000),
  pseudonyms: z.array(PseudonymSchema).max(500)
})

export type Action = z.infer<typeof ActionSchema>
export type ItemNotes = z.infer<typeof ItemNotesSchema>
export type FlagDecision = z.infer<typeof FlagDecisionSchema>
export type Pseudonym = z.infer<typeof PseudonymSchema>
export type Notes = z.infer<typeof NotesSchema>

export const EMPTY_ITEM_NOTES: ItemNotes = { themes: [], summary: '', questions: '', actions: [], reflections: '' }
export const EMPTY_NOTES: Notes = { items: {}, decisions: [], pseudonyms: [] }

export const isEmptyItemNotes = (notes: ItemNotes): boolean =>
  notes.themes.length === 0 &&
  notes.actions.length === 0 &&
  NOTE_TEXT_FIELDS.every((f) => notes[f].trim() === '')
