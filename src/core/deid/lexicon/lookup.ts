import { INSTITUTION_ACRONYMS, SAFE_ACRONYMS } from './acronyms'
import { FRAMEWORK_WORDS, LOWER_CASE_SUFFIXES, ORG_CUES, ORG_SUFFIXES, PLACE_SUFFIXES, PERSON_CUES, PERSON_VERBS, PLACE_CUES, PLACE_PREFIXES, PLURAL_NOT_TEAMS, ROLE_WORDS, TITLES, WEAK_WORDS } from './cues'
import { GIVEN_NAMES } from './givenNames'
import { PLACES } from './places'
import { MONTHS_AND_DAYS, NATIONALITIES, PLATFORMS_AND_EVENTS, REGIONS } from './safeProperNouns'
import { SURNAMES } from './surnames'
import { COMMON_NAME_THEORISTS, DISTINCTIVE_THEORISTS } from './theorists'
import { wordSet } from './wordSet'

// Every list as a set of folded entries, built once when the module loads.
export const GIVEN = wordSet(GIVEN_NAMES)
export const FAMILY = wordSet(SURNAMES)
export const PLACE = wordSet(PLACES)
export const REGION = wordSet(REGIONS)
export const NATIONALITY = wordSet(NATIONALITIES)
export const MONTH_OR_DAY = wordSet(MONTHS_AND_DAYS)
export const PLATFORM = wordSet(PLATFORMS_AND_EVENTS)
export const THEORIST = wordSet(DISTINCTIVE_THEORISTS)
export const THEORIST_IN_CONTEXT = wordSet(COMMON_NAME_THEORISTS)
export const SAFE_ACRONYM = wordSet(SAFE_ACRONYMS)
export const INSTITUTION_ACRONYM = wordSet(INSTITUTION_ACRONYMS)
export const TITLE = wordSet(TITLES)
export const PERSON_CUE = wordSet(PERSON_CUES)
export const PLACE_CUE = wordSet(PLACE_CUES)
export const ORG_CUE = wordSet(ORG_CUES)
export const PERSON_VERB = wordSet(PERSON_VERBS)
export const FRAMEWORK = wordSet(FRAMEWORK_WORDS)
export const ROLE = wordSet(ROLE_WORDS)
export const WEAK = wordSet(WEAK_WORDS)
export const NOT_TEAM_PLURAL = wordSet(PLURAL_NOT_TEAMS)
export const PLACE_PREFIX = wordSet(PLACE_PREFIXES)
export const ORG_SUFFIX = wordSet(ORG_SUFFIXES)
export const PLACE_SUFFIX = wordSet(PLACE_SUFFIXES)
export const LOWER_SUFFIX = wordSet(LOWER_CASE_SUFFIXES)

/** Places and safe names of several words, keyed by their first word, longest first. */
function phraseIndex(...sets: ReadonlySet<string>[]): ReadonlyMap<string, readonly string[][]> {
  const index = new Map<string, string[][]>()
  for (const set of sets)
    for (const entry of set) {
      const words = entry.replace(/\./g, '').split(' ')
      if (words.length < 2) continue
      const first = words[0] ?? ''
      const list = index.get(first) ?? []
      list.push(words)
      index.set(first, list)
    }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length)
  return index
}

export const PLACE_PHRASES = phraseIndex(PLACE)
export const SAFE_PHRASES = phraseIndex(REGION, NATIONALITY, PLATFORM)
