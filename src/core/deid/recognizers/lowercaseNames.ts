import type { Finding, IdentifierKind } from '../types'
import { nth, type Token } from '../text/tokenize'
import { PLACE_PHRASES } from '../lexicon/lookup'
import { W, wordFacts } from '../lexicon/wordFacts'
import { CUE } from '../lexicon/readerCues'
import { isAmpersandGap } from '../text/chars'
import { spaceGap } from '../text/spaceGap'
import { inNameList } from './properNouns'
import { usedAsTheorist } from './theoristContext'

/**
 * A note typed without capitals gives no capital letters to go on, so its sentences mostly
 * start in lower case. In such a note any unknown word with a cue around it is read as a name.
 */
export function isLowerCaseNote(tokens: readonly Token[]): boolean {
  let lower = 0
  let upper = 0
  for (const t of tokens) {
    if (!t.initial || t.shape === 'number' || t.shape === 'alnum') continue
    if (t.shape === 'lower') lower++
    else upper++
  }
  return lower > 0 && lower >= upper
}

const has = (t: Token | undefined, bit: number) => !!t && (t.facts & bit) !== 0
const SAFE = W.SAFE_ACRONYM | W.REGION | W.NATIONALITY | W.PLATFORM | W.MONTH_OR_DAY | W.THEORIST
const NICKNAME_CUE = /\b(?:goes by|known as|nicknamed|calls (?:him|her|them)|answers to)\s*["“'‘]$/i
// Verbs whose object is usually a person: "met perpetua", "reassure itzel" (lower-case notes only).
const OBJECT_VERBS = new Set(['w', 'helping', 'met', 'meet', 'meets', 'meeting', 'reassure', 'reassured', 'told', 'tell', 'asked', 'ask', 'called', 'call', 'texted', 'text', 'emailed', 'email', 'saw', 'see', 'seeing', 'invited', 'referred', 'thanked', 'thank', 'supported', 'support', 'helped', 'help', 'coaching', 'coached', 'mentoring', 'mentored', 'supervising', 'supervise', 'welcomed', 'welcome', 'congratulated', 'congratulate', 'introduced', 'visited', 'visit', 'hosted', 'host', 'cc', 'with'])
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'and', 'but', 'or', 'so', 'if', 'when', 'after', 'before', 'met', 'saw', 'asked', 'told', 'called', 'with', 'for', 'from', 'to', 'at', 'in', 'on', 'by', 'of', 'her', 'his', 'their', 'our', 'my', 'we', 'i', 'she', 'he', 'they', 'it', 'update', 'note', 'notes', 'case', 'client', 'athlete', 'presenter', 'coach', 'mentee', 'group', 'today', 'yesterday', 'then', 'also', 'both', 'reassure', 'thanks', 'welcome', 'quick', 'brief'])
const EVENT_WORDS = new Set(['olympics', 'paralympics', 'games'])
const TIME_WORDS = new Set(['nights', 'days', 'mornings', 'evenings', 'afternoons', 'weekends', 'weekdays', 'weeks', 'months', 'years', 'hours', 'minutes', 'sessions', 'games', 'practices', 'times', 'kids', 'parents', 'athletes', 'players', 'coaches', 'members', 'tryouts', 'finals', 'playoffs', 'exams'])
// " ' “ ‘ compared directly: asked before every lower-case word.
const isQuote = (c: number) => c === 34 || c === 39 || c === 0x201c || c === 0x2018
const LEVEL = /^(?:u\d{1,2}s?|aaa|aa|a|b|elite|rep)$/
// A given name counts unless it is a listed word ("will"); "everly" only looks like ever+ly. A family
// name must not look like English at all ("banks", "fields" are words).
const isKnownName = (t: Token) => (has(t, W.GIVEN) && !has(t, W.LISTED)) || (has(t, W.FAMILY) && !has(t, W.LISTED | W.ENGLISH))
// Words after a name that are not its surname ("jess today", "jess again").
const NOT_SURNAMES = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'again', 'now', 'too', 'also', 'then', 'here', 'there', 'back', 'home', 'later', 'first', 'last', 'next', 'still', 'alone', 'instead', 'afterwards', 'before', 'after', 'once', 'twice', 'lol', 'btw', 'pls', 'thx', 'asap', 'and', 'or', 'but', 'so', 'who', 'which', 'that', 'this', 'the', 'a', 'an', 'about', 'with', 'for', 'from', 'to', 'at', 'in', 'on', 'by', 'of', 'is', 'was', 'has', 'had', 'did', 'does', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'may', 'not', 'yet', 'just', 'only', 'even', 'really', 'very', 'please', 'though', 'because', 'since', 'when', 'while', 'if', 'as', 'all', 'both', 'each', 'every', 'some', 'any', 'no', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'them', 'us', 'me', 'everything', 'nothing', 'something', 'anything', 'everyone', 'someone', 'anyone', 'nobody', 'well', 'soon', 'early', 'late', 'ok', 'okay'])
// After these a name in a lower-case chat note is introduced: "met w jess", "spoke with ms. morin".
const INTRODUCERS = new Set(['w', 'with', 'met', 'client', 'athlete', 'mentee', 'player', 'presenter', 'coach', 'saw', 're', 'about', 'named', 'called'])
// Words that end a look-back for the start of a lower-case school or venue name.
const STOP = new Set(['the', 'a', 'an', 'at', 'to', 'from', 'in', 'into', 'on', 'for', 'and', 'or', 'of', 'with', 'by', 'her', 'his', 'their', 'our', 'my', 'your', 'is', 'was', 'goes', 'go', 'went', 'attends', 'attended', 'joined', 'left', 'near', 'new', 'old', 'local', 'same', 'this', 'that', 'than', 'as', 'but', 'so',
  // "the lunchtime soccer club", "an after-school running club": when a club meets describes it.
  'lunchtime', 'lunch', 'breakfast', 'after-school', 'afterschool', 'weekend', 'weekday', 'evening', 'morning', 'holiday'])

