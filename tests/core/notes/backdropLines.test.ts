import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { backdropLines, changedLines } from '../../../src/core/notes/backdropLines'
import type { Flag } from '../../../src/core/notes/flagRules'

const flag = (start: number, end: number, text: string, kind: Flag['kind'] = 'PERSON'): Flag => ({ start, end, text: text.slice(start, end), kind, state: 'open' }) as Flag

/** A text over a few letters and newlines, with sorted flags in it (some overlapping, some across lines). */
const flagged = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n'), maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 12 }))
  .map(([text, spans]) => ({
    text,
    flags: spans
      .map(([s, n]) => ({ s: s % (text.length + 1), n }))
      .map(({ s, n }) => flag(s, Math.min(text.length, s + n), text))
      .filter((f) => f.end > f.start)
      .sort((a, b) => a.start - b.start)
  }))

describe('the backdrop, line by line', () => {
  test.prop([flagged])('its lines are the text, and each mark lies on the flagged characters of its line', ({ text, flags }) => {
    const lines = backdropLines(text, flags)
    expect(lines.map((l) => l.text).join('\n')).toBe(text)
    let lineStart = 0
    for (const line of lines) {
      let reach = 0
      for (const mark of line.marks) {
        expect(mark.from).toBeGreaterThanOrEqual(reach)
        expect(mark.to).toBeGreaterThan(mark.from)
        expect(mark.to).toBeLessThanOrEqual(line.text.length)
        const from = lineStart + mark.from
        expect(flags.some((f) => f.start === from && f.end >= lineStart + mark.to)).toBe(true)
        reach = mark.to
      }
      lineStart += line.text.length + 1
    }
  })

  it('a key typed in one line leaves every other line as it was, however far the text after it moved', () => {
    const before = 'Coach met Dana.\n\nSam trained in Ottawa.'
    const after = 'Coach met Dana today.\n\nSam trained in Ottawa.'
    const lines = (text: string) => backdropLines(text, [flag(text.indexOf('Dana'), text.indexOf('Dana') + 4, text), flag(text.indexOf('Sam'), text.indexOf('Sam') + 3, text), flag(text.indexOf('Ottawa'), text.indexOf('Ottawa') + 6, text, 'LOCATION')])
    const old = lines(before).map((l) => l.key)
    const next = lines(after).map((l) => l.key)
    expect(changedLines(old, next)).toEqual({ start: 0, before: 1, after: 1 })
    expect(lines(after)[2]?.marks).toEqual([
      { from: 0, to: 3, kind: 'PERSON', state: 'open' },
      { from: 15, to: 21, kind: 'LOCATION', state: 'open' }
    ])
  })

  it('a flag across a line break is cut at the line end, and one overlapping the flag before it is left out', () => {
    const text = 'ab\ncd'
    expect(backdropLines(text, [flag(1, 4, text), flag(2, 5, text)]).map((l) => l.marks.map((m) => [m.from, m.to]))).toEqual([[[1, 2]], []])
  })
})

describe('which lines changed', () => {
  const lists = fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 }))
  test.prop([lists])('replacing the changed range of the old lines gives the new lines', ([old, next]) => {
    const { start, before, after } = changedLines(old, next)
    expect(start).toBeLessThanOrEqual(before)
    expect(start).toBeLessThanOrEqual(after)
    expect([...old.slice(0, start), ...next.slice(start, after), ...old.slice(before)]).toEqual(next)
  })

  it('Enter in the middle of a long note redraws the line it splits and adds one, not the 199 after', () => {
    const old = Array.from({ length: 400 }, (_, i) => `line ${i}`)
    const next = [...old.slice(0, 200), 'line', ' 200', ...old.slice(201)]
    expect(changedLines(old, next)).toEqual({ start: 200, before: 201, after: 202 })
  })
})
