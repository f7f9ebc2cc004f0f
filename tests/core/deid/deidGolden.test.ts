import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'

// The checker's exact output on every note of every fixture corpus (tests/fixtures/deid/*.jsonl,
// French ones included), recorded as hashes in deidGolden.json. It pins behaviour while the checker
// is made faster: an optimisation must not change a single finding.
//
// A deliberate behaviour change (a new rule, a fixed miss) changes these hashes: check the change
// with the corpus tests (deidCorpus.test.ts), then regenerate on purpose and commit the JSON with it:
//
//   UPDATE_DEID_GOLDEN=1 npx vitest run tests/core/deid/deidGolden.test.ts
//
// Each corpus has one hash over all its notes plus a short hash per note, so a failure names the notes
// whose findings changed.
const FIXTURES = join(import.meta.dirname, '../../fixtures/deid')
const GOLDEN = join(import.meta.dirname, 'deidGolden.json')

interface CorpusGolden {
  notes: number
  hash: string
  /** Per note, in file order: the first 8 hex digits of the hash of its findings. */
  perNote: string
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

function corpusFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
}

function readNotes(name: string): { id: string; text: string }[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string })
}

/** Hashes the full findings (every field, in order) of each note. */
function record(name: string): { golden: CorpusGolden; ids: string[] } {
  const notes = readNotes(name)
  const noteHashes = notes.map((note) => sha256(JSON.stringify(findIdentifiers(note.text))))
  return {
    golden: { notes: notes.length, hash: sha256(noteHashes.join('\n')), perNote: noteHashes.map((h) => h.slice(0, 8)).join(' ') },
    ids: notes.map((n) => n.id)
  }
}

function readGolden(): Record<string, CorpusGolden> {
  return JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, CorpusGolden>
}

if (process.env.UPDATE_DEID_GOLDEN === '1') {
  const all: Record<string, CorpusGolden> = {}
  for (const name of corpusFiles()) all[name] = record(name).golden
  writeFileSync(GOLDEN, `${JSON.stringify(all, null, 2)}\n`)
}

describe('the checker’s output on every fixture corpus', () => {
  const golden = readGolden()

  it('covers exactly the corpora in the fixtures folder', () => {
    expect(Object.keys(golden).sort()).toEqual(corpusFiles())
  })

  for (const name of corpusFiles()) {
    it(`is unchanged on ${name}`, () => {
      const expected = golden[name]
      if (!expected) throw new Error(`${name} has no golden entry: regenerate deidGolden.json (see the comment at the top)`)
      const { golden: actual, ids } = record(name)
      const before = expected.perNote.split(' ')
      const changed = actual.perNote
        .split(' ')
        .flatMap((h, i) => (h === before[i] ? [] : [ids[i] ?? `#${i}`]))
      expect(changed, `findings changed in ${changed.length} note(s)`).toEqual([])
      expect(actual.notes).toBe(expected.notes)
      expect(actual.hash).toBe(expected.hash)
    })
  }
})
