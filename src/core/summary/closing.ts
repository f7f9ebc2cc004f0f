import { z } from 'zod'
import { IdSchema } from '../model/ids'
import { LocalDateTimeSchema } from '../model/plan'
import { en as english } from '../i18n/en'

/**
 * The group's quick self-evaluation at the end of a session: the seeds ask members to question
 * "the group process, benefits, any challenges or things that need to be changed". One group
 * score per question (1–5), agreed in the room, and a comment.
 */
// The questions' words live in the catalogues (src/core/i18n/*/closing.ts); English is the reference.
export const SELF_EVALUATION_QUESTIONS: readonly string[] = english.closing.form.questions

const Score = z.number().int().min(1, 'Scores run from 1 to 5.').max(5, 'Scores run from 1 to 5.').nullable()

/** What is settled at the end of a session and carried to the next one. */
export const ClosingSchema = z.object({
  facilitatorId: IdSchema.nullable(),
  noteTakerId: IdSchema.nullable(),
  selfEvaluation: z.object({
    scores: z.array(Score).length(SELF_EVALUATION_QUESTIONS.length),
    comment: z.string().trim().max(2000, 'Keep the comment under 2,000 characters.')
  }),
  /** When the group meets next ('' until agreed). */
  nextSessionAt: z.union([z.literal(''), LocalDateTimeSchema]),
  nextFacilitatorId: IdSchema.nullable(),
  /** The month's reflection prompt(s), for members between sessions and their CPD logs. */
  reflectionPrompts: z.array(z.string().trim().min(1).max(1000)).max(5)
})

export type Closing = z.infer<typeof ClosingSchema>

export const EMPTY_CLOSING: Closing = {
  facilitatorId: null,
  noteTakerId: null,
  selfEvaluation: { scores: SELF_EVALUATION_QUESTIONS.map(() => null), comment: '' },
  nextSessionAt: '',
  nextFacilitatorId: null,
  reflectionPrompts: []
}

/**
 * Who should facilitate next: rotation among members and facilitators (never guests), choosing
 * whoever facilitated least recently (never before comes first), in roster order on a tie.
 * `history` is the facilitator of each past session, oldest first.
 */
export function suggestNextFacilitator(people: readonly { id: string; role: string }[], history: readonly (string | null)[]): string | null {
  const eligible = people.filter((p) => p.role !== 'guest')
  let best: { id: string; last: number } | null = null
  for (const person of eligible) {
    const last = history.lastIndexOf(person.id)
    if (!best || last < best.last) best = { id: person.id, last }
  }
  return best?.id ?? null
}
