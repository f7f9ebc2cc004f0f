/**
 * Counted nouns and numbers written the way each language writes them. English takes the singular
 * for exactly one; French for zero and one ("0 minute", "1,5 heure"). Numbers use the language's
 * own separators ("1.5" in English, "1,5" in French).
 */

// Most numbers on screen are small counts, written the same in both languages as by String():
// they skip Intl, whose first number format in a page loads the ICU data (tens of ms at start-up).
const plain = (value: number) => Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0)

const formats = new Map<string, Intl.NumberFormat>()
const formatted = (locale: 'en' | 'fr-CA', value: number, digits: number) => {
  if (plain(value)) return String(value)
  const key = `${locale} ${digits}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })))
  return format.format(value)
}

export const englishNumber = (value: number, digits = 2) => formatted('en', value, digits)

export const frenchNumber = (value: number, digits = 2) => formatted('fr-CA', value, digits)

/** "1 item", "3 items". */
export const englishCount = (n: number, one: string, other = `${one}s`) => `${englishNumber(n)} ${n === 1 ? one : other}`

/** "1 point", "0 point", "3 points": French counts anything below two as one. */
export const frenchCount = (n: number, one: string, other = `${one}s`) => `${frenchNumber(n)}\u00a0${Math.abs(n) < 2 ? one : other}`
