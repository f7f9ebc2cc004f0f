import { join } from 'node:path'
import { PLACEHOLDERS } from '../../src/core/notes/placeholders'
import { loadCorpus, locateSpans } from '../core/deid/scoreCorpus'

const CORPUS = join(import.meta.dirname, '../fixtures/deid/deid-heldout.jsonl')

/** Runs of non-space characters, as the de-identification bench counts words. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * A long note as a facilitator would keep it: the held-out corpus's case notes, one paragraph
 * each, with most identifiers already replaced by placeholders and one in `keepEvery` left in,
 * so the checker still has some to underline. Deterministic: the same text every run.
 */
export function longNote(words: number, keepEvery = 8): string[] {
  const paragraphs: string[] = []
  let total = 0
  let seen = 0
  for (const note of loadCorpus(CORPUS)) {
    let text = ''
    let at = 0
    for (const span of locateSpans(note)) {
      text += note.text.slice(at, span.start) + (seen++ % keepEvery === 0 ? span.text : PLACEHOLDERS[span.kind])
      at = span.end
    }
    text += note.text.slice(at)
    paragraphs.push(text)
    total += wordCount(text)
    if (total >= words) break
  }
  if (total < words) throw new Error(`The corpus has only ${total} words; ${words} were asked for`)
  return paragraphs
}

/**
 * The paragraphs spread over an item's three text fields, each kept `room` characters under its
 * limit (the summary holds 20,000, the others 10,000), so there is room left to type.
 */
export function intoFields(paragraphs: readonly string[], room = 1000): { summary: string; questions: string; reflections: string } {
  const fields = { summary: [] as string[], questions: [] as string[], reflections: [] as string[] }
  const limits = { summary: 20_000 - room, questions: 10_000 - room, reflections: 10_000 - room }
  const order = ['summary', 'questions', 'reflections'] as const
  let f = 0
  const length = (list: string[]) => list.join('\n\n').length
  for (const paragraph of paragraphs) {
    while (f < order.length && length([...fields[order[f]!], paragraph]) > limits[order[f]!]) f++
    const field = order[f]
    if (!field) throw new Error('The note does not fit in one item’s fields')
    fields[field].push(paragraph)
  }
  return { summary: fields.summary.join('\n\n'), questions: fields.questions.join('\n\n'), reflections: fields.reflections.join('\n\n') }
}
