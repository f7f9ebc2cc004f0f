import type { Finding } from '../types'
import { nth, type Token } from '../text/tokenize'
import { W, wordFacts } from '../lexicon/wordFacts'
import { splitDashes } from '../text/chars'
import { CUE } from '../lexicon/readerCues'

// The edges of a place's name that the readers leave outside it, each a leak under the labels:
// - a compass point before or after a street ("S Phillips Ave", "20th St W") or a town
//   ("Sun City West", "glossop north end");
// - an elided French article ("de L'Ange-Gardien") and a "st" before a saint's name ("the st agnes case");
// - the institution word of "College of the North Atlantic" and the campus of "University of X at Y";
// - the small word inside "Sherburn in Elmet" or "Back of the Yards";
// - a club word written before a club's name ("cpd llanidloes", "CPV L'Islet", "Co-op Funeralcare").
// And shapes no reader names at all: "Old North End", "South End" (a compass part of a town), "Sun City"
// (a capitalised word before "City"), and where a fixture is played ("Next away fixture: Marathon").

const COMPASS_LETTERS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW'])
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest'])
const INSTITUTIONS = new Set(['university', 'college', 'institute', 'universite', 'polytechnic'])
// "Inner City", "the City": words that make "City" a description, not a place.
const NOT_CITY_NAMES = new Set(['the', 'inner', 'big', 'capital', 'host', 'home', 'twin', 'this', 'that', 'our', 'my', 'his', 'her', 'their', 'a', 'an', 'man'])

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/
const ORDINAL_STREETS = new Set(['st', 'street', 'ave', 'avenue', 'rd', 'road', 'blvd', 'boulevard', 'dr', 'drive', 'pl', 'place', 'ln', 'lane', 'way', 'cres', 'crescent'])

// Compared directly rather than looked up in a set: this is asked of every finding.
const isPlaceKind = (kind: Finding['kind']) => kind === 'LOCATION' || kind === 'ORGANIZATION'
const LOWER_HEADS = new Set(['centre', 'club', 'arena', 'ecole', 'piscine', 'clinique', 'complexe', 'stade', 'parc', 'polyvalente', 'college', 'cegep', 'academie', 'hopital', 'gymnase', 'palais'])
const SHOPS = new Set(['quincaillerie', 'depanneur', 'epicerie', 'boulangerie', 'pharmacie', 'caisse', 'usine', 'ferme', 'garage', 'restaurant', 'magasin'])
const INSIDE_HEAD = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'et', "d'", "l'"])
const STREETS_BEFORE = new Set(['rue', 'chemin', 'boulevard', 'rang', 'montee', 'avenue'])

/** The lower-case head ("club", "centre", "quincaillerie") within five lower-case words before token `k`, if any. */
function frenchHeadBefore(tokens: readonly Token[], k: number): Token | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]
    if (!t || t.shape !== 'lower') return undefined
    if (LOWER_HEADS.has(t.folded) || SHOPS.has(t.folded)) return t.french || t.folded === 'club' || SHOPS.has(t.folded) ? t : undefined
    if (!INSIDE_HEAD.has(t.folded) && (t.facts & (W.PERSON_CUE | W.ROLE)) !== 0) return undefined
  }
  return undefined
}

// Words of the land and of streets that end a place's name typed after it ("otero county", "cowley road").
const LAND_WORDS = new Set(['county', 'valley', 'township', 'parish', 'borough', 'road', 'rd', 'street', 'avenue', 'ave', 'lane', 'crescent', 'boulevard', 'drive', 'creek', 'falls', 'heights', 'springs', 'harbour', 'harbor', 'glen', 'fairground', 'fairgrounds', 'arena', 'rink', 'stadium', 'fieldhouse', 'sportsplex', 'pool', 'racecourse', 'showground', 'showgrounds'])

/** Index of the first token starting at or after `at` (tokens are sorted). */
function tokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid]?.start ?? 0) < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

const oneSpace = (text: string, a: Token | undefined, b: Token | undefined) => !!a && !!b && b.start === a.end + 1 && text.charCodeAt(a.end) === 32
const isCapital = (t: Token | undefined) => !!t && (t.shape === 'capitalized' || t.shape === 'upper')

