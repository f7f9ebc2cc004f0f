/**
 * Counted nouns and numbers written the way each language writes them. English takes the singular
 * for exactly one; French for zero and one ("0 minute", "1,5 heure"). Numbers use the language's
 * own separators ("1.5" in English, "1,5" in French).
 */

// Making a formatter costs far more than using one, and counts are written on every key typed in
// a note (its flags): one formatter per language and precision, made once.
const formatters = new Map<string, Intl.NumberFormat>()
const formatter = (locale: string, digits: number): Intl.NumberFormat => {
  const key = `${locale}|${digits}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
    formatters.set(key, made)
  }
  return made
}

export const englishNumber = (value: number, digits = 2) => formatter('en', digits).format(value)

export const frenchNumber = (value: number, digits = 2) => formatter('fr-CA', digits).format(value)

/** "1 item", "3 items". */
export const englishCount = (n: number, one: string, other = `${one}s`) => `${englishNumber(n)} ${n === 1 ? one : other}`

/** "1 point", "0 point", "3 points": French counts anything below two as one. */
export const frenchCount = (n: number, one: string, other = `${one}s`) => `${frenchNumber(n)}\u00a0${Math.abs(n) < 2 ? one : other}`
