// Character tests the readers ask of every word, written as loops over character codes: a regular
// expression call (and the slice it reads) costs more than the few characters it looks at.

/** Whether the word holds a hyphen or dash: - ‐ ‑ – (what /[-‐‑–]/ tests). */
export function hasDash(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return true
  }
  return false
}

/** Whether text[from, to) is one space or more and nothing else (what /^ +$/ tests of the slice). */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false
  return true
}

const WHITE = /\s/u

/** Whether the character at `i` is white space as /\s/u reads it (false past the end). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === c && WHITE.test(text[i] ?? '')
}

/** The first index from `i` (up to `limit`) that is not white space; `limit` if there is none. */
export function skipSpaces(text: string, i: number, limit: number): number {
  while (i < limit && isSpaceAt(text, i)) i++
  return i
}