const VERB_OBJECTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'your', 'him', 'them', 'me', 'us', 'it', 'up', 'down', 'out', 'off', 'back', 'into', 'onto', 'past', 'through'])
const REACH_VENUE = new Set(['to', 'at', 'from', 'in', 'near'])

interface Context {
  text: string
  tokens: readonly Token[]
  masked: readonly boolean[]
  people: readonly boolean[]
  lowerNote: boolean
  ends: number[]
}

/**
 * Names, places and schools typed in lower case: "aleksandra", "back in leeds", "her client
 * okonkwo", "glenview collegiate". `people[i]` says another reader took the i-th word for a name, so a
 * lower-case surname after them joins ("Jess holloway").
 */
export function findLowerCaseNames(text: string, tokens: readonly Token[], masked: readonly boolean[], people: readonly boolean[]): Finding[] {
  // Pushed one by one: packed arrays, where new Array(n).fill() leaves holey ones every read checks for holes.
  const kinds: (IdentifierKind | null)[] = []
  const ends: number[] = []
  for (let k = 0; k < tokens.length; k++) {
    kinds.push(null)
    ends.push(-1)
  }
  const c: Context = { text, tokens, masked, people, lowerNote: isLowerCaseNote(tokens), ends }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.shape !== 'lower' || masked[i] === true) continue
    const phrase = (t.foldedFacts & W.PHRASE_START) === 0 ? 0 : placePhraseAt(tokens, i)
    if (phrase > 1) {
      kinds[i] = 'LOCATION'
      ends[i] = tokens[i + phrase - 1]?.end ?? t.end
      i += phrase - 1
      continue
    }
    kinds[i] = wordKind(c, i, kinds)
    if (kinds[i]) ends[i] = t.end
    // "crysler panthers", "bemidji lumberjacks": in a lower-case note, an unknown word before a plural is a team.
    const next = tokens[i + 1]
    if (c.lowerNote && next && (t.facts & (W.ENGLISH | SAFE)) === 0 && t.base.length >= 3 && joined(c, t, next) && next.shape === 'lower' && /[^s]s$/.test(next.base) && !next.possessive && !TIME_WORDS.has(next.base) && (next.facts & (W.PERSON_VERB | W.GIVEN | W.FAMILY | W.PLACE | SAFE)) === 0) {
      kinds[i] = 'ORGANIZATION'
      ends[i] = next.end
      i++
    }
  }
  addSchoolsAndVenues(c, kinds, ends)
  if (c.lowerNote) addListedNames(c, kinds, ends)
  addVenuesNamedAfter(c, kinds, ends)
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[i]
    const t = tokens[i]
    if (!kind || !t) continue
    let start = t.start
    // "hunter gauthier": a given name that is also a word, right before a surname; "ms. morin": its title.
    const prev = nth(tokens, i - 1)
    if (kind === 'PERSON' && prev && prev.shape === 'lower' && !kinds[i - 1] && has(prev, W.GIVEN) && joined(c, prev, t)) start = prev.start
    const before = nth(tokens, i - 1)
    const initialBefore = !!before && before.text.length === 1 && before.dotAfter && t.start - before.end === 2
    if (kind === 'PERSON' && before && start === t.start && (initialBefore || ((before.foldedFacts & W.TITLE) !== 0 && (joined(c, before, t) || (before.dotAfter && t.start - before.end === 2))))) start = before.start
    // "agnieszka cholmondeley moved", "ace kettlewell": in a lower-case note, the word opening the
    // sentence right before a name is its first name.
    // "item 2 – merit lovelace's record": a dash opens the clause as a full stop does.
    if (kind === 'PERSON' && c.lowerNote && before && start === t.start && (before.initial || /[–—-] $/.test(text.slice(before.start - 2, before.start))) && before.shape === 'lower' && !kinds[i - 1] && joined(c, before, t) && !FUNCTION_WORDS.has(before.folded)) start = before.start
    let end = ends[i] ?? t.end
    let last = i
    while (tokens[last + 1] && (tokens[last + 1]?.end ?? Infinity) <= end) last++
    // "warriors u16 aa": a team's age group and level belong to it.
    for (let k = last + 1; kind === 'ORGANIZATION' && k < tokens.length; k++) {
      const level = tokens[k]
      if (!level || !LEVEL.test(level.folded) || !joined(c, nth(tokens, k - 1), level)) break
      end = level.end
    }
    found.push({ start, end, kind })
  }
  return found
}

