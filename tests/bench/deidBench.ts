import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { findIdentifiers } from '../../src/core/deid'
import { log, type Metric } from './report'
import { median, percentile, round } from './stats'

// Throughput of the identifier checker on the held-out corpus, in ms per 1,000 words (the target
// is at most 2). Words are counted as the scorer counts them: runs of non-space characters.
const CORPUS = join(import.meta.dirname, '../fixtures/deid/deid-heldout.jsonl')
const WARM_UP = 10
const REPEATS = 41
const TARGET_MS_PER_1000_WORDS = 2

export async function deidBench(emit: (m: Metric) => void): Promise<void> {
  const notes = readFileSync(CORPUS, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text)
  const words = notes.reduce((sum, note) => sum + note.split(/\s+/).filter(Boolean).length, 0)
  log(`Checking ${notes.length} held-out notes (${words} words) for identifiers, ${REPEATS} times…`)
  // The first calls build the word lists' sets and caches; what is measured is the steady state.
  for (let i = 0; i < WARM_UP; i++) for (const note of notes) findIdentifiers(note)
  const perThousand: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now()
    for (const note of notes) findIdentifiers(note)
    perThousand.push(((performance.now() - started) / words) * 1000)
    // Yield between repeats so a long run does not starve the event loop.
    await Promise.resolve()
  }
  const value = round(median(perThousand), 3)
  emit({
    name: 'deid.msPer1000Words',
    value,
    unit: 'ms',
    baseline: TARGET_MS_PER_1000_WORDS,
    ratio: round(TARGET_MS_PER_1000_WORDS / value, 2),
    note: `median of ${REPEATS} passes over ${notes.length} held-out notes; p90 ${round(percentile(perThousand, 90), 3)} ms; baseline is the 2 ms target, not another tool`
  })
}
