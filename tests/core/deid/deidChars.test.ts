import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  hasCapitalInitials,
  hasDash,
  hasDigits,
  hasDotLetter,
  hasLowerInitials,
  hasWhite,
  hasWwwDot,
  isAmpersandGap,
  isAscii,
  lettersThenDigit,
  onlySpaces,
  onlyWhite,
  splitDashes
} from '../../../src/core/deid/text/chars'

// The checker replaced regular expressions with these loops (and runs some patterns only when a
// loop says a match is possible), promising the same answers: each is compared with the pattern it
// stands for, on strings made of the characters that matter (dashes, spaces of several kinds,
// ampersands, full stops, letters in both cases, digits, accents, a letter outside the BMP).
const pieces = ['a', 'z', 'B', 'Z', 'w', 'W', 'l', 'e', '0', '7', '-', '‐', '‑', '–', '—', ' ', ' ', '\t', '\n', '\u00a0', '\u2003', '&', '.', '/', ':', 'é', 'ſ', 'ı', '😀']
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''))

describe('character tests agree with the patterns they replace', () => {
  test.prop([text])('splitDashes is split(/[-‐‑–]+/)', (s) => {
    expect(splitDashes(s)).toEqual(s.split(/[-‐‑–]+/))
  })

  test.prop([text])('hasDash is /[-‐‑–]/', (s) => {
    expect(hasDash(s)).toBe(/[-‐‑–]/.test(s))
  })

  test.prop([text])('isAscii is !/[^\\x00-\\x7f]/', (s) => {
    expect(isAscii(s)).toBe(!/[^\x00-\x7f]/.test(s))
  })

  test.prop([text])('onlySpaces, onlyWhite, isAmpersandGap and hasWhite read a slice as /^ +$/, /^\\s+$/, /^ ?& ?$/ and /\\s/', (s) => {
    for (let from = 0; from <= s.length; from++) {
      for (let to = from; to <= s.length; to++) {
        const slice = s.slice(from, to)
        expect(onlySpaces(s, from, to)).toBe(/^ +$/.test(slice))
        expect(onlyWhite(s, from, to)).toBe(/^\s+$/.test(slice))
        expect(isAmpersandGap(s, from, to)).toBe(/^ ?& ?$/.test(slice))
        expect(hasWhite(s, from, to)).toBe(/\s/.test(slice))
      }
    }
  })

  test.prop([text])('the whole-note gates are true wherever their pattern matches', (s) => {
    expect(hasLowerInitials(s)).toBe(/[a-z]\.[a-z]\./.test(s))
    expect(hasCapitalInitials(s)).toBe(/[A-Z]\.\s?[A-Z]\./.test(s))
    expect(hasDotLetter(s)).toBe(/\.[a-z]/i.test(s))
    expect(hasWwwDot(s)).toBe(/www\./i.test(s))
    expect(hasDigits(s, 2)).toBe((s.match(/\d/g)?.length ?? 0) >= 2)
  })

  test.prop([text])('lettersThenDigit is what the NI and RAMQ patterns need at their start', (s) => {
    for (let at = 0; at < s.length; at++) {
      expect(lettersThenDigit(s, at, 2)).toBe(/^[A-Z]{2}\s?\d/i.test(s.slice(at)))
      expect(lettersThenDigit(s, at, 4)).toBe(/^[A-Z]{4}\s?\d/i.test(s.slice(at)))
    }
  })
})
