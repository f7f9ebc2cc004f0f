// Which stretches of a note are French. Ottawa and Québec groups write in French, in English, and
// in both within one note, so the language is decided per sentence: the French readers (the French
// word list, elisions, French dates and ages) work only where the text is French, and an English
// note that names one French place keeps every English rule.
//
// A sentence is scored by its function words, the words every sentence needs whatever it is
// about; content words would tip over on a French place name or an English borrowing ("burnout").
// A sentence too short to tell (a heading, "Tél. :", a name and an age) takes its paragraph's
// language, and a paragraph too short to tell takes the note's.

import { CUE } from '../lexicon/readerCues'
import { isAscii } from './chars'

const FRENCH = new Set(
  'le la les des est et avec pour dans qui une un pas sur mais au aux du de que ce cette ces sa ses leur leurs il elle ils elles nous vous je tu ne sont ont avait était fait été très aussi comme ou où par chez depuis après lui y en son mon ma mes à ça déjà être était aujourd hui'.split(' ')
)
// "son", "on", "a", "en", "me" are English too: they count for neither side.
const ENGLISH = new Set(
  'the and is with for in who not but of to was are he she it they this that his her have has been will would at from by an be we you him them their our there what when which were had do does did said'.split(' ')
)
const AMBIGUOUS_FRENCH = new Set(['son', 'en', 'y', 'ma', 'me', 'un'])
// l'École, d'Orléans, qu'elle, j'ai, n'a, s'entraîne, c'est, jusqu'à: an elided article or pronoun.
const ELISION = /(?<![\p{L}\p{N}])(?:[ldjmtnsc]|qu|jusqu|lorsqu|puisqu|quelqu)['’](?=\p{L})/giu
const ACCENTED = /[àâçéèêëîïôûùüÿœ]/u

export interface LanguageSpan {
  start: number
  end: number
}

interface Sentence {
  start: number
  end: number
  french: number
  english: number
  paragraph: number
}

/**
 * Where the note is French, as sorted, non-overlapping [start, end) spans; [] for an English note.
 * `likely`: the language to read a note in when none of it can tell (no function word either way).
 */
export function frenchSpans(text: string, likely: 'en' | 'fr' = 'en'): LanguageSpan[] {
  // Fast exit: no French function word, no elision, no accent, no French at all.
  return likely === 'fr' || mayBeFrench(text) ? readSpans(text, likely) : []
}

/**
 * frenchSpans(text, likely), with the fast exit read from the words of the note as tokenize(text) found
 * them rather than from its characters: the words carry what mayBeFrench() looks for as cue bits
 * (frenchSigns), so an English note is not scanned a second time.
 */
export function frenchSpansOf(text: string, words: readonly { cues: number }[], likely: 'en' | 'fr' = 'en'): LanguageSpan[] {
  if (likely === 'fr') return readSpans(text, likely)
  let inner = false
  for (const w of words) {
    if ((w.cues & CUE.FRENCH_SIGN) !== 0) return readSpans(text, likely)
    inner ||= (w.cues & CUE.INNER_ELISION) !== 0
  }
  return inner && scoresFrench(text) ? readSpans(text, likely) : []
}

function readSpans(text: string, likely: 'en' | 'fr'): LanguageSpan[] {
  const sentences: Sentence[] = []
  let paragraph = 0
  // A sentence ends at . ! ? or a line break; "M. Tremblay" and "Dr. Roy" keep their full stop inside.
  const re = /[^\n.!?]*(?:[.!?]+|\n|$)/gy
  let m: RegExpExecArray | null
  let at = 0
  while (at < text.length && (m = re.exec(text)) !== null && m[0].length > 0) {
    const s = m[0]
    const start = at
    at += s.length
    const last = sentences.at(-1)
    const abbreviation = last && endsWithAbbreviation(text, last)
    const counts = count(s)
    if (abbreviation && last && last.paragraph === paragraph) {
      last.end = at
      last.french += counts.french
      last.english += counts.english
    } else sentences.push({ start, end: at, french: counts.french, english: counts.english, paragraph })
    if (s.endsWith('\n') && /^\s*$/.test(s.slice(0, -1))) paragraph++
    else if (s.endsWith('\n') && text.charAt(at) === '\n') paragraph++
  }
  const byParagraph = new Map<number, { french: number; english: number }>()
  let noteFrench = 0
  let noteEnglish = 0
  for (const s of sentences) {
    const p = byParagraph.get(s.paragraph) ?? { french: 0, english: 0 }
    p.french += s.french
    p.english += s.english
    byParagraph.set(s.paragraph, p)
    noteFrench += s.french
    noteEnglish += s.english
  }
  const out: LanguageSpan[] = []
  for (const s of sentences) {
    let french: boolean
    if (s.french + s.english >= 2 && s.french !== s.english) french = s.french > s.english
    else {
      const p = byParagraph.get(s.paragraph) ?? { french: 0, english: 0 }
      if (p.french + p.english >= 3 && p.french !== p.english) french = p.french > p.english
      else french = noteFrench > noteEnglish || (noteFrench === noteEnglish && likely === 'fr')
    }
    if (!french) continue
    const prev = out.at(-1)
    if (prev && prev.end === s.start) prev.end = s.end
    else out.push({ start: s.start, end: s.end })
  }
  return out
}

// The function words the fast exit looks for, as a run of letters on its own, each as a number
// (runCode): the scan compares numbers instead of building a lower-case string per run.
const TELLING_WORDS = ['le', 'la', 'les', 'des', 'est', 'avec', 'pour', 'dans', 'qui', 'une', 'pas', 'sur', 'mais', 'au', 'aux', 'du', 'de', 'et', 'il', 'elle']
const LONGEST_TELLING = 4
const TELLING = new Set(TELLING_WORDS.map((w) => runCode(w, 0, w.length)))

/**
 * Whether a run of letters is one of the telling words, in any case, or an elision ("l'", "d'",
 * "c'"…) stands before a letter: what
 * /(?:^|[^\p{L}])(?:le|la|…|elle)(?![\p{L}])|[ldjnsc]['’]\p{L}/iu answered, scanned by hand (the
 * case-insensitive Unicode pattern was a twentieth of an English note's time). Under /iu the long s
 * "ſ" matches "s"; it is the only non-ASCII letter that folds to one of these letters.
 *
 * An English "don't" or "James's" passes that pattern's elision inside a word, and one English note in
 * eight was then read sentence by sentence to find nothing French. Such a note goes on only if it holds
 * something count() scores as French at all: with nothing scored, no sentence, paragraph or note can be
 * French, so the answer is the same.
 */
function mayBeFrench(text: string): boolean {
  const signs = frenchSigns(text)
  return (signs & CUE.FRENCH_SIGN) !== 0 || ((signs & CUE.INNER_ELISION) !== 0 && scoresFrench(text))
}

/**
 * What mayBeFrench() looks for in a text or in one word as written: FRENCH_SIGN for a telling word or
 * an elision opening a word, INNER_ELISION for an elision's shape inside a word. Every letter and every
 * elision lies inside one word (a word is letters, marks and digits joined by apostrophes and hyphens,
 * text/tokenize.ts), and a word's edges are not letters or digits, so a note's answer is its words'.
 */
export function frenchSigns(text: string): number {
  let signs = 0
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if ((c === 39 || c === 0x2019) && i > 0 && isElisionLetter(text.charCodeAt(i - 1)) && letterLength(text, i + 1) > 0) {
      // An elision opening a word is French enough; one inside a word ("don't") needs more.
      if (i < 2 || !isLetterOrDigitBefore(text, i - 1)) return CUE.FRENCH_SIGN
      signs = CUE.INNER_ELISION
    }
    const n = letterLength(text, i)
    if (n === 0) {
      i++
      continue
    }
    const start = i
    i += n
    for (let m = letterLength(text, i); m > 0; m = letterLength(text, i)) i += m
    if (i - start <= LONGEST_TELLING && TELLING.has(runCode(text, start, i))) return CUE.FRENCH_SIGN
  }
  return signs
}

