import { COMMON_WORDS } from './commonWords'
import { DOMAIN_WORDS } from './domainWords'
import { MORE_WORDS } from './moreWords'
import { wordSet } from './wordSet'

const BASE = wordSet(COMMON_WORDS, DOMAIN_WORDS, MORE_WORDS)

// Prefixes that make new words from known ones ("rebuild", "postvention" does not need listing as
// "vention" is not a word, so it is listed in domainWords.ts instead).
const PREFIXES = ['un', 're', 'pre', 'post', 'non', 'self', 'over', 'under', 'mis', 'dis', 'co', 'sub', 'inter', 'multi', 'anti', 'semi', 'out', 'bi', 'tri', 'mid', 'counter', 'hyper', 'micro', 'mini', 'super', 'ultra', 'im', 'in', 'ir', 'il', 'de', 'en', 'up', 'down', 'fore', 'extra', 'mega', 'team', 'game', 'week', 'day', 'home', 'time', 'work', 'head', 'back', 'side']

// Contractions: "can't" is "can", "she'll" is "she".
const CONTRACTION = /^(.+?)(?:n't|'re|'ve|'ll|'d|'m|'s|s')$/

/** British and American spellings of the same word count as one. */
function spellingVariants(word: string): string[] {
  const out: string[] = []
  if (word.includes('our')) out.push(word.replace('our', 'or'))
  if (/is(e|ed|es|ing|ation)s?$/.test(word)) out.push(word.replace(/is(e|ed|es|ing|ation)(s?)$/, 'iz$1$2'))
  if (word.endsWith('tre')) out.push(`${word.slice(0, -3)}ter`)
  if (word.endsWith('tres')) out.push(`${word.slice(0, -4)}ters`)
  if (/ll(ed|ing|er)$/.test(word)) out.push(word.replace(/ll(ed|ing|er)$/, 'l$1'))
  if (word.endsWith('ogue')) out.push(word.slice(0, -2))
  return out
}

/** Candidate base forms after taking off one inflectional or derivational ending. */
function stems(w: string): string[] {
  const out: string[] = []
  const add = (s: string) => {
    if (s.length < 2) return
    out.push(s)
    // "happi-ness", "merri-ment": a y became i before the ending.
    if (s.endsWith('i')) out.push(`${s.slice(0, -1)}y`)
  }
  const undouble = (s: string) => (s.length > 2 && s.at(-1) === s.at(-2) ? s.slice(0, -1) : s)
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`)
  if (w.endsWith('es')) add(w.slice(0, -2))
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1))
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`)
  if (w.endsWith('ed')) {
    const s = w.slice(0, -2)
    add(s)
    add(`${s}e`)
    add(undouble(s))
  }
  if (w.endsWith('ing')) {
    const s = w.slice(0, -3)
    add(s)
    add(`${s}e`)
    add(undouble(s))
  }
  if (w.endsWith('ily')) add(`${w.slice(0, -3)}y`)
  if (w.endsWith('ally')) add(w.slice(0, -4))
  if (w.endsWith('ly')) add(w.slice(0, -2))
  if (w.endsWith('ier')) add(`${w.slice(0, -3)}y`)
  if (w.endsWith('iest')) add(`${w.slice(0, -4)}y`)
  if (w.endsWith('er')) {
    const s = w.slice(0, -2)
    add(s)
    add(`${s}e`)
    add(undouble(s))
  }
  if (w.endsWith('est')) {
    const s = w.slice(0, -3)
    add(s)
    add(`${s}e`)
    add(undouble(s))
  }
  for (const suffix of ['ness', 'ment', 'ful', 'less', 'ship', 'hood', 'ism', 'ist', 'ity', 'ize', 'ise', 'ization', 'isation', 'al', 'ic', 'ive', 'ous', 'ish', 'able', 'ible', 'ation', 'tion', 'ion', 'ance', 'ence', 'ant', 'ent', 'wise', 'like', 'y']) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) {
      const s = w.slice(0, -suffix.length)
      add(s)
      add(`${s}e`)
      add(`${s}y`)
      add(undouble(s))
    }
  }
  return out
}

function known(w: string): boolean {
  return BASE.has(w) || spellingVariants(w).some((v) => BASE.has(v))
}

function knownInflected(w: string, depth: number): boolean {
  if (known(w)) return true
  if (depth === 0) return false
  return stems(w).some((s) => knownInflected(s, depth - 1))
}

function knownWithPrefix(w: string): boolean {
  if (knownInflected(w, 2)) return true
  for (const prefix of PREFIXES) {
    if (w.length > prefix.length + 2 && w.startsWith(prefix) && knownInflected(w.slice(prefix.length), 2)) return true
  }
  return false
}

const cache = new Map<string, boolean>()

/**
 * Whether a folded, lower-case word is ordinary English (or sport and counselling vocabulary),
 * including inflections, common prefixes, contractions and hyphenated compounds of known words.
 */
export function isEnglishWord(folded: string): boolean {
  const hit = cache.get(folded)
  if (hit !== undefined) return hit
  const result = decide(folded)
  // The cache is bounded so a long run of novel strings cannot grow it without limit.
  if (cache.size > 20_000) cache.clear()
  cache.set(folded, result)
  return result
}

/** Listed as a word in its own right (a name like "Hope" is; "Andy" only looks like and+y). */
export function isListedWord(folded: string): boolean {
  return known(folded)
}

const looseCache = new Map<string, boolean>()

/** Two known words of at least `min` letters each, run together: "lowercase", "teammates". */
export function isCompound(folded: string, min: number): boolean {
  if (folded.length > MAX_WORD) return false
  for (let i = min; i <= folded.length - min; i++) if (knownInflected(folded.slice(0, i), 1) && knownInflected(folded.slice(i), 1)) return true
  return false
}

/** isEnglishWord, and also two known words run together ("selfcompassion"); for lower-case text. */
export function isEnglishLoose(folded: string): boolean {
  if (isEnglishWord(folded)) return true
  const hit = looseCache.get(folded)
  if (hit !== undefined) return hit
  let result = false
  if (folded.length > MAX_WORD) return false
  for (let i = 3; i <= folded.length - 3 && !result; i++) if (knownInflected(folded.slice(0, i), 1) && knownInflected(folded.slice(i), 1)) result = true
  if (looseCache.size > 20_000) looseCache.clear()
  looseCache.set(folded, result)
  return result
}

// Longer than any real word: not looked into (and the suffix rules would be slow on it).
const MAX_WORD = 40

function decide(w: string): boolean {
  if (w.length === 0 || w.length > MAX_WORD * 3) return false
  if (/^\d+$/.test(w)) return true
  if (/[-‐‑–]/.test(w)) {
    const parts = w.split(/[-‐‑–]+/).filter(Boolean)
    return parts.length > 0 && parts.every((p) => /^\d+$/.test(p) || decide(p))
  }
  if (w.length > MAX_WORD) return false
  if (knownWithPrefix(w)) return true
  const contraction = CONTRACTION.exec(w)
  return contraction?.[1] !== undefined && knownWithPrefix(contraction[1])
}
