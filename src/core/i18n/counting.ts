/**
 * Counted nouns and numbers written the way each language writes them. English takes the singular
 * for exactly one; French for zero and one ("0 minute", "1,5 heure"). Numbers use the language's
 * own separators ("1.5" in English, "1,5" in French).
 */

export const englishNumber = (value: number, digits = 2) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value)

export const frenchNumber = (value: number, digits = 2) =>
  new Intl.NumberFormat('fr-CA', { maximumFractionDigits: digits }).format(value)

/** "1 item", "3 items". */
export const englishCount = (n: number, one: string, other = `${one}s`) => `${englishNumber(n)} ${n === 1 ? one : other}`

/** "1 point", "0 point", "3 points": French counts anything below two as one. */
export const frenchCount = (n: number, one: string, other = `${one}s`) => `${frenchNumber(n)}\u00a0${Math.abs(n) < 2 ? one : other}`
