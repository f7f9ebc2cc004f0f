import type { Finding, IdentifierKind } from '../types'
import { nth, type Token } from '../text/tokenize'
import { SAFE_PHRASES } from '../lexicon/lookup'
import { inFullEnglish } from '../lexicon/fullEnglish'
import { W, wordFacts } from '../lexicon/wordFacts'
import { CUE } from '../lexicon/readerCues'
import { usedAsTheorist } from './theoristContext'
import { hasDash, splitDashes } from '../text/chars'

// The other readers recognise identifiers; this one flags what is not known to be safe. A flag costs
// the note-taker one click, a leak costs a client's confidentiality, so a word the checker cannot
// vouch for is flagged:
// - a word in lower case that is not English (nor a safe term): "golnaz", "baddeck";
// - a capitalised word mid-sentence, outside a title-cased line, that is not a safe proper noun:
//   "plays for Marvel", "with Earnest";
// - a given name that is also a word at the start of a sentence, unless what follows reads as
//   English ("Will you…", "Hope this helps");
// - a name that is a word, in lower case, where names go: "will's mum", "named rose", "with hope".

const SAFE = W.SAFE_ACRONYM | W.REGION | W.NATIONALITY | W.PLATFORM | W.MONTH_OR_DAY | W.THEORIST | W.INSTITUTION_ACRONYM
// Words that open sentences and are on the name lists too ("She" is a given name somewhere).
const NOT_NAMES = new Set(['she', 'he', 'they', 'we', 'you', 'it', 'who', 'this', 'that', 'everyone', 'someone', 'nobody', 'all', 'both', 'each', 'one', 'none', 'many', 'most', 'some', 'another', 'other', 'others', 'staff', 'coach', 'mum', 'mom', 'dad', 'family', 'parent', 'parents', 'team', 'group'])
// After these a name follows, whatever the word: "with hope", "named rose", "mum dawn".
const NAME_BEFORE = new Set(['named', 'called', 'nicknamed', 'aka', 'athlete', 'client', 'kid', 'kiddo', 'son', 'daughter', 'player', 'skater', 'swimmer', 'goalie', 'keeper', 'mentee', 'mum', 'mom', 'dad', 'sister', 'brother', 'coach', 'teammate', 'twin', 'friend', 'bf', 'gf', 'boyfriend', 'girlfriend'])
// Words that make a capitalised word part of the name of a model, an event or a trophy.
const NAMED_THING_AFTER = new Set(['cup', 'games', 'theory', 'model', 'models', 'law', 'scale', 'questionnaire', 'inventory', 'award', 'trophy', 'day', 'week', 'effect', 'curve', 'stages', 'cycle', 'window', 'spin', 'turn', 'flop', 'surgery', 'disease', 'syndrome', 'test', 'method', 'technique', 'approach', 'programme', 'program', 'protocol', 'code', 'statement', 'wheel', 'hierarchy', 'profile', 'principle', 'matrix', 'triad', 'paradox', 'dilemma', 'open', 'classic', 'marathon', 'championships', 'series', 'tour', 'prix', 'bowl', 'slam', 'league', 'penalty', 'kick', 'shuffle', 'jump', 'lift', 'grip', 'throw', 'stance', 'drill', 'manoeuvre', 'maneuver', 'tasks'])
const SAFE_CAPITALS = new Set(['i', "i'm", "i've", "i'll", "i'd", 'ok', 'okay', 'q', 'a', 're', 'fwd', 'fw', 'cc', 'note', 'notes', 'pre', 'post', 'mr', 'mrs', 'ms', 'dr', 'god', 'christmas', 'easter', 'ramadan', 'eid', 'diwali', 'hanukkah', 'thanksgiving', 'halloween', 'internet', 'english', 'french', 'spanish', 'western', 'indigenous', 'black', 'white', 'asian', 'latino', 'latina', 'olympic', 'olympics', 'paralympic', 'paralympics', 'worlds', 'nationals', 'provincials', 'regionals', 'states', 'sectionals', 'trials', 'playoffs', 'finals', 'semis', 'ed', 'deaf', 'mental', 'performance', 'safe', 'sport', 'code', 'ethics', 'phd', 'msc', 'bsc', 'ma', 'ba'])
const GIVEN_OR_FAMILY = W.GIVEN | W.FAMILY
const MODAL_NAMES = new Set(['will', 'may', 'can'])
// "quick one from wisdom: …": who a message is from.
const UPDATE_ON = /(?:^|[\s:–—-])(?:(?:update|news|follow-up|followup|check-in|checkin)\s+on|(?:one|question|q)\s+from)\s+$/i
// What a person does, right after an ordinary word opening a sentence ("Merit came", "Dove said").
const DOING = new Set(['came', 'said', 'says', 'told', 'asked', 'texted', 'messaged', 'emailed', 'cried', 'laughed', 'smiled', 'froze', 'quit', 'refused', 'disclosed', 'admitted', 'wants', 'wanted', 'thinks', 'hates', 'loves', 'skates', 'swims', 'plays', 'trains', 'lives', 'arrived', 'joined', 'left', 'missed', 'turned'])

