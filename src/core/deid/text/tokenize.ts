import { inFullFrench } from '../lexicon/fullFrench'
import { readerCues } from '../lexicon/readerCues'
import { W, wordFacts } from '../lexicon/wordFacts'
import { fold } from './fold'
import { frenchSigns, inSpans, type LanguageSpan } from './language'

export type Shape = 'lower' | 'capitalized' | 'upper' | 'mixed' | 'number' | 'alnum'

export interface Token {
  index: number
  start: number
  end: number
  text: string
  /** Lower case, accents dropped, curly apostrophes made straight. */
  folded: string
  /** `folded` without a possessive "'s" / "s'". */
  base: string
  /** wordFacts(base) and wordFacts(folded): which word lists the word is on. */
  facts: number
  foldedFacts: number
  /** readerCues(text, folded, base): which readers the word can start (lexicon/readerCues.ts). */
  cues: number
  possessive: boolean
  shape: Shape
  /** Starts a sentence, a heading or a list item, where a capital says nothing about names. */
  initial: boolean
  /** Directly after an opening bracket: "(Hanin)". */
  bracketed: boolean
  /** A full stop touches the word: "Dr.", "St.", "J.". */
  dotAfter: boolean
  /** In a French sentence (text/language.ts). */
  french: boolean
}

// A word: letters, marks and digits, with apostrophes and hyphens inside it ("Price-Lloyd",
// "Saint-Jean-sur-Richelieu", "O'Brien", "67's", "Yerkes–Dodson"). Scanned by hand: a Unicode
// regular expression over every character was the slowest part of the checker.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u
/** ' ’ - ‐ ‑ –: compared directly, as this runs at the end of every word. */
const isJoiner = (c: number) => c === 39 || c === 45 || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x2013

/** How many UTF-16 units the letter, mark or digit at `i` takes (0 if there is none). */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (Number.isNaN(c)) return 0
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
  return isWordUnit(c) ? 1 : 0
}

// Per BMP code unit: 0 not asked yet, 1 a letter, mark or digit, 2 not. French notes have an accented
// letter in many words, and the Unicode pattern is asked once per character, not once per occurrence.
const WORD_UNITS = new Uint8Array(0x10000)

function isWordUnit(c: number): boolean {
  let known = WORD_UNITS[c] ?? 2
  if (known === 0) WORD_UNITS[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
  return known === 1
}

/** End of the word starting at `start`, joined parts included. */
function wordEnd(text: string, start: number): number {
  let i = start
  for (;;) {
    for (;;) {
      const c = text.charCodeAt(i)
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++
        continue
      }
      const n = c < 128 || Number.isNaN(c) ? 0 : wordCharLength(text, i)
      if (n === 0) break
      i += n
    }
    if (isJoiner(text.charCodeAt(i)) && wordCharLength(text, i + 1) > 0) {
      i += 1
      continue
    }
    return i
  }
}
const POSSESSIVE = /['’]s$/i

/** A single ASCII letter (what /^[a-z]$/i tests). */
function isAsciiLetter(word: string): boolean {
  const c = word.charCodeAt(0) | 32
  return word.length === 1 && c >= 97 && c <= 122
}

// After these a full stop does not end the sentence ("Dr. Patel", "vs. the", "St. John's").
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'ste', 'mt', 'ft', 'vs', 'v', 'approx', 'dept', 'jr', 'sr', 'prof', 'rev', 'fr', 'sgt', 'capt', 'cpl', 'eg', 'ie', 'cf', 'mme', 'mlle', 'hon', 'u.s', 'u.k'
])
// After these only when a number follows ("Dec. 1", "No. 9", "Apt. 4"): "she said no. Then" ends.
const ABBREVIATIONS_BEFORE_NUMBER = new Set([
  'no', 'nos', 'apt', 'ext', 'tel', 'ph', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'rm', 'fig', 'vol', 'pg', 'pp'
])

