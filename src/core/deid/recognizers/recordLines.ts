import type { Finding } from '../types'
import type { Token } from '../text/tokenize'
import { W } from '../lexicon/wordFacts'
import { includesAfterSpace } from '../text/chars'

// A record typed on one line, its fields split by " / ", " | " or " · " (a whiteboard, a card, a table row):
// "bond / 18 / boxing / Assiniboia", "Card: P.S. | 15 | artistic swimming | …", "CAS = J.-F. Ouimet / 22 a. / aviron".
// When the second field is a bare age, the first is whoever the record is about, however ordinary
// the word ("bond") or short the initials ("P.S."): both are flagged.

const SEPARATORS = [' / ', ' | ', ' · '] as const
// "18", "22 a.", "16 ans", "15yo", "17 F", "16 oed".
const AGE_FIELD = /^(\d{1,2})(?:\s?(?:a\.|ans|yo|y\.o\.|y\/o|yrs?|oed|[MFmf]))?$/
// The field naming the person: one to four words, no digits.
const NAME_FIELD = /^[\p{L}][\p{L}.'’-]*(?:\s[\p{L}][\p{L}.'’-]*){0,3}$/u
// "Card: ", "whiteboard pic: ", "CAS = ": a label before the first field; the last one ("facilitator:
// Row from the tracker: ").
const LABEL = /^.*(?::|\s=)\s+/

export function findRecordLines(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  // Searched from the sign, not from the space before it (text/chars.ts includesAfterSpace).
  if (!includesAfterSpace(text, '/ ') && !includesAfterSpace(text, '| ') && !includesAfterSpace(text, '· ')) return found
  let lineStart = 0
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    for (const sep of SEPARATORS) {
      const first = line.indexOf(sep)
      if (first < 0) continue
      const second = line.indexOf(sep, first + sep.length)
      if (second < 0) continue
      const label = LABEL.exec(line.slice(0, first))
      const nameFrom = label ? label[0].length : 0
      const name = line.slice(nameFrom, first).trim()
      const ageText = line.slice(first + sep.length, second).trim()
      const age = AGE_FIELD.exec(ageText)
      const value = Number(age?.[1])
      if (!age || value < 4 || value > 99 || !NAME_FIELD.test(name) || name.length > 30 || onlyRoleWords(tokens, lineStart + nameFrom, lineStart + first)) continue
      const nameStart = lineStart + line.indexOf(name, nameFrom)
      const ageStart = lineStart + line.indexOf(ageText, first)
      found.push({ start: nameStart, end: nameStart + name.length, kind: 'PERSON' }, { start: ageStart, end: ageStart + ageText.length, kind: 'AGE' })
      break
    }
    lineStart = lineEnd + 1
  }
  return found
}

/** "Client / 17 / hockey", "U15 girl / 14 / …": a field of role words names no one. */
function onlyRoleWords(tokens: readonly Token[], start: number, end: number): boolean {
  let words = 0
  for (const t of tokens) {
    if (t.end <= start) continue
    if (t.start >= end) break
    words++
    if ((t.facts & (W.ROLE | W.PERSON_CUE)) === 0) return false
  }
  return words > 0
}
