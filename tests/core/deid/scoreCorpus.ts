// The same scoring as shared/tools/deid-score.mjs, as a function the tests can assert on:
// an identifier is caught only if every word token of it is overlapped by some finding;
// precision counts findings that overlap a labelled identifier; a false flag overlaps none.
import { readFileSync } from 'node:fs'
import type { Finding, IdentifierKind } from '../../../src/core/deid'

export interface LabelledNote {
  id: string
  text: string
  spans: { text: string; kind: IdentifierKind }[]
}

export interface CorpusScore {
  notes: number
  words: number
  recallByKind: Partial<Record<IdentifierKind, number>>
  totals: Partial<Record<IdentifierKind, number>>
  precision: number
  falseFlagsPer100Words: number
  misses: string[]
  falseFlags: string[]
}

export function loadCorpus(path: string): LabelledNote[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LabelledNote)
}

/** Spans located as the scorer does: each one searched for after the end of the previous one. */
export function locateSpans(note: LabelledNote): (Finding & { text: string })[] {
  let from = 0
  return note.spans.map((s) => {
    const at = note.text.indexOf(s.text, from)
    if (at < 0) throw new Error(`${note.id}: span "${s.text}" not found`)
    from = at + s.text.length
    return { start: at, end: at + s.text.length, kind: s.kind, text: s.text }
  })
}

export function scoreCorpus(notes: readonly LabelledNote[], detect: (text: string) => Finding[]): CorpusScore {
  const caught: Partial<Record<IdentifierKind, number>> = {}
  const totals: Partial<Record<IdentifierKind, number>> = {}
  const misses: string[] = []
  const falseFlags: string[] = []
  let findings = 0
  let trueFindings = 0
  let words = 0
  for (const note of notes) {
    const spans = locateSpans(note)
    const found = detect(note.text)
    words += note.text.split(/\s+/).filter(Boolean).length
    for (const s of spans) {
      totals[s.kind] = (totals[s.kind] ?? 0) + 1
      const tokens = [...s.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [s.start + m.index, s.start + m.index + m[0].length] as const)
      const ok = tokens.every(([a, b]) => found.some((f) => f.start < b && f.end > a))
      if (ok) caught[s.kind] = (caught[s.kind] ?? 0) + 1
      else misses.push(`${note.id} ${s.kind} "${s.text}"`)
    }
    for (const f of found) {
      findings++
      if (spans.some((s) => f.start < s.end && f.end > s.start)) trueFindings++
      else falseFlags.push(`${note.id} ${f.kind} "${note.text.slice(f.start, f.end)}"`)
    }
  }
  const recallByKind: Partial<Record<IdentifierKind, number>> = {}
  for (const kind of Object.keys(totals) as IdentifierKind[]) recallByKind[kind] = (caught[kind] ?? 0) / (totals[kind] ?? 1)
  return {
    notes: notes.length,
    words,
    recallByKind,
    totals,
    precision: findings === 0 ? 1 : trueFindings / findings,
    falseFlagsPer100Words: (100 * falseFlags.length) / Math.max(1, words),
    misses,
    falseFlags
  }
}

/** The acceptance targets: direct identifiers 0.99, places and organisations 0.95. */
export const RECALL_TARGETS: Record<IdentifierKind, number> = {
  PERSON: 0.99,
  AGE: 0.99,
  DATE: 0.99,
  CONTACT: 0.99,
  ID: 0.99,
  LOCATION: 0.95,
  ORGANIZATION: 0.95
}
export const PRECISION_TARGET = 0.8
export const FALSE_FLAGS_PER_100_WORDS_TARGET = 2