// Which character codes open a sentence or an item, as a table: markPosition() asks for every
// character it looks back over, and a set lookup per character was a tenth of the tokenizer's time.
const OPENERS = ['(', '[', '{', '"', '“', '‘', "'", '*', '•', '-', '–', '—', '>', '#', '_', '·']
const OPENER_TABLE = new Uint8Array(Math.max(...OPENERS.map((c) => c.charCodeAt(0))) + 1)
for (const c of OPENERS) OPENER_TABLE[c.charCodeAt(0)] = 1
const isOpener = (code: number) => code < OPENER_TABLE.length && OPENER_TABLE[code] === 1

function shapeOf(text: string): Shape {
  const core = text.replace(POSSESSIVE, '')
  let letters = 0
  let uppers = 0
  let digits = 0
  let firstLetterUpper: boolean | null = null
  for (const c of core) {
    const code = c.charCodeAt(0)
    let letter = false
    let isUpper = false
    if (code < 128) {
      if (code >= 65 && code <= 90) letter = isUpper = true
      else if (code >= 97 && code <= 122) letter = true
      else if (code >= 48 && code <= 57) digits++
    } else if (/\p{L}/u.test(c)) {
      letter = true
      isUpper = /\p{Lu}|\p{Lt}/u.test(c)
    } else if (/\p{N}/u.test(c)) digits++
    if (!letter) continue
    letters++
    if (isUpper) uppers++
    if (firstLetterUpper === null) firstLetterUpper = isUpper
  }
  if (letters === 0) return 'number'
  if (digits > 0) return 'alnum'
  if (letters >= 2 && uppers === letters) return 'upper'
  // "NSOs", "DMs": an abbreviation in the plural.
  if (letters >= 3 && uppers === letters - 1 && core.endsWith('s') && firstLetterUpper && /^\p{Lu}+s$/u.test(core)) return 'upper'
  if (firstLetterUpper) return 'capitalized'
  return uppers > 0 ? 'mixed' : 'lower'
}

interface Spelling {
  raw: string
  /** spellingHash(raw): where the spelling sits in the table of known spellings. */
  hash: number
  folded: string
  base: string
  possessive: boolean
  shape: Shape
  facts: number
  foldedFacts: number
  cues: number
  /** Whether the full French list holds `base`; asked only in French sentences, then kept. */
  frenchWord?: boolean
}

// Notes reuse the same words, so what a spelling looks like is worked out once.
const spellings = new Map<string, Spelling>()

function endsWithApostropheS(raw: string): boolean {
  const n = raw.length
  if (n < 3) return false
  const s = raw.charCodeAt(n - 1)
  const q = raw.charCodeAt(n - 2)
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019)
}

/**
 * The engine's single copy of a string, as it keeps one for each property name. A word's spellings are
 * compared with string literals and looked up in sets by every reader: two such copies compare by
 * identity, where a slice of the note is compared character by character, and every word's text has
 * one representation, so the readers' character reads stay specialised to it. Done once per spelling.
 */
function interned(s: string): string {
  const holder: Record<string, true> = { [s]: true }
  for (const key in holder) return key
  return s
}

function spellingOf(sliced: string): Spelling {
  const known = spellings.get(sliced)
  if (known) return known
  const raw = interned(sliced)
  const folded = interned(fold(raw))
  const possessive = endsWithApostropheS(raw)
  const base = possessive ? interned(folded.slice(0, -2)) : folded
  const facts = wordFacts(base)
  const made: Spelling = { raw, hash: spellingHash(raw, 0, raw.length), folded, base, possessive, shape: shapeOf(raw), facts, foldedFacts: base === folded ? facts : wordFacts(folded), cues: readerCues(raw, folded, base) | frenchSigns(raw) }
  if (spellings.size > 50_000) spellings.clear()
  spellings.set(raw, made)
  return made
}

