import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { findIdentifiers, type Finding } from '../../../src/core/deid'

const KINDS = new Set(['PERSON', 'AGE', 'DATE', 'LOCATION', 'ORGANIZATION', 'CONTACT', 'ID'])

function expectWellFormed(text: string, found: readonly Finding[]): void {
  let previousEnd = 0
  for (const f of found) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true)
    expect(f.start).toBeGreaterThanOrEqual(previousEnd)
    expect(f.end).toBeGreaterThan(f.start)
    expect(f.end).toBeLessThanOrEqual(text.length)
    expect(KINDS.has(f.kind)).toBe(true)
    previousEnd = f.end
  }
}

// Text that looks like a note: words that trip the rules, capitals, digits and punctuation.
const noteWord = fc.oneof(
  fc.constantFrom('Hope', 'Will', 'Mark', 'the', 'client', 'Dr.', 'St.', "Mary's", 'Kanata', 'aged', '16', '(17)', '613', '555-0142', '#27', 'March', '3rd', 'K1A', '0B1', 'LS5', '3BH', 'x@y.example', '@jay_09', 'and', 'in', 'U18', 'Grade', '11', 'ACT', 'Seligman’s', 'Trois-Rivières', 'okonkwo', '—', ':', ';', '\n'),
  fc.string({ unit: 'grapheme', maxLength: 12 })
)
const noteLike = fc.array(noteWord, { maxLength: 60 }).map((words) => words.join(' '))

describe('findIdentifiers on any input', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 400 })], { numRuns: 400 })('never throws and returns well-formed findings on arbitrary unicode', (text) => {
    expectWellFormed(text, findIdentifiers(text))
  })

  test.prop([fc.string({ unit: 'grapheme', minLength: 5_000, maxLength: 20_000 })], { numRuns: 5 })('copes with very long arbitrary strings', (text) => {
    expectWellFormed(text, findIdentifiers(text))
  })

  test.prop([noteLike], { numRuns: 400 })('returns findings in bounds, sorted and non-overlapping on note-like text', (text) => {
    expectWellFormed(text, findIdentifiers(text))
  })

  test.prop([noteLike, fc.array(noteLike, { maxLength: 5 })], { numRuns: 200 })('is deterministic, whatever it was asked before (its caches change nothing)', (text, others) => {
    const first = findIdentifiers(text)
    for (const other of others) findIdentifiers(other)
    expect(findIdentifiers(text)).toEqual(first)
  })

  test.prop([fc.array(fc.constantFrom('the', 'group', 'talked', 'about', 'sleep', 'and', 'routines', 'before', 'games'), { minLength: 1, maxLength: 20 }), fc.nat(), fc.constantFrom('(613) 555-0142', 'jess.k@example.org', '046 454 286', 'K1A 0B1', '2025-04-02', 'aged 16')], { numRuns: 200 })(
    'finds a planted contact, ID, postcode, date or age wherever it is put',
    (words, at, planted) => {
      const position = at % (words.length + 1)
      const text = [...words.slice(0, position), planted, ...words.slice(position)].join(' ')
      const start = text.indexOf(planted)
      expect(findIdentifiers(text).some((f) => f.start <= start && f.end >= start + planted.length), text).toBe(true)
    }
  )

  it('handles pathological shapes in linear time', () => {
    for (const text of ['a.com'.repeat(20_000), 'www.'.repeat(25_000), '1 '.repeat(50_000), '(1) '.repeat(25_000), 'Abc '.repeat(25_000), 'x'.repeat(100_000), '@'.repeat(100_000)]) {
      expectWellFormed(text, findIdentifiers(text))
    }
  })
})