/** Whether the character before `at` is a letter or a digit, as (?<![\p{L}\p{N}]) reads it. */
function isLetterOrDigitBefore(text: string, at: number): boolean {
  return LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at))
}
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u

/** Whether count() can score anything in the text as French: an elision, a French word, an accent. */
function scoresFrench(text: string): boolean {
  ELISION.lastIndex = 0
  if ((hasApostrophe(text) && ELISION.test(text)) || ACCENTED.test(text)) return true
  for (const raw of lettersRuns(text)) {
    const w = raw.toLowerCase()
    if (w.length <= LONGEST_FUNCTION_WORD && FRENCH.has(w) && !AMBIGUOUS_FRENCH.has(w)) return true
  }
  return false
}

/** l d j n s c in either case, or the long s. */
function isElisionLetter(c: number): boolean {
  const l = c | 32
  return (c < 128 && (l === 108 || l === 100 || l === 106 || l === 110 || l === 115 || l === 99)) || c === 0x17f
}

/**
 * A short run of letters as a number, five bits a letter in lower case, the long s read as "s";
 * -1 if another non-ASCII letter is in it (no telling word has one).
 */
function runCode(text: string, start: number, end: number): number {
  let code = 0
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    const letter = c === 0x17f ? 115 : c < 128 ? c | 32 : -1
    if (letter < 0) return -1
    code = code * 32 + (letter - 96)
  }
  return code
}

