// Word lists are stored lower case without accents, so "Benoît", "BENOIT" and "benoit" all meet
// the same entry. The curly apostrophe is normalised too, since notes pasted from Word use it.
const MARKS = /\p{M}/gu
const PLAIN = /^[\x20-\x7e]*$/

export function fold(word: string): string {
  // Most words are plain ASCII: skip the Unicode normalisation, which is the slow part.
  if (PLAIN.test(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/’/g, "'")
}
