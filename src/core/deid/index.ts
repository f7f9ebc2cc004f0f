import type { CheckOptions, Finding } from './types'
import { joinNameParts } from './joinNames'
import { mergeFindings } from './merge'
import { findAddresses } from './recognizers/addresses'
import { findAges, findAgesInContext } from './recognizers/ages'
import { findContacts } from './recognizers/contacts'
import { findDates } from './recognizers/dates'
import { findFrench, frenchSafe } from './recognizers/french'
import { findInitials } from './recognizers/initials'
import { findLowerCaseNames } from './recognizers/lowercaseNames'
import { findNamesBeforeAges, findNamesBeforePersonBrackets } from './recognizers/namesBeforeAges'
import { findNumbers } from './recognizers/numbers'
import { findOrganisations } from './recognizers/organisations'
import { findCompassPlaces, placeEdges } from './recognizers/placeEdges'
import { findProperNouns } from './recognizers/properNouns'
import { findRecordLines } from './recognizers/recordLines'
import { findUnknownWords } from './recognizers/unknownWords'
import { findWordNamesByCue } from './recognizers/wordNameCues'
import { frenchSpansOf } from './text/language'
import { inFrench, tokenize, type Token } from './text/tokenize'
import { hasWhite } from './text/chars'
import { CUE } from './lexicon/readerCues'

export type { CheckOptions, Finding, IdentifierKind } from './types'

/**
 * Finds the words in a case note that could identify someone: people, ages, dates, places,
 * organisations, contact details and ID numbers. Pure, synchronous and deterministic; findings
 * are sorted by start and never overlap. A finding's `end` is exclusive.
 *
 * Recall comes first: an ordinary word is sometimes flagged, so a person confirms the result.
 * `options.language` only decides text too short to tell its own language (types.ts).
 */
export function findIdentifiers(text: string, options?: CheckOptions): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return []
  // French sentences read with the French word list and shapes (text/language.ts). The words are found
  // first, as English: they tell whether to look for French at all, and most notes have none.
  const words = tokenize(text)
  const frenchSpans = frenchSpansOf(text, words, options?.language)
  const hasFrench = frenchSpans.length > 0
  const tokens = hasFrench ? inFrench(text, words, frenchSpans) : words
  const patterns = gather(findContacts(text, tokens), findNumbers(text, tokens), findDates(text, tokens), findAges(text, tokens), findInitials(text, tokens), findRecordLines(text, tokens))
  // Words inside an email, a number or a date are not read again as names.
  const masked = coverage(tokens, patterns)
  const properNouns = findProperNouns(text, tokens, masked)
  // Each coverage after the first widens one already made rather than marking the same lists again.
  const namedByProperNouns = coverage(tokens, properNouns, 'PERSON')
  const maskedOrNamed = widened(masked, tokens, undefined, properNouns)
  const lowerCase = gather(findLowerCaseNames(text, tokens, masked, namedByProperNouns), findNamesBeforeAges(text, tokens, maskedOrNamed), findNamesBeforePersonBrackets(text, tokens, masked))
  const people = widened(namedByProperNouns, tokens, 'PERSON', lowerCase, patterns)
  // Names the readers took for a team or a place still own the age after them ("alejandro paredes, 16,").
  const named = coverage(tokens, properNouns, NAMED, lowerCase)
  const contextualAges = findAgesInContext(text, tokens, people, named)
  const addresses = findAddresses(text, tokens)
  const organisations = findOrganisations(text, tokens, masked)
  const compassPlaces = findCompassPlaces(text, tokens)
  const recognised = gather(patterns, addresses, organisations, properNouns, lowerCase, contextualAges, compassPlaces)
  // French titles, ages, school and club names (also in English sentences: "trains at the Centre sportif de Gatineau").
  const french = hasFrench || namesFrenchHead(text, tokens) ? findFrench(text, tokens, hasFrench) : NONE
  append(recognised, french)
  // The coverages below are the ones their readers are done with, marked in place with what was found
  // since, not made again from every list: `recognised` covers maskedOrNamed (patterns, proper nouns)
  // and the lists found after it.
  const covered = maskedOrNamed
  for (const list of [addresses, organisations, lowerCase, contextualAges, compassPlaces, french]) mark(tokens, list, undefined, covered)
  // Then whatever nothing vouches for (recognizers/unknownWords.ts).
  const unknown = findUnknownWords(text, tokens, covered)
  const all = append(recognised, unknown)
  mark(tokens, unknown, undefined, covered)
  // `people` covered the names among properNouns, lowerCase and patterns; now among them all.
  const allPeople = people
  for (const list of [addresses, organisations, contextualAges, compassPlaces, french, unknown]) mark(tokens, list, 'PERSON', allPeople)
  // Ordinary words the sentence makes someone: a speaker among named speakers, an action's owner (recognizers/wordNameCues.ts).
  const cued = findWordNamesByCue(text, tokens, covered, allPeople)
  append(all, cued)
  const joined = withArticle(text, gather(all, joinNameParts(text, tokens, all), placeEdges(text, tokens, all)))
  return mergeFindings(text, hasFrench ? frenchSafe(text, tokens, joined, cued) : joined)
}