// "M.", "Mme.", "boul.": the longest is four letters, so the regular expression reads only the last
// characters of a sentence (reading the whole sentence for a pattern anchored at its end was slow).
const ABBREVIATION_END = /(?:^|[^\p{L}])(?:M|Mme|Mlle|Dr|Dre|Me|Pr|St|Ste|Mr|Mrs|Ms|Tél|tél|no|n°|av|boul|ch)\.$/u
const ABBREVIATION_REACH = 8

function endsWithAbbreviation(text: string, sentence: Sentence): boolean {
  if (text.charCodeAt(sentence.end - 1) !== 46) return false
  // A suffix longer than any abbreviation and its full stop plus one: its first character can never be
  // where "^" stands in for the sentence's start, so the answer is the whole sentence's.
  return ABBREVIATION_END.test(text.slice(Math.max(sentence.start, sentence.end - ABBREVIATION_REACH), sentence.end))
}

// Inside a name ("Club de patinage de Saint-Laurent", "Les Lames d'Argent") these say nothing of
// the sentence's language.
const NAME_GLUE = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'sur', 'l', 'd'])
const isCapital = (w: string) => w !== '' && w !== w.toLowerCase() && w.charAt(0) !== w.charAt(0).toLowerCase()

/** ' or ’, which every elision ELISION finds ends with. */
const hasApostrophe = (s: string) => s.includes("'") || s.includes('’')

function count(sentence: string): { french: number; english: number } {
  let french = 0
  let english = 0
  // exec loops rather than [...matchAll()]: no iterator, no array of match arrays per sentence.
  // An elision has an apostrophe: a sentence without one is not scanned for it.
  ELISION.lastIndex = 0
  for (let m = hasApostrophe(sentence) ? ELISION.exec(sentence) : null; m; m = ELISION.exec(sentence)) {
    const afterAt = m.index + m[0].length
    const after = sentence.slice(afterAt, afterAt + 1)
    if (!(/^[ld]/i.test(m[0]) && isCapital(after))) french++
  }
  const words = lettersRuns(sentence)
  for (let k = 0; k < words.length; k++) {
    const raw = words[k] ?? ''
    // A long word in ASCII can score nothing: too long to be a function word, and without an accent.
    // Settled before it is put in lower case (most words of a note).
    if (raw.length > LONGEST_FUNCTION_WORD && isAscii(raw)) continue
    const w = raw.toLowerCase()
    // Longer than any function word: not looked up (hashing every word of a note was a sixth of this).
    const short = w.length <= LONGEST_FUNCTION_WORD
    if (short && ENGLISH.has(w)) english++
    else if (short && FRENCH.has(w) && !AMBIGUOUS_FRENCH.has(w)) {
      if (NAME_GLUE.has(w) && (isCapital(words[k + 1] ?? '') || (k > 0 && isCapital(words[k - 1] ?? '')))) continue
      french++
    } else if (w.length > 3 && raw === w && ACCENTED.test(w)) french += 0.5
  }
  return { french, english }
}

const LONGEST_FUNCTION_WORD = Math.max(...[...FRENCH, ...ENGLISH].map((w) => w.length))

/**
 * The runs of letters (\p{L}) of a sentence, as /\p{L}+/gu finds them, scanned by hand: the regular
 * expression was a quarter of this file's time on French notes. ASCII is read directly; another
 * character is asked of the regular expression once and remembered.
 */
function lettersRuns(sentence: string): string[] {
  const runs: string[] = []
  let i = 0
  while (i < sentence.length) {
    const n = letterLength(sentence, i)
    if (n === 0) {
      i++
      continue
    }
    const start = i
    i += n
    for (let m = letterLength(sentence, i); m > 0; m = letterLength(sentence, i)) i += m
    runs.push(sentence.slice(start, i))
  }
  return runs
}

const LETTER = /^\p{L}$/u
// Per BMP code unit: 0 not asked yet, 1 a letter, 2 not a letter.
const BMP_LETTERS = new Uint8Array(0x10000)

/** How many UTF-16 units the letter at `i` takes: 0 (none), 1, or 2 (a letter outside the BMP). */
function letterLength(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1)
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(s.slice(i, i + 2)) ? 2 : 0
  }
  if (Number.isNaN(c)) return 0
  let known = BMP_LETTERS[c] ?? 2
  if (known === 0) BMP_LETTERS[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2
  return known === 1 ? 1 : 0
}

/** Whether `pos` falls inside one of the spans (binary search). */
export function inSpans(spans: readonly LanguageSpan[], pos: number): boolean {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]
    if (!s) break
    if (s.end <= pos) lo = mid + 1
    else if (s.start > pos) hi = mid
    else return true
  }
  return false
}