const isCapital = (t: Token | undefined) => !!t && (t.shape === 'capitalized' || t.shape === 'upper')

/** For each line, whether most of its words are capitalised (a heading, a title, a list of terms). */
function titleCasedLines(text: string, tokens: readonly Token[]): boolean[] {
  // Pushed one by one: a packed array (new Array(n).fill() leaves a holey one).
  const out: boolean[] = []
  for (let k = 0; k < tokens.length; k++) out.push(false)
  let lineStart = 0
  while (lineStart < tokens.length) {
    const first = tokens[lineStart]
    if (!first) break
    const nl = text.indexOf('\n', first.start)
    const end = nl < 0 ? text.length : nl
    let k = lineStart
    let caps = 0
    let words = 0
    while (k < tokens.length && (tokens[k]?.start ?? end) < end) {
      const t = tokens[k]
      if (t && t.shape !== 'number' && t.shape !== 'alnum' && t.base.length > 3) {
        words++
        if (isCapital(t)) caps++
      }
      k++
    }
    const titled = words >= 2 && caps * 2 > words
    for (let j = lineStart; j < k; j++) out[j] = titled
    lineStart = k > lineStart ? k : lineStart + 1
  }
  return out
}

/**
 * Words nothing vouches for. `covered[i]` says another reader already flagged the i-th word (or it is
 * inside an email, a number or a date).
 */