// The spellings met so far, found by a hash of the note's characters: a word already met is not
// sliced out of the note or hashed by a Map (that lookup was the tokenizer's largest cost), and its
// text is the one string every reader's lookups have hashed before. Open addressing, cleared when
// half full.
const TABLE_SIZE = 1 << 15
const table: (Spelling | undefined)[] = new Array<Spelling | undefined>(TABLE_SIZE).fill(undefined)
let tableCount = 0

function spellingHash(text: string, start: number, end: number): number {
  let h = 0
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0
  return h
}

function sameText(sp: Spelling, text: string, start: number, end: number): boolean {
  const raw = sp.raw
  if (raw.length !== end - start) return false
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** The spelling of text[start, end). */
function spellingAt(text: string, start: number, end: number): Spelling {
  const hash = spellingHash(text, start, end)
  let slot = (hash ^ (hash >>> 15)) & (TABLE_SIZE - 1)
  for (let sp = table[slot]; sp; sp = table[slot]) {
    if (sp.hash === hash && sameText(sp, text, start, end)) return sp
    slot = (slot + 1) & (TABLE_SIZE - 1)
  }
  const made = spellingOf(text.slice(start, end))
  if (tableCount >= TABLE_SIZE / 2) {
    table.fill(undefined)
    tableCount = 0
    slot = (hash ^ (hash >>> 15)) & (TABLE_SIZE - 1)
  }
  table[slot] = made
  tableCount++
  return made
}

const FRENCH_WORD = W.ENGLISH | W.ENGLISH_LOOSE | W.LISTED

/**
 * The bits a French sentence adds to a word of the French list. The answer is kept on the spelling:
 * the list holds ~300k forms, and looking one up costs a cache miss every time.
 */
function frenchBits(sp: Spelling): number {
  if ((sp.facts & W.ENGLISH) !== 0 || sp.base.length <= 1) return 0
  sp.frenchWord ??= inFullFrench(sp.base)
  return sp.frenchWord ? FRENCH_WORD : 0
}

/** Whether an apostrophe sits where an elision's would ("l'", "qu'", "jusqu'", "lorsqu'"). */
function mayBeElided(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end && i < start + 8; i++) if (isApostrophe(text.charCodeAt(i))) return true
  return false
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019
const isLetterOrDigit = (c: string) => c !== '' && /[\p{L}\p{N}]/u.test(c)

// A French elided article or pronoun is not part of the word it leans on: "l'École" is "École".
const ELIDED = /^(?:[ldjmtnsc]|qu|jusqu|lorsqu|puisqu)['’](?=[\p{L}])/iu

/**
 * The k-th word, or undefined before the first (and after the last): tokens[k] for any k. The readers look at the words
 * before the one they read; at the first word "tokens[i - 1]" is tokens[-1], which the engine reads as
 * a property named "-1", and from then on it reads every index at that place the slow, generic way.
 */
export function nth(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 ? tokens[k] : undefined
}

/** The words of a note; `french` says where it is French (elisions are split off there). */
export function tokenize(text: string, french: readonly LanguageSpan[] = []): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < text.length) {
    const first = wordCharLength(text, at)
    if (first === 0) {
      at++
      continue
    }
    const start = at
    const end = wordEnd(text, start)
    at = end
    tokens.push(wordAt(text, tokens.length, start, end, french.length > 0 && inSpans(french, start)))
  }
  for (const token of tokens) markPosition(text, tokens, token)
  return tokens
}

/**
 * What tokenize(text, french) gives, from what tokenize(text) gave (`tokens`, taken over): the words
 * can be found before the note's language is known, and only the words in French sentences are read
 * again. Splitting an elision off moves a word's start, and only then are the words' positions marked again.
 */
