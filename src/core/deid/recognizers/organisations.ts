import type { Finding, IdentifierKind } from '../types'
import { findVenues } from './venues'
import { nth, type Token } from '../text/tokenize'
import { W, wordFacts } from '../lexicon/wordFacts'
import { fold } from '../text/fold'
import { CLUB_ABBREVIATIONS, CUE, FRENCH_ORG_HEADS, SLOT_WORDS, SPORT_HEADS } from '../lexicon/readerCues'
import { spaceGap } from '../text/spaceGap'
import { isAmpersandGap, onlySpaces } from '../text/chars'

/**
 * Teams, clubs and employers found by where they stand rather than by what their words are:
 * the slot after "plays for", "works at", "sponsored by", "club:" ("plays for the quarry lane
 * comets", "works at Sackville Co-op", "club: Mother's Pride Boxing Gym"); a name ending in a club
 * abbreviation ("padstow pirates rfc"); "Team Alberta", "Hockey Nova Scotia" (a sport or "Team"
 * before a province or state); French forms ("Club de patinage de vitesse de Gatineau",
 * "l'Intrépide de Gatineau", "CISSS de l'Outaouais").
 */
export function findOrganisations(text: string, tokens: readonly Token[], masked: readonly boolean[]): Finding[] {
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || masked[i] === true) continue
    // Each reader below starts from a word of its list (lexicon/readerCues.ts); most words are on none, and are passed over.
    const slot = (cuesAt(tokens, i - 1) | cuesAt(tokens, i - 2)) & CUE.SLOT && slotCueBefore(text, tokens, i)
    if (slot) {
      const f = readSlot(text, tokens, masked, i)
      if (f) {
        found.push(f.finding)
        i = f.last
        continue
      }
    }
    const french = ((t.cues & CUE.FRENCH_ORG_HEAD) !== 0 || (t.text.charCodeAt(0) | 32) === 108) && readFrench(text, tokens, masked, i)
    if (french) {
      found.push(french.finding)
      i = french.last
      continue
    }
    const body = (t.cues & CUE.SPORT_HEAD) !== 0 && readSportBody(text, tokens, i)
    if (body) {
      found.push(body.finding)
      i = body.last
      continue
    }
    const club = (t.cues & CUE.CLUB) !== 0 && readClubAbbreviation(text, tokens, masked, i)
    if (club) found.push(club)
  }
  if (ACTIVITY_WORD.test(text)) for (const f of lowerCaseTeams(text)) found.push(f)
  // Venues of ordinary words are places, read here so the checker's pipeline stays as it is.
  return found.concat(findVenues(text, tokens))
}

