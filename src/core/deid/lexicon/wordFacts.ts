import { isCompound, isEnglishLoose, isEnglishWord, isListedWord } from './englishWords'
import * as L from './lookup'

// Everything the readers ask about a word, answered once per spelling as a bit mask: the same
// words recur across notes, and one cached number is cheaper than a dozen set lookups per word.
export const W = {
  GIVEN: 1 << 0,
  FAMILY: 1 << 1,
  PLACE: 1 << 2,
  REGION: 1 << 3,
  NATIONALITY: 1 << 4,
  MONTH_OR_DAY: 1 << 5,
  PLATFORM: 1 << 6,
  THEORIST: 1 << 7,
  THEORIST_IN_CONTEXT: 1 << 8,
  SAFE_ACRONYM: 1 << 9,
  INSTITUTION_ACRONYM: 1 << 10,
  TITLE: 1 << 11,
  PERSON_CUE: 1 << 12,
  PLACE_CUE: 1 << 13,
  ORG_CUE: 1 << 14,
  PERSON_VERB: 1 << 15,
  FRAMEWORK: 1 << 16,
  ROLE: 1 << 17,
  WEAK: 1 << 18,
  NOT_TEAM_PLURAL: 1 << 19,
  PLACE_PREFIX: 1 << 20,
  ORG_SUFFIX: 1 << 21,
  PLACE_SUFFIX: 1 << 22,
  LOWER_SUFFIX: 1 << 23,
  ENGLISH: 1 << 24,
  LISTED: 1 << 25,
  ENGLISH_LOOSE: 1 << 26,
  /** First word of a multi-word place or safe name ("thunder" of Thunder Bay). */
  PHRASE_START: 1 << 27,
  /** Part of an age phrase: "old", "aged", "yo", "17-year-old", "16yo". */
  AGE_WORD: 1 << 28,
  /** A number written out: "seventeen", "twenty-one". */
  NUMBER_WORD: 1 << 29,
  /** Ends a street name: "Street", "Rd", "Lane", "Park". */
  STREET_WORD: 1 << 30,
  /** Two words of four letters or more run together ("lowercase"), not "norm-and". */
  COMPOUND: 1 << 31
} as const

const singular = (w: string) => (w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w)

const SETS: readonly [ReadonlySet<string>, number][] = [
  [L.GIVEN, W.GIVEN],
  [L.FAMILY, W.FAMILY],
  [L.PLACE, W.PLACE],
  [L.REGION, W.REGION],
  [L.NATIONALITY, W.NATIONALITY],
  [L.MONTH_OR_DAY, W.MONTH_OR_DAY],
  [L.PLATFORM, W.PLATFORM],
  [L.THEORIST, W.THEORIST],
  [L.THEORIST_IN_CONTEXT, W.THEORIST_IN_CONTEXT],
  [L.SAFE_ACRONYM, W.SAFE_ACRONYM],
  [L.INSTITUTION_ACRONYM, W.INSTITUTION_ACRONYM],
  [L.TITLE, W.TITLE],
  [L.PERSON_CUE, W.PERSON_CUE],
  [L.PLACE_CUE, W.PLACE_CUE],
  [L.ORG_CUE, W.ORG_CUE],
  [L.PERSON_VERB, W.PERSON_VERB],
  [L.FRAMEWORK, W.FRAMEWORK],
  [L.ROLE, W.ROLE],
  [L.NOT_TEAM_PLURAL, W.NOT_TEAM_PLURAL],
  [L.PLACE_PREFIX, W.PLACE_PREFIX],
  [L.PLACE_SUFFIX, W.PLACE_SUFFIX],
  [L.LOWER_SUFFIX, W.LOWER_SUFFIX]
]

const AGE_WORDS = new Set(['old', 'age', 'aged', 'ages', 'yo', 'y', 'o', 'yrs', 'yr', 'ans', 'oed'])
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:$|-)/
const STREET_WORDS = new Set(['gdns', 'terr', 'cir', 'loop', 'run', 'pt', 'walk', 'rise', 'path', 'line', 'sideroad', 'concession', 'wynd', 'gate', 'green', 'view', 'end', 'bank', 'hollow', 'chase', 'brow', 'fold', 'croft', 'yard', 'parade', 'esplanade', 'promenade', 'broadway', 'crossing', 'pike', 'alley', 'vale', 'meadow', 'meadows'])

const cache = new Map<string, number>()

/** The facts about a folded word (lower case, no accents). */
export function wordFacts(word: string): number {
  const known = cache.get(word)
  if (known !== undefined) return known
  let bits = 0
  for (const [set, bit] of SETS) if (set.has(word)) bits |= bit
  const one = singular(word)
  if (L.WEAK.has(word) || L.WEAK.has(one)) bits |= W.WEAK
  if (L.ORG_SUFFIX.has(word) || L.ORG_SUFFIX.has(one)) bits |= W.ORG_SUFFIX
  if (isEnglishWord(word)) bits |= W.ENGLISH | W.ENGLISH_LOOSE
  else if (isCompound(word, 4)) bits |= W.ENGLISH_LOOSE | W.COMPOUND
  else if (isEnglishLoose(word)) bits |= W.ENGLISH_LOOSE
  if (isListedWord(word)) bits |= W.LISTED
  if (L.PLACE_PHRASES.has(word) || L.SAFE_PHRASES.has(word)) bits |= W.PHRASE_START
  if (AGE_WORDS.has(word) || /(?:-old|\dyo|-yo|^\d{1,2}y|\dyrs?|-y-o|^\d{1,2}[mf])$/.test(word)) bits |= W.AGE_WORD
  if (NUMBER_WORD.test(word)) bits |= W.NUMBER_WORD
  if (L.PLACE_SUFFIX.has(word) || STREET_WORDS.has(word)) bits |= W.STREET_WORD
  if (cache.size > 50_000) cache.clear()
  cache.set(word, bits)
  return bits
}