export function inFrench(text: string, tokens: Token[], french: readonly LanguageSpan[]): Token[] {
  let moved = false
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (!inSpans(french, t.start)) continue
    // A word that may lose an elision is read again; any other keeps its spelling and gains the
    // French word list's bits, as wordAt() would give them.
    if (mayBeElided(text, t.start, t.end)) {
      const word = wordAt(text, k, t.start, t.end, true)
      if (word.start === t.start) {
        word.initial = t.initial
        word.bracketed = t.bracketed
      } else moved = true
      tokens[k] = word
      continue
    }
    const frenchWord = frenchBits(spellingAt(text, t.start, t.end))
    t.facts |= frenchWord
    t.foldedFacts |= frenchWord
    t.french = true
  }
  // A word's position depends on where it starts and on the word before it, which only an elision
  // split off changes: then every word is marked again, from unmarked.
  if (moved) {
    for (const t of tokens) {
      t.initial = false
      t.bracketed = false
    }
    for (const token of tokens) markPosition(text, tokens, token)
  }
  return tokens
}

/** The word text[start, end), the `index`-th of the note, with its position not yet marked. */
function wordAt(text: string, index: number, start: number, end: number, inFrench: boolean): Token {
  if (inFrench && mayBeElided(text, start, end)) {
    const elided = ELIDED.exec(text.slice(start, Math.min(end, start + 8)))
    if (elided) start += elided[0].length
  }
  const sp = spellingAt(text, start, end)
  const raw = sp.raw
  // In a French sentence a French word is an ordinary word to every reader, as an English one is.
  const frenchWord = inFrench ? frenchBits(sp) : 0
  // "Hayes' hexaflex", "officials' stress": an apostrophe after a final s is a possessive too.
  const last = raw.charCodeAt(raw.length - 1)
  const trailing = !sp.possessive && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end)) && !isLetterOrDigit(text[end + 1] ?? '')
  return {
    index,
    start,
    end,
    text: raw,
    folded: sp.folded,
    base: sp.base,
    facts: sp.facts | frenchWord,
    foldedFacts: sp.foldedFacts | frenchWord,
    cues: sp.cues,
    possessive: sp.possessive || trailing,
    shape: sp.shape,
    initial: false,
    bracketed: false,
    dotAfter: text.charCodeAt(end) === 46,
    french: inFrench
  }
}

/** Looks back from a word to decide whether it opens a sentence or follows a bracket. */
function markPosition(text: string, tokens: readonly Token[], token: Token): void {
  let i = token.start - 1
  let sawNewline = false
  let sawOpener = false
  while (i >= 0) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) sawNewline = true
    else if (code === 32 || code === 9 || code === 0xa0 || (code > 127 && /\s/u.test(text[i] ?? ''))) {
      // spaces are skipped
    } else if (isOpener(code)) {
      if (code === 40 || code === 91) token.bracketed = !sawOpener || token.bracketed
      sawOpener = true
    } else break
    i--
  }
  if (i < 0 || sawNewline) {
    token.initial = true
    return
  }
  const c = text[i] ?? ''
  // "2) Case…", "b) Next…": a list marker opens an item.
  const marker = c === ')' && nth(tokens, token.index - 1)?.end === i && (nth(tokens, token.index - 1)?.text.length ?? 9) <= 2 && !/[\p{L}\p{N}(]/u.test(text.charAt((nth(tokens, token.index - 1)?.start ?? 0) - 1))
  if (c === ':' || c === '!' || c === '?' || marker) {
    token.initial = true
    return
  }
  if (c !== '.' && c !== '…') return
  const before = nth(tokens, token.index - 1)
  if (!before || before.end !== i) {
    token.initial = true
    return
  }
  // "J." and "Dr." do not end a sentence; "2024." and "home." do.
  const isInitialLetter = before.shape !== 'number' && before.text.length === 1 && before.text === before.text.toUpperCase()
  const abbreviation = ABBREVIATIONS.has(before.folded) || (ABBREVIATIONS_BEFORE_NUMBER.has(before.folded) && token.shape === 'number')
  token.initial = !(abbreviation || isInitialLetter || isAsciiLetter(before.text))
}