// "often misses stettler lightning practice", "after the traverse city pit spitters game": in lower case,
// the words between a verb or "the" and a team's practice, game or coach are the team, when one of them
// is off the dictionary or a place ("the morning swim practice" is not a team).
const ACTIVITY_WORD = /(?:practice|game|training|tryout|coach|season|match|roster|fixture)/i
const TEAM_BEFORE_ACTIVITY = /\b(?:the|misses|missed|missing|skips|skipped|skipping|to|at|from|for|with|joined|left|quit)\s+((?:[a-z][\p{Ll}'’.-]*\s){1,3}[a-z][\p{Ll}'’-]*)\s+(?:practices?|games?|training|tryouts?|coach(?:es)?|season|match(?:es)?|roster|fixtures?)\b/gu

function lowerCaseTeams(text: string): Finding[] {
  const found: Finding[] = []
  for (const m of text.matchAll(TEAM_BEFORE_ACTIVITY)) {
    const run = m[1] ?? ''
    const words = run.split(' ').map((w) => fold(w))
    // A full stop ends the sentence unless it shortens a word ("mt. pleasant rattlers").
    if (words.some((w) => w.endsWith('.') && w.length > 4)) continue
    if (words.some((w) => STOP.has(w) || (wordFacts(w) & (W.MONTH_OR_DAY | W.NUMBER_WORD | W.ROLE | W.PERSON_CUE | W.GIVEN)) !== 0)) continue
    if (!words.some((w) => (wordFacts(w) & (W.ENGLISH | W.LISTED)) === 0 || (wordFacts(w) & W.PLACE) !== 0)) continue
    const start = m.index + m[0].indexOf(run)
    found.push({ start, end: start + run.length, kind: 'ORGANIZATION' })
  }
  return found
}

/** The cue bits of the k-th word (none before the first; a negative index is a slow lookup). */
const cuesAt = (tokens: readonly Token[], k: number) => (k >= 0 ? (tokens[k]?.cues ?? 0) : 0)

// Verbs whose "for"/"with"/"at"/"by" introduces a team or an employer; up to two words may sit
// between the verb and its preposition ("plays D for", "plays sport climbing for").
const FOR_VERBS = new Set(['plays', 'played', 'playing', 'play', 'skates', 'skated', 'skating', 'rows', 'rowed', 'rowing', 'swims', 'swam', 'swimming', 'competes', 'competed', 'competing', 'races', 'raced', 'racing', 'rides', 'rode', 'riding', 'runs', 'ran', 'wrestles', 'wrestled', 'dances', 'danced', 'works', 'worked', 'working', 'drives', 'drove', 'driving', 'volunteers', 'volunteered', 'signed', 'out', 'tryouts', 'trialled', 'trialed', 'trialling', 'coaches', 'coached', 'keeps', 'bats', 'pitches', 'pitched'])
const WITH_VERBS = new Set(['signed', 'trains', 'trained', 'training', 'employed', 'swims', 'rows', 'skates', 'competes', 'boxes', 'fights', 'climbs'])
const AT_VERBS = new Set(['plays', 'played', 'playing', 'works', 'worked', 'working', 'job', 'shifts', 'shift', 'employed', 'volunteers', 'volunteered', 'interning', 'interns', 'boxes', 'trains', 'coaches', 'coached', 'hired'])
const BY_VERBS = new Set(['employed', 'sponsored', 'hired', 'funded', 'signed', 'drafted', 'recruited'])
const ON_VERBS = new Set(['plays', 'played', 'skates', 'skated', 'rows', 'rowed', 'swims', 'both'])
// "Club: …", "sponsor: …", "employer - …", and "sponsor gritline skate co wants…".
const HEADER = /(?:^|[\n|•·*-]\s*|\s)(?:club|team|sponsor|sponsors|employer|workplace|works|work|job|org|organisation|organization|squad)\s*[:–—-]?\s*$/i
const BARE_HEADERS = new Set(['sponsor', 'sponsors', 'employer'])

function slotCueBefore(text: string, tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  if (tokens[k]?.folded === 'the' && spaceGap(text, tokens[k]?.end ?? 0, tokens[i]?.start ?? 0)) k--
  const prep = tokens[k]
  // Checked before any slicing: this runs for every word.
  if (!prep || !SLOT_WORDS.has(prep.folded)) return false
  const gap = text.slice(prep.end, tokens[k + 1]?.start ?? 0)
  if (gap !== ' ' && (gap.includes(':') || /^\s*[–—-]\s*$/.test(gap))) return HEADER.test(text.slice(Math.max(0, prep.start - 3), prep.end))
  if (!onlySpaces(text, prep.end, tokens[k + 1]?.start ?? 0)) return false
  if (BARE_HEADERS.has(prep.folded) && k === i - 1) return true
  const verbs = prep.folded === 'for' ? FOR_VERBS : prep.folded === 'with' ? WITH_VERBS : prep.folded === 'at' ? AT_VERBS : prep.folded === 'by' ? BY_VERBS : prep.folded === 'on' ? ON_VERBS : null
  if (!verbs) return false
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const w = tokens[j]
    if (!w || !onlySpaces(text, w.end, tokens[j + 1]?.start ?? 0)) return false
    // "Skating glossary for…": a verb ending in -ing is a noun unless the preposition follows it.
    if (verbs.has(w.folded) && (j === k - 1 || !w.folded.endsWith('ing'))) return true
    if (prep.folded === 'on' && /^(?:she|he|they)['’]s$/.test(w.folded) && j === k - 1) return true
    // Only short words (a position, a sport) between the verb and its preposition.
    if (j < k - 1 && (w.facts & (W.PERSON_VERB | W.ROLE)) !== 0) return false
  }
  return false
}

// Words that end a slot: the sentence goes on after the name.
const STOP = new Set(['and', 'or', 'but', 'in', 'at', 'on', 'with', 'who', 'whom', 'which', 'that', 'since', 'after', 'before', 'because', 'when', 'while', 'where', 'until', 'as', 'so', 'to', 'from', 'for', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'does', 'did', 'do', 'will', 'would', 'can', 'could', 'should', 'might', 'this', 'next', 'last', 'every', 'practice', 'practices', 'practise', 'games', 'game', 'tonight', 'today', 'tomorrow', 'yesterday', 'now', 'again', 'anymore', 'season', 'too', 'also', 'though', 'then', 'than', 'if', 'about', 'over', 'under', 'into', 'during', 'by', 'via', 'not', 'any', 'more', 'full-time', 'part-time', 'weekends', 'nights', 'mornings', 'evenings', 'wants', 'says', 'said', 'thinks', 'feels', 'the', 'a', 'an', 'where', 'there', 'here', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'me', 'us', 'his', 'their', 'its', 'my', 'our', 'your', 'tryouts', 'camp', 'since'])
// First words that make the slot something other than a name ("plays for fun", "works at a bank").
const NOT_FIRST = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'every', 'each', 'one', 'two', 'both', 'fun', 'free', 'money', 'home', 'night', 'nights', 'least', 'most', 'all', 'same', 'school', 'work', 'church', 'university', 'college', 'team', 'club', 'real', 'keeps', 'life', 'years', 'months', 'weeks', 'days', 'hours', 'time', 'times', 'length', 'pay', 'cash', 'several', 'several', 'another', 'other', 'own', 'whichever', 'whoever', 'what', 'which', 'who', 'first', 'second', 'third', 'once', 'twice'])
const LEVEL = /^(?:u\d{1,2}s?|\d{1,2}u|aaa|aa|jr|sr|jv)$/i

