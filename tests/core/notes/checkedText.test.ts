import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { checkedText, type FlagContext } from '../../../src/core/notes/flagRules'

/** How checkedText worked before it was made one pass: each stand-in rewritten in turn, later ones over earlier ones. */
function rewrittenOneByOne(text: string, standIns: readonly string[]): string {
  const names = ['', '', '', 'Amy', 'Anna', 'Maria', 'Daniel', 'Michael', 'Jonathan', 'Alexander']
  const nameOfLength = (n: number) => (n < names.length ? names[n] || null : names[n - 5] ? `Anna ${names[n - 5]}` : null)
  const spans: [number, number][] = [...text.matchAll(/\[CLIENT\]/g)].map((m) => [m.index, m.index + m[0].length])
  for (const s of standIns) for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + s.length)) spans.push([at, at + s.length])
  let checked = text
  for (const [start, end] of spans) {
    const name = nameOfLength(end - start)
    if (name) checked = checked.slice(0, start) + name + checked.slice(end)
  }
  return checked
}

const context = (personStandIns: string[]): FlagContext => ({ safe: new Set(), dismissed: new Set(), confirmed: new Set(), pseudonyms: new Set(), personStandIns })
const piece = fc.constantFrom('[CLIENT]', 'Person A', 'Person AA', 'Person B', ', 15, ', ' plays ', 'A', '\n', ' ')

describe('the text the checker reads', () => {
  test.prop([fc.array(piece, { maxLength: 40 }), fc.subarray(['Person A', 'Person AA', 'Person B'])])(
    'reads every stand-in for a person as a name of its length, as rewriting them one by one did (overlaps included)',
    (pieces, standIns) => {
      const text = pieces.join('')
      const checked = checkedText(text, context(standIns))
      expect(checked).toBe(rewrittenOneByOne(text, standIns))
      expect(checked.length).toBe(text.length)
    }
  )
})
