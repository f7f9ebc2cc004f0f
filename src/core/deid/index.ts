import type { Finding } from './types'
import { mergeFindings } from './merge'
import { findAddresses } from './recognizers/addresses'
import { findAges, findAgesInContext } from './recognizers/ages'
import { findContacts } from './recognizers/contacts'
import { findDates } from './recognizers/dates'
import { findInitials } from './recognizers/initials'
import { findLowerCaseNames } from './recognizers/lowercaseNames'
import { findNumbers } from './recognizers/numbers'
import { findProperNouns } from './recognizers/properNouns'
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
  const tokens = tokenize(text)
  const patterns = findContacts(text, tokens).concat(findNumbers(text, tokens), findDates(text, tokens), findAges(text, tokens), findInitials(text, tokens))
  // Words inside an email, a number or a date are not read again as names.
  const masked = coverage(tokens, patterns)
  const properNouns = findProperNouns(text, tokens, masked)
  const lowerCase = findLowerCaseNames(text, tokens, masked, coverage(tokens, properNouns, 'PERSON'))
  const people = coverage(tokens, properNouns.concat(lowerCase, patterns), 'PERSON')
  const contextualAges = findAgesInContext(text, tokens, people)
  return mergeFindings(text, patterns.concat(findAddresses(text, tokens), properNouns, lowerCase, contextualAges))
}

/** For each token, whether a finding (of the given kind, if any) overlaps it. */
function coverage(tokens: readonly Token[], findings: readonly Finding[], kind?: Finding['kind']): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false)
  const sorted = (kind ? findings.filter((f) => f.kind === kind) : [...findings]).sort((a, b) => a.start - b.start)
  let f = 0
  let reach = -1
  for (const t of tokens) {
    while (f < sorted.length && (sorted[f]?.start ?? Infinity) < t.end) {
      reach = Math.max(reach, sorted[f]?.end ?? -1)
      f++
    }
    // Some finding starts before the token ends and reaches past its start: they overlap.
    covered[t.index] = reach > t.start
  }
  return covered
}
