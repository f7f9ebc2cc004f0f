// Character tests the readers ask of every word, written as loops over character codes: a regular
// expression call (and the slice it reads) costs more than the few characters it looks at.

/** Whether an ASCII digit (what \d matches) is at `i`. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

const isDashCode = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013

/** The word cut at each run of hyphens or dashes: what word.split(/[-‐‑–]+/) gives, without a regular expression. */
export function splitDashes(word: string): string[] {
  const parts: string[] = []
  let from = 0
  let i = 0
  while (i < word.length) {
    if (!isDashCode(word.charCodeAt(i))) {
      i++
      continue
    }
    parts.push(word.slice(from, i))
    while (i < word.length && isDashCode(word.charCodeAt(i))) i++
    from = i
  }
  parts.push(word.slice(from))
  return parts
}

/** Whether the word holds a hyphen or dash: - ‐ ‑ – (what /[-‐‑–]/ tests). */
export function hasDash(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDashCode(word.charCodeAt(i))) return true
  return false
}

/** Whether text[from, to) is one space or more and nothing else (what /^ +$/ tests of the slice). */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false
  return true
}

/** Whether every character is ASCII (what !/[^\x00-\x7f]/ tests). */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false
  return true
}

const isAsciiLetterCode = (c: number) => (c | 32) >= 97 && (c | 32) <= 122
const isLowerCode = (c: number) => c >= 97 && c <= 122
const isUpperCode = (c: number) => c >= 65 && c <= 90

// Tests of a whole note that decide whether a pattern is worth running at all. In the full checker a
// pattern run on every note costs several times what it costs alone (each brings its compiled code
// and data back into the caches), so the few characters a match needs are looked for first.

/** Whether two ASCII letters (either case) start at `i`, then a digit, or one white-space character and a digit. */
export function lettersThenDigit(text: string, i: number, letters: number): boolean {
  for (let k = 0; k < letters; k++) if (!isAsciiLetterCode(text.charCodeAt(i + k))) return false
  const after = i + letters
  return isDigitAt(text, after) || (isSpaceAt(text, after) && isDigitAt(text, after + 1))
}

/** Whether "www." is in the text, in any case (what /www\./i needs). */
export function hasWwwDot(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (i >= 3 && (text.charCodeAt(i - 1) | 32) === 119 && (text.charCodeAt(i - 2) | 32) === 119 && (text.charCodeAt(i - 3) | 32) === 119) return true
  }
  return false
}

/** Whether a full stop has an ASCII letter right after it (what /\.[a-z]/i needs). */
export function hasDotLetter(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) if (isAsciiLetterCode(text.charCodeAt(i + 1))) return true
  return false
}

/** Whether /[a-z]\.[a-z]\./ matches somewhere ("b.l."). */
export function hasLowerInitials(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (i >= 3 && text.charCodeAt(i - 2) === 46 && isLowerCode(text.charCodeAt(i - 1)) && isLowerCode(text.charCodeAt(i - 3))) return true
  }
  return false
}

/** Whether /[A-Z]\.\s?[A-Z]\./ matches somewhere ("J.M.", "A. T."). */
export function hasCapitalInitials(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (i < 3 || !isUpperCode(text.charCodeAt(i - 1))) continue
    if (text.charCodeAt(i - 2) === 46 && isUpperCode(text.charCodeAt(i - 3))) return true
    if (i >= 4 && isSpaceAt(text, i - 2) && text.charCodeAt(i - 3) === 46 && isUpperCode(text.charCodeAt(i - 4))) return true
  }
  return false
}

/** Whether the text holds at least `enough` ASCII digits. */
export function hasDigits(text: string, enough: number): boolean {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57 && ++n >= enough) return true
  }
  return false
}

/** Whether text[from, to) is white space only, one character or more (what /^\s+$/ tests of the slice). */
export function onlyWhite(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false
  return true
}

/** Whether text[from, to) is "&" with at most one space either side (what /^ ?& ?$/ tests of the slice). */
export function isAmpersandGap(text: string, from: number, to: number): boolean {
  let i = from
  if (text.charCodeAt(i) === 32) i++
  if (i >= to || text.charCodeAt(i) !== 38) return false
  i++
  if (i < to && text.charCodeAt(i) === 32) i++
  return i === to
}

/** Whether text[from, to) holds a white-space character. */
export function hasWhite(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpaceAt(text, i)) return true
  return false
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

/**
 * Whether `found` occurs in the text with a space right before it: text.includes(' ' + found), searched
 * from `found` itself. A search for a pattern opening with a space stops at every space of the note;
 * one for a capital or a sign stops only where the rarer character is.
 */
export function includesAfterSpace(text: string, found: string): boolean {
  for (let at = text.indexOf(found, 1); at > 0; at = text.indexOf(found, at + 1)) if (text.charCodeAt(at - 1) === 32) return true
  return false
}