const NOT_FIXTURE_PLACES = W.MONTH_OR_DAY | W.ROLE | W.REGION | W.NATIONALITY | W.PLATFORM
const FIXTURE_WORDS = new Set(['home', 'away', 'tbc', 'tbd', 'cancelled', 'canceled', 'postponed', 'none', 'next', 'the', 'a', 'an'])

/** "fixture: X", "fixture at X", "fixture vs X": the word before the i-th token names a fixture. */
function fixtureCue(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = nth(tokens, i - 1)
  const t = tokens[i]
  if (!prev || !t) return false
  if ((prev.folded === 'fixture' || prev.folded === 'fixtures') && /^\s*:\s*$/.test(text.slice(prev.end, t.start))) return true
  const head = nth(tokens, i - 2)
  return !!head && (head.folded === 'fixture' || head.folded === 'fixtures') && /^(?:at|in|vs|v|against)$/.test(prev.folded) && oneSpace(text, head, prev) && /^\.?\s$/.test(text.slice(prev.end, t.start))
}

const JOINED_PLACE_CUES = new Set(['from', 'in', 'near', 'at', 'to'])
const JOINED_PLACE = /^\p{Lu}[\p{L}-]*['’]s? and \p{Lu}[\p{L}-]*(?:['’](?!\p{L}))?(?: (?:\p{Lu}[\p{L}-]* )?(?:Nation|Nations|Reserve|Territory)(?![\p{L}]))?/u

/** "Mid-west", "South-East": a region made of compass points, not a town. */
const regionalCompound = (base: string) => splitDashes(base).some((p) => p === 'mid' || COMPASS_WORDS.has(p) || (wordFacts(p) & W.REGION) !== 0)

/** Places no reader names: "(Old) North End", "Sun City", where a fixture is played. */
export function findCompassPlaces(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    // "a swimmer from west end": a compass part of a town in lower case, reached with no article.
    if (t.text === 'end' && COMPASS_WORDS.has(tokens[i - 1]?.text ?? '') && oneSpace(text, tokens[i - 1], t) && /^(?:from|in|near)$/.test(nth(tokens, i - 2)?.folded ?? '') && oneSpace(text, nth(tokens, i - 2), tokens[i - 1])) found.push({ start: tokens[i - 1]?.start ?? t.start, end: t.end, kind: 'LOCATION' })
    if (t.shape !== 'capitalized') continue
    const prev = tokens[i - 1]
    // "from Beardy's and Okemasis' Cree Nation": two names joined by "and" after a place word, the first
    // a possessive, are one place (with its Nation or Reserve if one follows).
    if (t.possessive && t.shape === 'capitalized' && tokens[i + 1]?.folded === 'and' && JOINED_PLACE_CUES.has(prev?.folded ?? '') && oneSpace(text, prev, t)) {
      const m = JOINED_PLACE.exec(text.slice(t.start, t.start + 80))
      if (m) found.push({ start: t.start, end: t.start + m[0].length, kind: 'LOCATION' })
    }
    // "Hilltown CoP – …": the town a community of practice is named for.
    if (t.text === 'CoP' && prev && prev.shape === 'capitalized' && oneSpace(text, prev, t) && (prev.facts & (W.ENGLISH | NOT_FIXTURE_PLACES | W.PERSON_CUE)) === 0 && !regionalCompound(prev.base)) found.push({ start: prev.start, end: prev.end, kind: 'LOCATION' })
    if (t.text === 'End' && prev && prev.shape === 'capitalized' && COMPASS_WORDS.has(prev.folded) && oneSpace(text, prev, t)) {
      const older = nth(tokens, i - 2)
      const start = older && older.shape === 'capitalized' && (older.folded === 'old' || older.folded === 'far') && oneSpace(text, older, prev) ? older.start : prev.start
      found.push({ start, end: t.end, kind: 'LOCATION' })
    } else if (prev && prev.shape === 'alnum' && ORDINAL.test(prev.text) && ORDINAL_STREETS.has(t.base) && oneSpace(text, prev, t)) {
      // "on 20th St W", "(3rd Avenue)": a numbered street without a house number.
      found.push({ start: prev.start, end: t.end, kind: 'LOCATION' })
    } else if (fixtureCue(text, tokens, i) && (t.facts & NOT_FIXTURE_PLACES) === 0 && !FIXTURE_WORDS.has(t.folded)) {
      // "Next away fixture: Marathon, 06/22", "fixture vs Trail": where the team plays next is a place.
      let end = t.end
      for (let k = i + 1; tokens[k]?.shape === 'capitalized' && oneSpace(text, nth(tokens, k - 1), tokens[k]); k++) end = tokens[k]?.end ?? end
      found.push({ start: t.start, end, kind: 'LOCATION' })
    } else if (t.text === 'City' && prev && prev.shape === 'capitalized' && !prev.initial && oneSpace(text, prev, t) && !NOT_CITY_NAMES.has(prev.folded) && (prev.facts & (W.ROLE | W.PERSON_CUE)) === 0) {
      found.push({ start: prev.start, end: t.end, kind: 'LOCATION' })
    }
  }
  return found
}