export function findUnknownWords(text: string, tokens: readonly Token[], covered: readonly boolean[]): Finding[] {
  const found: Finding[] = []
  let titled: boolean[] | null = null
  // A lower-case word in no word list, the full English one included (names demoted there), is
  // flagged in any note: in lower-case notes and, since the full list, in capitalised ones too.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || covered[i] === true) continue
    if (t.shape === 'number' || t.shape === 'alnum' || t.shape === 'mixed') continue
    // "Pepper V.", "yuxuan d.": an initial with a full stop after a name.
    if (t.text.length === 1 && t.dotAfter && i > 0 && text.slice(nth(tokens, i - 1)?.end ?? 0, t.start) === ' ' && (covered[i - 1] === true || found.at(-1)?.end === nth(tokens, i - 1)?.end)) {
      found.push({ start: t.start, end: t.end + 1, kind: 'PERSON' })
      continue
    }
    const facts = t.facts
    // "update on april: eating again": who an update is about, whatever the word (a month too); who it is from.
    if (t.shape !== 'upper' && text.charCodeAt(t.end) === 58 && (facts & (W.ROLE | W.PERSON_CUE)) === 0 && UPDATE_ON.test(text.slice(Math.max(0, t.start - 18), t.start))) {
      found.push({ start: t.start, end: t.end, kind: 'PERSON' })
      continue
    }
    // Most words: lower-case English and no given name, which nothing below flags; skip the lookups.
    if (t.shape === 'lower' && (facts & W.ENGLISH_LOOSE) !== 0 && (facts & W.GIVEN) === 0) continue
    // "the hexaflex", "a pomodoro": the name of a model in lower case is a model word.
    if (t.shape === 'lower' && (facts & W.FRAMEWORK) !== 0) continue
    if ((facts & SAFE) !== 0 || (t.foldedFacts & SAFE) !== 0) continue
    const b = t.base
    if (b.length < 2 || (t.cues & CUE.SHORTHAND) !== 0) continue
    const prev = nth(tokens, i - 1)
    const next = tokens[i + 1]
    let kind: IdentifierKind | null = null
    if (t.shape === 'lower') {
      const english = (facts & W.ENGLISH_LOOSE) !== 0
      if (!english && b.length >= 3 && !partlyEnglish(b) && !inFullEnglish(b)) {
        if ((facts & W.THEORIST_IN_CONTEXT) !== 0 && usedAsTheorist(text, tokens, i)) continue
        kind = (facts & W.PLACE) !== 0 ? 'LOCATION' : 'PERSON'
      } else if ((facts & W.GIVEN) !== 0 && lowerNameSlot(text, t, prev, next)) kind = 'PERSON'
    } else {
      // Capitalised.
      if (SAFE_CAPITALS.has(b) || (facts & (W.TITLE | W.THEORIST_IN_CONTEXT)) !== 0) continue
      if (t.text.length === 1) continue
      // "in Grade 11", "Saturdays", "Nova Scotia", "Yerkes–Dodson", "PHIPA-compliant", "Karasek's model".
      if (next && next.shape === 'number' && text.slice(t.end, next.start) === ' ') continue
      if (b.endsWith('s') && (wordFacts(b.slice(0, -1)) & W.MONTH_OR_DAY) !== 0) continue
      if (inSafePhrase(tokens, i)) continue
      if (hasDash(t.text) && (/^\p{Lu}{2,}[-‐‑–]/u.test(t.text) || splitDashes(b).some((p) => (wordFacts(p) & (SAFE | W.THEORIST_IN_CONTEXT)) !== 0))) continue
      if (t.possessive && modelAfter(tokens, i)) continue
      // "the Stroebe and Schut dual process model": the second of two names before a model.
      if (prev?.folded === 'and' && isCapital(nth(tokens, i - 2)) && modelAfter(tokens, i)) continue
      if (next && NAMED_THING_AFTER.has(next.folded) && text.slice(t.end, next.start) === ' ') continue
      if (prev && (prev.facts & (W.THEORIST | W.THEORIST_IN_CONTEXT)) !== 0 && isCapital(prev)) continue
      titled ??= titleCasedLines(text, tokens)
      if (titled[i] === true) continue
      // "« Bonjour, voici…»", "“Veuillez joindre…”": a quotation opens a sentence of its own.
      if (t.initial || t.bracketed || openedByQuote(text, t.start, t.end)) {
        // Only a given name that is also a word ("Hope", "Will"): an unknown word is flagged already.
        if ((facts & W.ENGLISH) === 0 || NOT_NAMES.has(b)) continue
        // "Merit came to the session angry": an ordinary word opening a sentence, doing what people do.
        if ((facts & GIVEN_OR_FAMILY) === 0) {
          // "Presenter admitted…", "Two said…": a role or a number doing what people do is not a name.
          if ((facts & (W.ROLE | W.PERSON_CUE | W.NUMBER_WORD)) !== 0) continue
          if (t.possessive || !next || text.slice(t.end, next.start) !== ' ' || !DOING.has(next.folded) || /(?:s|ing|tion|sion|ment|ness|ity|ance|ence|ism|ship|ure|al|ly)$/.test(b)) continue
          found.push({ start: t.start, end: t.end, kind: 'PERSON' })
          continue
        }
        // "Hope said", "Will's mum", "Grace (14)", "Faith, 15": what a person does, or a name's marks.
        const nameAfter = t.possessive || /^\s*(?:\(|,\s*\d)/.test(text.slice(t.end, t.end + 4)) || (!!next && next.shape === 'lower' && text.slice(t.end, next.start) === ' ' && (next.foldedFacts & W.PERSON_VERB) !== 0)
        if (!nameAfter) continue
        kind = 'PERSON'
      } else {
        if (t.shape === 'upper' || (facts & (W.ROLE | W.PERSON_CUE)) !== 0) continue
        // A word of a longer capitalised name the proper-noun reader judged safe ("Canadian Sport
        // Psychology Association", "Carol Dweck", "The Happiness Trap"): only single words are read here.
        const joinedCapital = (u: Token | undefined, a: number, z: number) => !!u && isCapital(u) && text.slice(a, z) === ' '
        if (joinedCapital(prev, prev?.end ?? 0, t.start) || joinedCapital(next, t.end, next?.start ?? 0)) continue
        kind = (facts & W.PLACE) !== 0 ? 'LOCATION' : 'PERSON'
      }
    }
    if (kind) found.push({ start: t.start, end: t.end, kind })
  }
  return found
}