interface Read {
  finding: Finding
  last: number
}

/** The name in a team or employer slot starting at token `i` (after its cue and "the"). */
function readSlot(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): Read | null {
  const first = tokens[i]
  if (!first || first.shape === 'number' || NOT_FIRST.has(first.folded) || STOP.has(first.folded)) return null
  const withThe = nth(tokens, i - 1)?.folded === 'the'
  let last = i
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const w = tokens[k]
    const prev = nth(tokens, k - 1)
    if (!w || !prev || masked[k] === true || prev.possessive && w.shape === 'number') break
    const gap = text.slice(prev.end, w.start)
    if (gap !== ' ' && !isAmpersandGap(text, prev.end, w.start)) break
    if (STOP.has(w.folded) && !(w.folded === 'of' && isCapital(tokens[k + 1]))) break
    if (w.shape === 'number') break
    if (isCapital(first) && !isCapital(w) && !LEVEL.test(w.folded) && w.folded !== 'of' && w.folded !== 'co') break
    last = k
  }
  const words = tokens.slice(i, last + 1)
  const capitalised = words.some((w) => isCapital(w) && !(w.initial && words.length === 1) && (w.facts & (W.REGION | W.NATIONALITY | W.PLATFORM | W.MONTH_OR_DAY)) === 0)
  const unknown = words.some((w) => w.shape === 'lower' && w.base.length >= 3 && (w.facts & (W.ENGLISH | W.SAFE_ACRONYM | W.MONTH_OR_DAY | W.REGION | W.NATIONALITY | W.PLATFORM | W.THEORIST)) === 0)
  const lastWord = words.at(-1)
  if (!lastWord) return null
  const teamEnd = /[^s]s$/.test(lastWord.base) || (lastWord.facts & (W.ORG_SUFFIX | W.LOWER_SUFFIX)) !== 0 || LEVEL.test(lastWord.folded) || CLUB_ABBREVIATIONS.has(lastWord.folded)
  // "is on the bench", "was on the intake sheet": after "on" only a team's name (a plural, a club word).
  const afterOn = tokens[withThe ? i - 2 : i - 1]?.folded === 'on'
  if (afterOn && !teamEnd) return null
  // "registered with AASP", "through the NCCP": professional bodies and programmes are not identifiers.
  if (words.every((w) => (w.facts & (W.SAFE_ACRONYM | W.REGION | W.NATIONALITY)) !== 0 || (w.facts & W.ENGLISH) !== 0 && !isCapital(w) && words.length === 1)) return null
  // "works for her dad", "plays for his coach": a person word opens no name unless a club word ends it.
  if ((first.facts & (W.ROLE | W.PERSON_CUE)) !== 0 && first.shape === 'lower' && !(words.length >= 2 && teamEnd)) return null
  if (COUNTRIES.has(lastWord.folded)) return null
  const ok = capitalised || unknown || (words.length >= 2 && teamEnd)
  if (!ok) return null
  if (words.length === 1 && !capitalised && !unknown) return null
  const kind: IdentifierKind = (lastWord.facts & W.PLACE_SUFFIX) !== 0 && (lastWord.facts & W.ORG_SUFFIX) === 0 ? 'LOCATION' : 'ORGANIZATION'
  return { finding: { start: first.start, end: lastWord.end, kind }, last }
}