function joined(c: Context, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && spaceGap(c.text, a.end, b.start)
}

function wordKind(c: Context, i: number, kinds: readonly (IdentifierKind | null)[]): IdentifierKind | null {
  const t = c.tokens[i]
  if (!t) return null
  const b = t.base
  if (isQuote(c.text.charCodeAt(t.start - 1)) && NICKNAME_CUE.test(c.text.slice(Math.max(0, t.start - 20), t.start))) return 'PERSON'
  if (b.length < 3 || has(t, SAFE)) return null
  const next0 = c.tokens[i + 1]
  // "grace (14) said", "bishop (44yo)": a name with an age in brackets after it. Checked with two
  // character codes first: this runs for every lower-case word.
  const bracketAfter = c.text.charCodeAt(t.end) === 32 && c.text.charCodeAt(t.end + 1) === 40
  // Not a clock time: "host (19h02):", "member (7:45)".
  if (bracketAfter && /^\s\(\s*(?:my\s+|aged?\s+)?(?:\d{1,2}(?![h:.]?\d)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s*(?:yo|y\/o|yrs?|years?)|[-\s][a-z]+)?\s*[),]?/.test(c.text.slice(t.end, t.end + 16)) && (c.lowerNote ? !FUNCTION_WORDS.has(t.folded) : has(t, W.GIVEN))) return 'PERSON'
  // "Check-in about patience:", "update on honor:": the heading of a check-in names whom it is about,
  // a given name even when it is a word (a topic such as "sleep" is no given name).
  if (c.text.charCodeAt(t.end) === 58 && (has(t, W.GIVEN) || (t.facts & (W.ENGLISH | W.ENGLISH_LOOSE)) === 0) && checkInHeading(c, i)) return 'PERSON'
  // In a capitalised note an ordinary English word that is not a name or place needs nothing more.
  const plainEnglish = (t.facts & (W.ENGLISH | W.PLACE | W.GIVEN | W.FAMILY)) === W.ENGLISH
  if (plainEnglish && !c.lowerNote) return null
  if (has(t, W.THEORIST_IN_CONTEXT) && usedAsTheorist(c.text, c.tokens, i)) return null
  // "present: mathilde, charles-olivier, mark": a list of attendees is names.
  if (c.lowerNote && inNameList(c.text, t.start, t.end)) return 'PERSON'
  // "carol dweck", "csikszentmihalyi-style", "paris olympics": a theorist or an event, in lower case.
  if (next0 && joined(c, t, next0) && ((next0.facts & W.THEORIST) !== 0 || EVENT_WORDS.has(next0.folded))) return null
  if (b.includes('-') && (wordFacts(b.split('-')[0] ?? '') & W.THEORIST) !== 0) return null
  // In a lower-case note, "mark is the client", "art's sin" at the start of a sentence.
  if (c.lowerNote && t.initial && has(t, W.GIVEN) && (t.possessive || (!!next0 && joined(c, t, next0) && (next0.foldedFacts & W.PERSON_VERB) !== 0))) return 'PERSON'
  // "westboro warriors": in a lower-case note, a plural right after a place is a team's name.
  const before = nth(c.tokens, i - 1)
  // Read once, and never at a negative index (text/tokenize.ts nth).
  const kindBefore = i > 0 ? kinds[i - 1] : undefined
  const kindTwoBefore = i > 1 ? kinds[i - 2] : undefined
  const placeBefore = kindBefore === 'LOCATION' || kindBefore === 'ORGANIZATION' || ((kindTwoBefore === 'LOCATION' || kindTwoBefore === 'ORGANIZATION') && ((i > 1 ? c.ends[i - 2] : undefined) ?? -1) >= (before?.end ?? 0))
  if (c.lowerNote && before && joined(c, before, t) && placeBefore && /[^s]s$/.test(b) && !t.possessive && !TIME_WORDS.has(b)) return 'ORGANIZATION'
  if (c.lowerNote && wordAsName(c, i)) return 'PERSON'
  // Most words are ordinary English and not places: nothing more to ask.
  if ((t.facts & (W.ENGLISH | W.PLACE | W.GIVEN | W.FAMILY)) === W.ENGLISH) return null
  const prev = nth(c.tokens, i - 1)
  const next = c.tokens[i + 1]
  const strictWord = has(t, W.ENGLISH)
  const prevJoined = joined(c, prev, t)
  const afterPlaceCue = !!prev && prevJoined && (prev.foldedFacts & W.PLACE_CUE) !== 0
  if (isKnownName(t)) return 'PERSON'
  if (has(t, W.PLACE) && (!strictWord || (c.lowerNote && afterPlaceCue))) return 'LOCATION'
  if (strictWord) return null
  // After "client", "coach", "sister": in a capitalised note only a word that does not look like a verb form.
  const afterCue = !!prev && (prevJoined || ((prev.foldedFacts & W.TITLE) !== 0 && prev.dotAfter && t.start - prev.end === 2)) && ((prev.foldedFacts & W.TITLE) !== 0 || has(prev, W.PERSON_CUE))
  if (afterCue && !/(?:ed|ing)$/.test(b) && (c.lowerNote || !b.endsWith('s'))) return 'PERSON'
  const afterName = !!prev && prevJoined && !prev.possessive && (t.facts & (W.TITLE | W.PERSON_CUE)) === 0 && (kindBefore === 'PERSON' || c.people[prev.index] === true)
  // "coach blossom wellbeloved": a surname that reads as two words run together, after a titled first name.
  if (afterName && has(t, W.COMPOUND) && ((nth(c.tokens, i - 2)?.foldedFacts ?? 0) & W.TITLE) !== 0) return 'PERSON'
  if (has(t, W.ENGLISH_LOOSE)) return null
  // "stepdad Virgil shoved a referee": a verb in the past after the name, its object after it.
  if (afterName && /[^e]ed$/.test(b) && !!next && joined(c, t, next) && VERB_OBJECTS.has(next.folded)) return null
  if (afterName) return 'PERSON'
  if (!c.lowerNote) return null
  const afterFlag = !!prev && prevJoined && kindBefore !== null && kindBefore !== undefined
  if (afterFlag) return kindBefore === 'PERSON' ? 'PERSON' : 'ORGANIZATION'
  if (afterPlaceCue) return 'LOCATION'
  const rest = c.text.slice(t.end, t.end + 24)
  // "host (11h53):", "member (10h49):": a role before a bracket is a chat export's speaker, not a name.
  const nameSign = t.possessive || (!!next && joined(c, t, next) && (next.foldedFacts & W.PERSON_VERB) !== 0) || (/^\s*\(/.test(rest) && !has(t, W.ROLE | W.PERSON_CUE)) || /^\s*,\s*(?:\d|aged|age\b|an?\s|the\s|our\s)/.test(rest)
  const afterObjectVerb = !!prev && prevJoined && OBJECT_VERBS.has(prev.folded)
  const afterInitial = !!prev && prev.text.length === 1 && prev.dotAfter && t.start - prev.end === 2
  const bulletItem = t.initial && /^\s+[–—-]\s/.test(rest)
  if (nameSign || afterObjectVerb || afterInitial || bulletItem || (prev && ['on', 'with', 'and', 'about', 'for', 'from'].includes(prev.folded))) return 'PERSON'
  return null
}

const CHECK_IN = new Set(['check-in', 'checkin', 'update', 'follow-up', 'followup', 'catch-up'])

/** "Check-in about X", "update on X", "check-in abt X": the two words before the i-th. */
function checkInHeading(c: Context, i: number): boolean {
  const about = nth(c.tokens, i - 1)
  const head = nth(c.tokens, i - 2)
  return !!about && !!head && (about.folded === 'about' || about.folded === 'abt' || about.folded === 'on' || about.folded === 're') && CHECK_IN.has(head.folded) && joined(c, about, c.tokens[i]) && joined(c, head, about)
}

/**
 * In a lower-case note, a name that is also a word ("summer", "keen", "hope") with strong signs
 * around it: "his dad summer wants…", "presenter joy asked", "his coach, hope, had said",
 * "gene's coach", "coach keen texted", "mr. strong", "met w summer strong today".
 */
function wordAsName(c: Context, i: number): boolean {
  const t = c.tokens[i]
  const prev = nth(c.tokens, i - 1)
  const next = c.tokens[i + 1]
  if (!t || !prev || t.base.length < 3 || (t.facts & (W.PERSON_VERB | W.ROLE | W.PERSON_CUE | W.TITLE)) !== 0 || NOT_SURNAMES.has(t.base)) return false
  const prevJoined = joined(c, prev, t)
  const nextJoined = joined(c, t, next)
  const verbAfter = !!next && nextJoined && (next.foldedFacts & W.PERSON_VERB) !== 0 && !/^(?:will|would|can|could|should|might|must|is|was|has|had)$/.test(next.folded)
  const given = has(t, W.GIVEN)
  const cuePrev = (prev.foldedFacts & W.TITLE) !== 0 || has(prev, W.PERSON_CUE)
  // "his dad summer wants", "presenter joy asked".
  if (cuePrev && prevJoined && given && verbAfter) return true
  // "mr. strong", "dr gravel": after a title proper (not "coach") any word but a verb form.
  const titleProper = (prev.foldedFacts & W.TITLE) !== 0 && prev.folded !== 'coach' && !/(?:ed|ing|ly)$/.test(t.base)
  if (titleProper && (prevJoined || (prev.dotAfter && t.start - prev.end === 2))) return true
  // "coach keen texted", "coach strong after practice", "coach moody, who…".
  const boundary = /^\s*(?:[,.;:!?)]|and\b|after\b|about\b|said\b|says\b|texted\b|asked\b|told\b|wants\b|emailed\b|called\b|thinks\b|feels\b)/.test(c.text.slice(t.end, t.end + 12))
  if (prev.folded === 'coach' && prevJoined && !/(?:ed|ing|ly|s)$/.test(t.base) && (boundary || (has(t, W.FAMILY) && !has(t, W.ENGLISH)))) return true
  // "his coach, hope, had said", "a parent, summer, who…".
  if (cuePrev && /^\s*,\s*$/.test(c.text.slice(prev.end, t.start)) && /^\s*,/.test(c.text.slice(t.end, t.end + 3)) && (given || !has(t, W.ENGLISH))) return true
  // "gene's coach", "grace's mum".
  if (t.possessive && given && next && nextJoined && has(next, W.PERSON_CUE)) return true
  // "met w summer strong today": the surname after a name that a cue introduced.
  const before = nth(c.tokens, i - 2)
  if (c.people[prev.index] === true && prevJoined && !prev.possessive && before && INTRODUCERS.has(before.folded) && !/(?:ly|ing)$/.test(t.base) && /^\s*(?:[,.;:!?)]|$|today\b|yesterday\b|again\b|and\b|who\b|after\b|before\b|at\b|from\b|about\b|(?:is|was|has|had|said|says|texted|asked|wants)\b)/.test(c.text.slice(t.end, t.end + 12))) return true
  return false
}

