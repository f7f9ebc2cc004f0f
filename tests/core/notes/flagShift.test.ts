import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { shiftFindings } from '../../../src/core/notes/flagShift'

type Span = { start: number; end: number }

/** A text, non-overlapping spans in it, and one edit: [from, to) replaced by `inserted`. */
const edited = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'N', '\n'), maxLength: 120 }), fc.array(fc.nat(), { maxLength: 20 }), fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'x'), maxLength: 8 }))
  .map(([before, cuts, p, q, inserted]) => {
    const points = [...new Set(cuts.map((c) => c % (before.length + 1)))].sort((x, y) => x - y)
    const spans: Span[] = []
    for (let i = 0; i + 1 < points.length; i += 2) if (points[i]! < points[i + 1]!) spans.push({ start: points[i]!, end: points[i + 1]! })
    const from = Math.min(p, q) % (before.length + 1)
    const to = Math.min(before.length, from + (Math.max(p, q) % 6))
    return { before, spans, from, to, inserted, after: before.slice(0, from) + inserted + before.slice(to) }
  })

describe('carrying findings across an edit', () => {
  test.prop([edited])('every finding carried over covers the very same characters in the new text', ({ before, after, spans }) => {
    const kept = shiftFindings(before, after, spans)
    expect(kept.length).toBeLessThanOrEqual(spans.length)
    for (const k of kept) {
      const origin = spans.find((s) => s.end - s.start === k.end - k.start && before.slice(s.start, s.end) === after.slice(k.start, k.end))
      expect(origin, `${JSON.stringify(k)} has no origin`).toBeDefined()
    }
  })

  // Where an edit happened is ambiguous when the typed text repeats its neighbours ("a" typed into "aa"):
  // the function can only see what the two texts share at the start and the end, so "clear of the
  // edit" is measured against that, worked out here character by character.
  test.prop([edited])('findings clear of the edit are all kept: before it in place, after it moved by the change in length', ({ before, after, spans }) => {
    const kept = shiftFindings(before, after, spans)
    let prefix = 0
    while (prefix < Math.min(before.length, after.length) && before[prefix] === after[prefix]) prefix++
    let suffix = 0
    while (suffix < Math.min(before.length, after.length) - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++
    const delta = after.length - before.length
    for (const s of spans) {
      if (s.end < prefix) expect(kept).toContainEqual(s)
      if (s.start > before.length - suffix && before !== after) expect(kept).toContainEqual({ start: s.start + delta, end: s.end + delta })
    }
  })

  it('drops the finding being typed into and keeps the others', () => {
    const before = 'Dan met Priya at the rink.'
    const after = 'Dana met Priya at the rink.'
    const findings = [
      { start: 0, end: 3, kind: 'PERSON' },
      { start: 8, end: 13, kind: 'PERSON' }
    ]
    expect(shiftFindings(before, after, findings)).toEqual([{ start: 9, end: 14, kind: 'PERSON' }])
  })

  it('keeps everything when nothing changed', () => {
    const findings = [{ start: 0, end: 3 }]
    expect(shiftFindings('Dan', 'Dan', findings)).toEqual(findings)
  })
})