const isCapital = (t: Token | undefined) => !!t && (t.shape === 'capitalized' || t.shape === 'upper')

// "Team Alberta", "Hockey Nova Scotia", "Biathlon Yukon", "Basketball Québec": a provincial or
// national team or sport body, named by a sport (or "Team") and the province or state.
// A national body ("Swimming Canada", "Sport Wales") is public, not a clue to who someone is.
const COUNTRIES = new Set(['canada', 'wales', 'england', 'scotland', 'ireland', 'britain', 'uk', 'usa', 'us', 'america', 'australia', 'france', 'nz', 'zealand', 'mexico', 'germany', 'spain', 'italy', 'japan', 'china', 'india', 'brazil', 'jamaica', 'kenya', 'nigeria'])
// Last words of a province's name of two words ("New Brunswick", "Nova Scotia").
const REGION_TAILS = new Set(['scotia', 'brunswick', 'columbia', 'island', 'labrador', 'territories', 'hampshire', 'jersey', 'mexico', 'york', 'dakota', 'carolina', 'virginia'])
const COMPASS = new Set(['north', 'south', 'east', 'west', 'eastern', 'western', 'northern', 'southern', 'central', 'nova', 'new', 'british', 'prince', 'edward', 'island', 'scotia', 'brunswick', 'columbia'])

function readSportBody(text: string, tokens: readonly Token[], i: number): Read | null {
  const head = tokens[i]
  if (!head || head.shape !== 'capitalized' || !SPORT_HEADS.has(head.folded)) return null
  let last = i
  let region = false
  for (let k = i + 1; k <= i + 4; k++) {
    const w = tokens[k]
    if (!w || !isCapital(w) || !spaceGap(text, nth(tokens, k - 1)?.end ?? 0, w.start)) break
    if (((w.facts & W.REGION) !== 0 || REGION_TAILS.has(w.folded)) && !COUNTRIES.has(w.folded)) region = true
    else if (COUNTRIES.has(w.folded)) return null
    else if (!COMPASS.has(w.folded) && !(region && (w.facts & (W.ORG_SUFFIX | W.WEAK)) !== 0)) break
    last = k
  }
  if (!region) return null
  return { finding: { start: head.start, end: tokens[last]?.end ?? head.end, kind: 'ORGANIZATION' }, last }
}