/** "st james's hospital", "carleton university", "rideau rowing club": look back from the last word. */
function addSchoolsAndVenues(c: Context, kinds: (IdentifierKind | null)[], ends: number[]): void {
  const tokens = c.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.shape !== 'lower' || !has(t, W.LOWER_SUFFIX)) continue
    let first = i
    let distinctive = false
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const w = tokens[k]
      const next = tokens[k + 1]
      const linked = joined(c, w, next) || (!!w && !!next && isAmpersandGap(c.text, w.end, next.start))
      if (!w || w.shape === 'number' || w.shape === 'alnum' || !linked || STOP.has(w.folded) || c.masked[k] === true) break
      first = k
      const stateName = t.folded === 'state' && /^(?:washington|york)$/.test(w.folded)
      if (!stateName && (kinds[k] || !has(w, W.ENGLISH) || has(w, W.GIVEN | W.FAMILY | W.PLACE))) distinctive = true
    }
    if (first === i) continue
    // "rides the bus to cold lake recreation centre": two ordinary words or more before the venue word,
    // reached with no article, name one venue ("to the rec centre" does not).
    const cue = nth(tokens, first - 1)
    // Not when every word is one that only joins names ("to high performance centre").
    const reached = i - first >= 2 && !!cue && REACH_VENUE.has(cue.folded) && joined(c, cue, tokens[first]) && tokens.slice(first, i).some((w) => !has(w, W.WEAK))
    if (!distinctive && !reached) continue
    const kind: IdentifierKind = has(t, W.ORG_SUFFIX) ? 'ORGANIZATION' : 'LOCATION'
    for (let k = first; k <= i; k++) kinds[k] = null
    kinds[first] = kind
    ends[first] = t.end
  }
}