/** Findings that widen others to take in the edges of a place's name (see the top of the file). */
export function placeEdges(text: string, tokens: readonly Token[], findings: readonly Finding[]): Finding[] {
  const added: Finding[] = []
  for (const f of findings) {
    const i = tokenFrom(tokens, f.start)
    const first = tokens[i]
    if (!first) continue
    const before = nth(tokens, i - 1)
    // The word after the finding, found once (a binary search) for the street test and the edges after it.
    const j = tokenFrom(tokens, f.end)
    const streetEnd = (nth(tokens, j - 1)?.facts ?? 0) & W.STREET_WORD
    // "S Phillips Ave": a compass letter before a street.
    if (f.kind === 'LOCATION' && streetEnd && before && COMPASS_LETTERS.has(before.text) && oneSpace(text, before, first)) added.push({ start: before.start, end: f.end, kind: 'LOCATION' })
    // "de L'Ange-Gardien": the elided article touches the name.
    if (isPlaceKind(f.kind) || f.kind === 'PERSON') {
      // Character tests first: this runs for every finding.
      const apostrophe = text.charCodeAt(f.start - 1)
      const elided = (apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(f.start - 2) === 76 && !/\p{L}/u.test(text.charAt(f.start - 3))
      if (elided && f.kind !== 'PERSON') added.push({ start: f.start - 2, end: f.end, kind: f.kind })
      else if (elided && isCapital(first) && before?.french) added.push({ start: f.start - 2, end: f.end, kind: 'LOCATION' })
    }
    // "cpd llanidloes", "CPV L'Islet", "Co-op Funeralcare", "FC Barcelona": a club or co-op word before a name.
    if (before && (before.cues & CUE.CLUB_PREFIX) !== 0 && (oneSpace(text, before, first) || /^ [LlDd]['’]$/.test(text.slice(before.end, first.start))) && (before.shape === 'upper' || before.shape === 'lower' || before.folded.startsWith('co'))) added.push({ start: before.start, end: f.end, kind: 'ORGANIZATION' })
    // "the st agnes case", "St Brides": a saint's name after "st" is a place.
    if (before && (before.cues & CUE.SAINT) !== 0 && (oneSpace(text, before, first) || (before.dotAfter && first.start === before.end + 2))) added.push({ start: before.start, end: f.end, kind: 'LOCATION' })
    // "club de ski de fond de denholm", "centre des loisirs de clarendon": in lower case, a French
    // venue's or shop's head a few words before "de <name>" makes the whole of it the place.
    const head = before && (before.folded === 'de' || before.folded === 'des' || before.folded === 'du') && f.kind !== 'DATE' ? frenchHeadBefore(tokens, i - 1) : undefined
    if (head) added.push({ start: head.start, end: f.end, kind: head.folded === 'club' || SHOPS.has(head.folded) ? 'ORGANIZATION' : 'LOCATION' })
    // "(rue nolard)": a French street word before a name in lower case.
    if (before && before.shape === 'lower' && first.shape === 'lower' && STREETS_BEFORE.has(before.folded) && oneSpace(text, before, first)) added.push({ start: before.start, end: f.end, kind: 'LOCATION' })
    // "College of the North Atlantic": the institution the name belongs to.
    const ofAt = before?.folded === 'the' ? i - 2 : i - 1
    const institution = nth(tokens, ofAt)?.folded === 'of' ? nth(tokens, ofAt - 1) : undefined
    if (institution && institution.shape === 'capitalized' && INSTITUTIONS.has(institution.folded) && oneSpace(text, institution, nth(tokens, ofAt))) added.push({ start: institution.start, end: f.end, kind: 'LOCATION' })
    const next = tokens[j]
    const afterNext = tokens[j + 1]
    // "from otero county", "the clogher valley", "on cowley road": a word of the land or a street after
    // a one-word name, in its case, makes it a place (whatever the reader took the word for).
    if (next && j === i + 1 && oneSpace(text, first, next) && LAND_WORDS.has(next.folded) && next.shape === first.shape && !first.possessive && (f.kind !== 'PERSON' || (first.facts & W.GIVEN) === 0)) added.push({ start: f.start, end: next.end, kind: 'LOCATION' })
    if (!next || !isPlaceKind(f.kind) || next.start - f.end > 1) continue
    // "20th St W", "Sun City West", "Saint-Jean-Baptiste Est", "glossop north end".
    if (oneSpace(text, nth(tokens, j - 1), next)) {
      if (streetEnd && COMPASS_LETTERS.has(next.text)) added.push({ start: f.start, end: next.end, kind: f.kind })
      else if (COMPASS_WORDS.has(next.folded) && (isCapital(next) ? next.shape === 'capitalized' : afterNext?.folded === 'end' && oneSpace(text, next, afterNext))) {
        const end = afterNext?.folded === 'end' && afterNext.shape === next.shape && oneSpace(text, next, afterNext) ? afterNext.end : next.end
        if (!/^\s+(?:of|to|from)\b/i.test(text.slice(end, end + 6))) added.push({ start: f.start, end, kind: f.kind })
      }
    }
  }
  return added.concat(joinedPlaces(text, findings))
}

// "Sherburn in Elmet", "Back of the Yards", "University of Nebraska at Kearney": two findings with a
// small word between them are one place when the first is reached by a place word or is an institution.
// "Nissan in Matlock" (an employer in a town) and "Sitka on June 30" stay two findings.
const INSIDE = /^ (?:in|of|of the|upon|at) $/
// "les Fury d'Ottawa", "le Rouge et Or de Laval": a French team's name and its town, joined by "d'" or "de".
const FRENCH_OF = /^ (?:d['’]|de )$/
const REACHED = /(?:^|\s)(?:to|from|near)\s+$/i
const JOINABLE: ReadonlySet<Finding['kind']> = new Set(['PERSON', 'LOCATION', 'ORGANIZATION'])

function joinedPlaces(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  const added: Finding[] = []
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]
    const b = sorted[k + 1]
    if (!a || !b || b.start <= a.end || b.start - a.end > 8 || !JOINABLE.has(a.kind) || !JOINABLE.has(b.kind)) continue
    const gap = text.slice(a.end, b.start)
    if (FRENCH_OF.test(gap) && /^\p{Lu}/u.test(text.slice(a.start, a.end)) && /^\p{Lu}/u.test(text.slice(b.start, b.end)) && b.kind !== 'PERSON' && (a.kind !== 'PERSON' || !/\s/.test(text.slice(a.start, a.end)))) {
      added.push({ start: a.start, end: b.end, kind: 'ORGANIZATION' })
      continue
    }
    if (!INSIDE.test(gap) || !/^\p{Lu}/u.test(text.slice(b.start, b.end).replace(/^the /, ''))) continue
    const left = text.slice(a.start, a.end)
    const institution = /^(?:University|College|Institute)\b/.test(left) && gap === ' at '
    // "back to Sherburn in Elmet"; "…, Back of the Yards": a one-word place reached by "to", or an item after a comma, with "of".
    const single = /^\p{Lu}\S*$/u.test(left) && /^(?:the )?\p{Lu}\S*$/u.test(text.slice(b.start, b.end))
    const reached = single && gap !== ' at ' && (REACHED.test(text.slice(Math.max(0, a.start - 10), a.start)) || (gap.startsWith(' of') && /[,:(]\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start))))
    if (institution || reached) added.push({ start: a.start, end: b.end, kind: 'LOCATION' })
  }
  return added
}
