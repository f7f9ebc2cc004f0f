import { describe, expect } from 'vitest'
import { fc, it } from '@fast-check/vitest'
import { englishCount, englishNumber, frenchCount, frenchNumber } from '../../src/core/i18n/counting'

// Small whole numbers skip Intl (its first number format costs tens of ms at start-up): what they
// print must be what Intl prints, in both languages, for every number and any number of digits.
const intl = (locale: string, value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
const numbers = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -5000, max: 5000, noNaN: true }), fc.constantFrom(0, -0, 1, 999, 1000, -999, -1000, 1.5, 0.25))

describe('numbers and counts are written as Intl writes them', () => {
  it.prop([numbers, fc.integer({ min: 0, max: 3 })])('in English and in French', (value, digits) => {
    expect(englishNumber(value, digits)).toBe(intl('en', value, digits))
    expect(frenchNumber(value, digits)).toBe(intl('fr-CA', value, digits))
  })

  it.prop([fc.integer({ min: 0, max: 2000 })])('counted nouns keep their separators', (n) => {
    expect(englishCount(n, 'item')).toBe(`${intl('en', n, 2)} ${n === 1 ? 'item' : 'items'}`)
    expect(frenchCount(n, 'point')).toBe(`${intl('fr-CA', n, 2)}\u00a0${n < 2 ? 'point' : 'points'}`)
  })
})