/**
 * Whether a head word of a French name ("École", "Centre", "Mme"…) stands right before a space, at the
 * end of a word or inside one: what /(?:École|…|Dre) / finds. A head is all letters, so it ends where
 * a word ends; the words carry the answer as a cue bit (lexicon/readerCues.ts) and the note is not
 * scanned again.
 */
function namesFrenchHead(text: string, tokens: readonly Token[]): boolean {
  for (const t of tokens) if ((t.cues & CUE.ENDS_FRENCH_HEAD) !== 0 && text.charCodeAt(t.end) === 32) return true
  return false
}

const NONE: readonly Finding[] = []

/** `more` pushed onto `list` (an array of this call's own), which is returned. */
function append(list: Finding[], more: readonly Finding[]): Finding[] {
  for (const f of more) list.push(f)
  return list
}

/** The lists one after another in a new array (what concat() gives, without its generic checks on every call). */
function gather(...lists: readonly (readonly Finding[])[]): Finding[] {
  const out: Finding[] = []
  for (const list of lists) for (const f of list) out.push(f)
  return out
}

// Which kinds a coverage takes: one kind, people and teams (NAMED), or all.
type KindFilter = Finding['kind'] | typeof NAMED | undefined
const NAMED = 'NAMED'
const takes = (filter: KindFilter, kind: Finding['kind']) => filter === undefined || kind === filter || (filter === NAMED && (kind === 'PERSON' || kind === 'ORGANIZATION'))

/** For each token, whether a finding (of the kinds the filter takes) in any of the lists overlaps it. */
function coverage(tokens: readonly Token[], findings: readonly Finding[], kind?: KindFilter, ...more: readonly (readonly Finding[])[]): boolean[] {
  // Pushed one by one: a packed array of booleans, where new Array(n).fill() left a holey one that
  // every reader's covered[i] then checked for holes.
  const covered: boolean[] = []
  for (let k = 0; k < tokens.length; k++) covered.push(false)
  // The lists are read in turn rather than joined into a copy first.
  mark(tokens, findings, kind, covered)
  for (const list of more) mark(tokens, list, kind, covered)
  return covered
}

/** `base` (a coverage already worked out) with the lists' findings marked as well, in a copy. */
function widened(base: readonly boolean[], tokens: readonly Token[], kind: KindFilter, ...lists: readonly (readonly Finding[])[]): boolean[] {
  const covered = base.slice()
  for (const list of lists) mark(tokens, list, kind, covered)
  return covered
}

function mark(tokens: readonly Token[], findings: readonly Finding[], kind: KindFilter, covered: boolean[]): void {
  // Few findings, many tokens: each finding marks its tokens, found by binary search (no sorting or copying).
  for (const f of findings) {
    if (!takes(kind, f.kind)) continue
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((tokens[mid]?.end ?? 0) <= f.start) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < tokens.length; k++) {
      const t = tokens[k]
      if (!t || t.start >= f.end) break
      covered[k] = true
    }
  }
}

// "plays for the hillcrest harriers", "the Tadoussac Tritons", "after the 19th": a team's, a place's or
// a date's "the" is part of it (an uncovered "the" is a leak under the corpus labels). The notes
// screen still replaces only a capitalised name after its "the" (core/notes/flagRules.ts).
const takesArticle = (kind: Finding['kind']) => kind === 'ORGANIZATION' || kind === 'LOCATION' || kind === 'DATE'

/** Findings of those kinds preceded by "the " start at the "the". */
function withArticle(text: string, findings: Finding[]): Finding[] {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]
    if (!f || f.start < 4) continue
    // People take no article: "the Clarenville Caribou" read as a name of two words is a team.
    const named = f.kind === 'PERSON' && hasWhite(text, f.start, f.end) && /^\p{Lu}\S*\s+\p{Lu}/u.test(text.slice(f.start, f.end))
    if (!takesArticle(f.kind) && !named) continue
    const c = text.charCodeAt(f.start - 4) | 32
    if (c === 116 && (text.charCodeAt(f.start - 3) | 32) === 104 && (text.charCodeAt(f.start - 2) | 32) === 101 && text.charCodeAt(f.start - 1) === 32 && (f.start === 4 || !/[\p{L}\p{N}]/u.test(text[f.start - 5] ?? ''))) findings[k] = { start: f.start - 4, end: f.end, kind: named ? 'ORGANIZATION' : f.kind }
  }
  return findings
}
