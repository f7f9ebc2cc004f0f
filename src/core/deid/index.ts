import type { Finding } from './types'
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
import { findUnknownWords } from './recognizers/unknownWords'
import { frenchSpans } from './text/language'
import { tokenize, type Token } from './text/tokenize'

export type { Finding, IdentifierKind } from './types'

/**
 * Finds the words in a case note that could identify someone: people, ages, dates, places,
 * organisations, contact details and ID numbers. Pure, synchronous and deterministic; findings
 * are sorted by start and never overlap. A finding's `end` is exclusive.
 *
 * Recall comes first: an ordinary word is sometimes flagged, so a person confirms the result.
 */
export function findIdentifiers(text: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return []
  // French sentences read with the French word list and shapes (text/language.ts).
  const french = frenchSpans(text)
  const tokens = tokenize(text, french)
  const patterns = findContacts(text, tokens).concat(findNumbers(text, tokens), findDates(text, tokens), findAges(text, tokens), findInitials(text, tokens))
  // Words inside an email, a number or a date are not read again as names.
  const masked = coverage(tokens, patterns)
  const properNouns = findProperNouns(text, tokens, masked)
  const lowerCase = findLowerCaseNames(text, tokens, masked, coverage(tokens, properNouns, 'PERSON')).concat(findNamesBeforeAges(text, tokens, coverage(tokens, properNouns.concat(patterns))), findNamesBeforePersonBrackets(text, tokens, masked))
  const people = coverage(tokens, properNouns.concat(lowerCase, patterns), 'PERSON')
  // Names the readers took for a team or a place still own the age after them ("alejandro paredes, 16,").
  const named = coverage(tokens, properNouns.concat(lowerCase).filter((f) => f.kind === 'PERSON' || f.kind === 'ORGANIZATION'))
  const contextualAges = findAgesInContext(text, tokens, people, named)
  const recognised = patterns.concat(findAddresses(text, tokens), findOrganisations(text, tokens, masked), properNouns, lowerCase, contextualAges, findCompassPlaces(text, tokens))
  // French titles, ages, school and club names (also in English sentences: "trains at the Centre sportif de Gatineau").
  if (french.length > 0 || FRENCH_HEAD.test(text)) recognised.push(...findFrench(text, tokens, french.length > 0))
  // Then whatever nothing vouches for (recognizers/unknownWords.ts).
  const unknown = findUnknownWords(text, tokens, coverage(tokens, recognised))
  const all = recognised.concat(unknown)
  const joined = withArticle(text, all.concat(joinNameParts(text, tokens, all), placeEdges(text, tokens, all)))
  return mergeFindings(text, french.length > 0 ? frenchSafe(text, tokens, joined) : joined)
}

// The head words of French names of places and organisations (recognizers/french.ts).
const FRENCH_HEAD = /(?:École|Ecole|Collège|Cégep|Université|Hôpital|Clinique|CLSC|Centre|Stade|Aréna|Complexe|Piscine|Polyvalente|Club|Académie|Ligue|Fédération|Dojo|CISSS|CIUSSS|Mme|Mlle|Dre) /

/** For each token, whether a finding (of the given kind, if any) overlaps it. */
function coverage(tokens: readonly Token[], findings: readonly Finding[], kind?: Finding['kind']): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false)
  // Few findings, many tokens: each finding marks its tokens, found by binary search (no sorting or copying).
  for (const f of findings) {
    if (kind && f.kind !== kind) continue
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
  return covered
}

// "plays for the hillcrest harriers", "the Tadoussac Tritons", "after the 19th": a team's, a place's or
// a date's "the" is part of it (an uncovered "the" is a leak under the corpus labels). The notes
// screen still replaces only a capitalised name after its "the" (core/notes/flagRules.ts).
const ARTICLE_KINDS: ReadonlySet<Finding['kind']> = new Set(['ORGANIZATION', 'LOCATION', 'DATE'])

/** Findings of those kinds preceded by "the " start at the "the". */
function withArticle(text: string, findings: Finding[]): Finding[] {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]
    if (!f || f.start < 4) continue
    // People take no article: "the Clarenville Caribou" read as a name of two words is a team.
    const named = f.kind === 'PERSON' && /^\p{Lu}\S*\s+\p{Lu}/u.test(text.slice(f.start, f.end))
    if (!ARTICLE_KINDS.has(f.kind) && !named) continue
    const c = text.charCodeAt(f.start - 4) | 32
    if (c === 116 && (text.charCodeAt(f.start - 3) | 32) === 104 && (text.charCodeAt(f.start - 2) | 32) === 101 && text.charCodeAt(f.start - 1) === 32 && (f.start === 4 || !/[\p{L}\p{N}]/u.test(text[f.start - 5] ?? ''))) findings[k] = { start: f.start - 4, end: f.end, kind: named ? 'ORGANIZATION' : f.kind }
  }
  return findings
}