/** "padstow pirates rfc", "Kestrel Park AFC": up to three words before a club abbreviation. */
function readClubAbbreviation(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): Finding | null {
  const t = tokens[i]
  if (!t || !CLUB_ABBREVIATIONS.has(t.folded) || (t.shape !== 'upper' && t.shape !== 'lower')) return null
  let first = i
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const w = tokens[k]
    if (!w || masked[k] === true || w.shape === 'number' || STOP.has(w.folded) || NOT_FIRST.has(w.folded) || !spaceGap(text, w.end, tokens[k + 1]?.start ?? 0)) break
    if ((w.facts & (W.PERSON_VERB | W.ROLE | W.PERSON_CUE)) !== 0) break
    first = k
  }
  if (first === i) return null
  return { start: tokens[first]?.start ?? t.start, end: t.end, kind: 'ORGANIZATION' }
}

// French organisation heads: "Club de …", "École secondaire …", "CISSS de …", "Salle d'Armes …".
const FRENCH_LINKS = new Set(['de', 'des', 'du', "d'", 'la', 'le', "l'", 'et', 'aux', 'au', 'sur', 'en'])
const ELIDED = /^[ld]['’]\p{Lu}/u

function readFrench(text: string, tokens: readonly Token[], masked: readonly boolean[], i: number): Read | null {
  const head = tokens[i]
  if (!head) return null
  const c0 = head.text.charCodeAt(0) | 32
  const c1 = head.text.charCodeAt(1)
  const elided = c0 === 108 && (c1 === 39 || c1 === 0x2019) && ELIDED.test(head.text)
  if (!elided && !FRENCH_ORG_HEADS.has(head.folded)) return null
  const headWord = elided ? head.folded.slice(2) : head.folded
  if (!FRENCH_ORG_HEADS.has(headWord) && !(elided && head.text.length > 3)) return null
  // "le Club de …": the article belongs to the name.
  let start = head.start
  const before = nth(tokens, i - 1)
  if (before && (before.folded === 'le' || before.folded === 'la') && spaceGap(text, before.end, head.start) && FRENCH_ORG_HEADS.has(headWord)) start = before.start
  let last = i
  let linked = false
  let content = elided
  for (let k = i + 1; k <= i + 8; k++) {
    const w = tokens[k]
    // "Conseil d'éducation du …": a French sentence's tokens leave the elided "d'" in the gap.
    const elidedGap = !!w && w.french && w.shape === 'lower' && /^ [ldLD]['’]$/.test(text.slice(nth(tokens, k - 1)?.end ?? 0, w.start))
    if (!w || masked[k] === true || !(elidedGap || spaceGap(text, nth(tokens, k - 1)?.end ?? 0, w.start)) || w.shape === 'number') break
    const link = FRENCH_LINKS.has(w.folded) || /^[ld]['’]/.test(w.folded) || elidedGap
    if (FRENCH_LINKS.has(w.folded)) {
      linked = true
      continue
    }
    if (/^[ld]['’]/.test(w.folded) || elidedGap) linked = true
    // A French name goes on in lower case only through French words (not "Club de natation is …").
    const french = isCapital(w) || link || ((w.facts & W.ENGLISH) === 0 && w.base.length >= 3) || (w.facts & (W.ORG_SUFFIX | W.PLACE_SUFFIX)) !== 0
    if (!french || (STOP.has(w.folded) && !isCapital(w))) break
    last = k
    content = true
  }
  if (last === i || !content) return elided && isCapital(head) ? { finding: { start, end: head.end, kind: 'ORGANIZATION' }, last: i } : null
  if (!linked && !isCapital(tokens[last]) && !elided) return null
  const kind: IdentifierKind = /^(?:ecole|college|cegep|polyvalente|hopital|clinique|centre|complexe|stade|parc|piscine|arena|universite|maison)$/.test(headWord) ? 'LOCATION' : 'ORGANIZATION'
  return { finding: { start, end: tokens[last]?.end ?? head.end, kind }, last }
}