/** Whether an opening quotation mark (and a space) stands right before `start`; not a quoted nickname (« Boubou »). */
function openedByQuote(text: string, start: number, end: number): boolean {
  if (/^\s?[»”"]/.test(text.slice(end, end + 2))) return false
  let i = start - 1
  if (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x202f) i--
  const c = text.charCodeAt(i)
  if (c === 0xab || c === 0x201c || (c === 34 && !/[\p{L}\p{N}]/u.test(text.charAt(i - 1)))) return true
  // "…jeudi 12. » Groupe :", "Point 2 – Le beau-père": after a quoted sentence, or the dash of a short
  // heading opening the line ("no – Boots in Moseley" corrects mid-sentence).
  const before = text.slice(Math.max(0, start - 6), start)
  return /[.!?…]\s?[»”"]\s+$/.test(before) || (/\s[–—]\s$/.test(before) && start - (text.lastIndexOf('\n', start) + 1) <= 16)
}

const MODEL_WORDS = new Set(['model', 'theory', 'scale', 'inventory', 'questionnaire', 'framework', 'cycle', 'hierarchy', 'stages', 'law', 'effect', 'principle', 'approach', 'method', 'research', 'findings'])

/** "Karasek's demand-control model": a possessive name before the name of a model is its author. */
function modelAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4; k++) if (MODEL_WORDS.has(tokens[k]?.folded ?? '')) return true
  return false
}

/** "Nova Scotia", "Own the Podium": part of a multi-word safe name. */
function inSafePhrase(tokens: readonly Token[], i: number): boolean {
  for (let s = Math.max(0, i - 4); s <= i; s++) {
    const first = tokens[s]
    if (!first || (first.foldedFacts & W.PHRASE_START) === 0) continue
    for (const words of SAFE_PHRASES.get(first.folded) ?? []) {
      if (s + words.length <= i) continue
      if (words.every((w, k) => tokens[s + k]?.folded === w)) return true
    }
  }
  return false
}

/** "mid-season", "pre-performance": a hyphenated word with an English part. */
function partlyEnglish(b: string): boolean {
  if (!hasDash(b)) return false
  return splitDashes(b).some((p) => p.length > 1 && (wordFacts(p) & W.ENGLISH_LOOSE) !== 0)
}

/** "will's mum", "named rose", "with hope (14)", "dawn = 10": a lower-case given name where names go. */
function lowerNameSlot(text: string, t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (t.possessive && next && (next.facts & W.PERSON_CUE) !== 0) return true
  // "the client will read them": a modal before a verb, not a name.
  if (prev && NAME_BEFORE.has(prev.folded) && text.slice(prev.end, t.start) === ' ' && !(MODAL_NAMES.has(t.folded) && next && next.shape === 'lower' && (next.facts & W.ENGLISH) !== 0)) return true
  const after = text.slice(t.end, t.end + 14)
  if (/^\s*(?:\(\s*\d{1,2}\b|,\s*\d{1,2}\b|\s+is\s+\d{1,2}\b|\s*=\s*\d{1,2}\b|\s*[-–]\s*\d{1,2}\b)/.test(after)) return true
  return /^\s+(?:said|says|texted|told|asked|messaged|emailed|cried|admitted|disclosed)\b/.test(after)
}