/**
 * "present: joaquin, ezra, rafferty", "thiago and ariane": in a lower-case note, an unknown word listed
 * beside a name is a name too (twice, so the list fills in from either end).
 */
function addListedNames(c: Context, kinds: (IdentifierKind | null)[], ends: number[]): void {
  const tokens = c.tokens
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (!t || kinds[i] || t.shape !== 'lower' || t.base.length < 3 || has(t, W.ENGLISH | SAFE)) continue
      const listedWith = (k: number, lo: number, hi: number) => {
        const other = tokens[k]
        if (!other || (kinds[k] !== 'PERSON' && c.people[k] !== true)) return false
        const gap = c.text.slice(lo, hi)
        return /^\s*(?:,|&|and|or)\s*$/.test(gap)
      }
      const prev = nth(tokens, i - 1)
      const next = tokens[i + 1]
      const prev2 = nth(tokens, i - 2)
      const next2 = tokens[i + 2]
      const beside =
        (prev && listedWith(i - 1, prev.end, t.start)) ||
        (next && listedWith(i + 1, t.end, next.start)) ||
        (prev2 && prev && /^(?:and|or)$/.test(prev.folded) && listedWith(i - 2, prev2.end, t.start)) ||
        (next2 && next && /^(?:and|or)$/.test(next.folded) && listedWith(i + 2, t.end, next2.start))
      if (beside) {
        kinds[i] = 'PERSON'
        ends[i] = t.end
      }
    }
  }
}

// Venue or school words come first in these names: "aréna robert-guertin", "collège saint-bernard".
function addVenuesNamedAfter(c: Context, kinds: (IdentifierKind | null)[], ends: number[]): void {
  const tokens = c.tokens
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]
    if (!head || head.shape !== 'lower' || (head.cues & CUE.LOWER_VENUE_HEAD) === 0 || kinds[i]) continue
    let k = i + 1
    while (k < tokens.length && ['de', 'des', 'du', 'la', 'le', "d'", "l'"].includes(tokens[k]?.folded ?? '') && joined(c, nth(tokens, k - 1), tokens[k])) k++
    const name = tokens[k]
    if (!name || !joined(c, nth(tokens, k - 1), name) || name.shape !== 'lower' || has(name, W.ENGLISH) || name.base.length < 3) continue
    for (let j = i; j <= k; j++) kinds[j] = null
    kinds[i] = 'LOCATION'
    ends[i] = name.end
    i = k
  }
}

function placePhraseAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i]
  if (!first) return 0
  for (const words of PLACE_PHRASES.get(first.folded) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.folded === w && (k === 0 || tokens[i + k]?.shape === 'lower'))) return words.length
  }
  return 0
}
