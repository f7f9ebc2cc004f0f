import type { Finding } from '../types'
import { nth, type Token } from '../text/tokenize'
import { anchors, matchesAt, tokenStarts } from '../text/anchors'
import { W } from '../lexicon/wordFacts'
import { hasCapitalInitials, hasLowerInitials } from '../text/chars'
import { CUE } from '../lexicon/readerCues'

// "J.M.", "A. T.", "K.B." are people under the labelling rules; "U.S.", "a.m." and "e.g." are not.
const INITIALS_START = /[A-Z]\.\s?[A-Z]\./g
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.\s?){2,3}(?![\p{L}\p{N}])/uy
const NOT_PEOPLE = new Set(['US', 'UK', 'EU', 'AM', 'PM', 'NB', 'PS', 'QA', 'PEI', 'OK', 'UN', 'IE', 'EG', 'TV'])
// Province and state codes are someone's initials too ("the coach, N.S.,") unless a place comes first.
const PLACE_CODES = new Set(['BC', 'NS', 'ON', 'QC', 'AB', 'MB', 'SK', 'NL', 'PE', 'DC', 'LA', 'NY', 'ID', 'WA', 'OR', 'CA'])
// Credentials are letters with full stops too, but only right after a name: "Jane Smith, R.N.".
const CREDENTIALS = new Set(['RN', 'MD', 'BA', 'MA', 'BS', 'BSC', 'MSC', 'PHD', 'DO', 'NP', 'PT', 'OT', 'LPN', 'RP'])
// "Coach T.", "client K.", "Dr. K": one initial after a title or a person word.
const ONE_INITIAL = /(?:coach|client|athlete|player|mentee|dr|mr|mrs|ms|mx|prof|sister|brother|mom|dad|mum|teammate|captain|goalie|parent)\.?\s(\p{Lu})(?:\.|(?![\p{L}\p{N}'’]))/iuy

// "Plan B.", "vitamin D.", "Grade A.", "Table C.": a letter with a full stop that names a thing.
const LETTER_LABELS = new Set(['plan', 'vitamin', 'type', 'grade', 'tier', 'level', 'group', 'section', 'part', 'option', 'step', 'phase', 'appendix', 'figure', 'fig', 'table', 'category', 'class', 'block', 'pool', 'court', 'team', 'side', 'row', 'gate', 'zone', 'wing', 'unit', 'ward', 'bay', 'lane', 'model', 'version', 'hepatitis', 'hep', 'point', 'item', 'question', 'q', 'exhibit', 'annex', 'schedule', 'form', 'division', 'div', 'league', 'pitch', 'field', 'room', 'floor', 'door', 'platform', 'line', 'route', 'channel', 'size', 'cup', 'batch', 'shift', 'squad', 'stage', 'box', 'column', 'letter', 'gen', 'generation', 'b-plan', 'shape', 'pattern', 'list', 'pod', 'cohort', 'wave', 'session', 'week', 'day', 'case'])

/**
 * "D. (26 y/o) signed…", "help w/ F., a 56 year old", "Email from L.:": a single initial with a
 * full stop standing for someone. Not a dotted abbreviation ("e.g.", "a.m."), a page or a year
 * ("p. 12", "c. 1990"), a label ("Plan B.") or a list marker ("A. Check-in").
 */
function findLoneInitials(text: string, tokens: readonly Token[], found: Finding[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // "I." is the pronoun; "q." a question ("Supervision q.").
    if (!t || t.text.length !== 1 || !t.dotAfter || t.shape === 'number' || t.text === 'I' || t.folded === 'q') continue
    const afterDot = text.slice(t.end + 1, t.end + 4)
    if (/^\p{L}|^\s?\p{L}\.|^\s*\d/u.test(afterDot)) continue
    if (/\p{L}\.\s?$/u.test(text.slice(Math.max(0, t.start - 3), t.start))) continue
    const prev = nth(tokens, i - 1)
    if (prev && LETTER_LABELS.has(prev.folded) && /^\s+$/.test(text.slice(prev.end, t.start))) continue
    // "Wellington St W.": a compass point after a street name.
    if (prev && /^[NSEW]$/.test(t.text) && prev.shape === 'capitalized' && /^\.?\s+$/.test(text.slice(prev.end, t.start))) continue
    if (t.initial && /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 4)) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start))) continue
    if (t.text === 'i' && text.slice(t.end, t.end + 3).toLowerCase() === '.e.') continue
    // "MAEVE K. – 17 – diving": a whiteboard line opens with a name in capitals and its initial.
    const capitalsName = !!prev && prev.shape === 'upper' && prev.text.length >= 3 && prev.initial && t.start - prev.end === 1 && /^\.\s*[-–—,:(]/.test(text.slice(t.end, t.end + 4))
    // "clinet is marvel o., 16yrs": a first name before the initial, introduced by "is" or a colon.
    const prev2 = nth(tokens, i - 2)
    const firstName = !capitalsName && !!prev && !!prev2 && (prev.shape === 'lower' || prev.shape === 'capitalized') && prev.base.length >= 3 && t.start - prev.end === 1 && (prev.facts & (W.ROLE | W.PERSON_CUE | W.TITLE | W.PERSON_VERB)) === 0 && (/^(?:is|was|named|called)$/.test(prev2.folded) || /^\s*:\s*$/.test(text.slice(prev2.end, prev.start)))
    found.push({ start: (capitalsName || firstName) && prev ? prev.start : t.start, end: t.end + 1, kind: 'PERSON' })
  }
}

// "b.l., dob 18/09/1981", "client: b.d. | age: 18", "r.r.'s cousin": lower-case initials, which look
// like "e.g." and "a.m.", count only owning something, heading a client line or before a birth date or
// an age; then wherever they come back.
// An ASCII scan (the Unicode one cost a pass over every character); the edges are checked after.
const LOWER_INITIALS_START = /[a-z]\.[a-z]\./g
const WORD_EDGE = /[\p{L}\p{N}.]/u
const LOWER_ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'a.m.', 'p.m.', 'n.b.', 'p.s.', 'v.s.', 'c.v.', 'e.t.', 'o.k.', 'u.s.', 'u.k.', 'b.c.', 'n.s.', 'q.c.', 'd.c.', 'a.k.', 'r.i.', 'p.e.', 'b.a.', 'm.a.', 'p.t.', 'o.t.', 'a.d.', 'b.s.'])
const LOWER_INITIALS_OWNER = /^(?:['’]s\b|\s*,\s*(?:dob|d\.o\.b\.?|born|date of birth|age|aged|\d{1,2}\s*[,)]|\d{1,2}\s?(?:yo|y\/o|y)\b)|\s*\(\s*\d{1,2})/iu

const NOUN_BEFORE_INITIALS = /\b(?:coach|parent|mum|mom|dad|client|athlete|teammate|captain|referee|ref|teacher|physio|friend|sister|brother|member|presenter|supervisor|colleague|player|guardian)\s*,?\s*$/i
const NEVER_LOWER = new Set(['e.g.', 'i.e.', 'a.m.', 'p.m.', 'n.b.', 'p.s.'])

function findLowerInitials(text: string, found: Finding[]): void {
  const who = new Set<string>()
  // Start offsets from an exec loop: matchAll() clones the pattern and builds an iterator on every note.
  const all = anchors(text, LOWER_INITIALS_START).filter((at) => !WORD_EDGE.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text[at + 4] ?? ''))
  for (const at of all) {
    const letters = text.slice(at, at + 4)
    const after = text.slice(at + 4, at + 24)
    const before = text.slice(lineStart(text, at), at)
    // "his coach, h.h., had said", "a parent, d.c., who films": a person noun names whose initials they are,
    // even letters that are also an abbreviation; "u.b. asked whether…": initials opening a clause, then a verb.
    const described = NOUN_BEFORE_INITIALS.test(before) && /^\s*[,)]/.test(after) && !NEVER_LOWER.has(letters)
    const doing = /(?:^|[.:;"“(]\s*)$/.test(before) && DOING.has(/^\s([a-z]+)/.exec(after)?.[1] ?? '')
    if (LOWER_ABBREVIATIONS.has(letters) && !described) continue
    if (described || doing || LOWER_INITIALS_OWNER.test(after) || (PERSON_HEADING.test(before) && /^\s*(?:[|,;\n]|$)/u.test(after))) who.add(letters)
  }
  if (who.size === 0) return
  for (const at of all) if (who.has(text.slice(at, at + 4))) found.push({ start: at, end: at + 4, kind: 'PERSON' })
}

export function findInitials(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = findLetterInitials(text, tokens)
  findLoneInitials(text, tokens, found)
  if (hasLowerInitials(text)) findLowerInitials(text, found)
  for (const m of hasCapitalInitials(text) ? matchesAt(text, anchors(text, INITIALS_START), INITIALS) : []) {
    const letters = m[0].replace(/[^\p{Lu}]/gu, '')
    // "P.S. (18-yo) left…": even a postscript's letters are someone's with an age in brackets after them.
    if (NOT_PEOPLE.has(letters) && !AGE_AFTER.test(text.slice(m.index + m[0].trimEnd().length, m.index + m[0].length + 30))) continue
    if (PLACE_CODES.has(letters) && /(?:\p{Lu}[\p{L}'’.-]+,?\s|\b(?:in|from|to|of|near)\s)$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    if (CREDENTIALS.has(letters) && /(?:,\s*|\p{Lu}[\p{L}'’-]+\s)$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    const end = m.index + m[0].trimEnd().length
    found.push({ start: m.index, end, kind: 'PERSON' })
  }
  const cues = tokenStarts(tokens, (t, i) => (t.cues & CUE.ONE_INITIAL) !== 0 && tokens[i + 1]?.text.length === 1)
  for (const m of matchesAt(text, cues, ONE_INITIAL)) {
    const letter = m[1] ?? ''
    // "client A" alone is how many people already de-identify; only a letter with a full stop, or after a title, counts.
    const start = m.index + m[0].lastIndexOf(letter)
    const withDot = text[start + 1] === '.'
    const titled = /^(?:dr|mr|mrs|ms|mx|prof|coach)\b/i.test(m[0])
    if (letter === 'I' || (!withDot && !titled)) continue
    found.push({ start, end: start + (withDot ? 2 : 1), kind: 'PERSON' })
  }
  return found
}

// Someone written as two or three capitals without full stops: "DK:", "MB : cas d'une nageuse",
// "HH, 15, gymnastics", "NF (60-year-old)", "asked about LQ, a 43-year-old", "KO'D (chair)", "JB-T
// reported". Abbreviations look the same, so a known one (CBT, NHS, PS) counts only where nothing
// but a person fits: an age right after it, or a list of who was there.
const LETTERS = /^\p{Lu}{2,3}$|^\p{Lu}{1,2}['’-]\p{Lu}{1,2}$/u
// "TĐ (22-year-old)", "HH, 15,", "PS, 17, curling", "LQ, a 43-year-old", "ra (14y)".
// "PG, seventeen years old": the age may be written out.
const AGE_AFTER = /^(?:\s*\(\s*\d{1,2}(?:[-\s]?(?:years?|yrs?|yo|y\/o|y\.o\.|y)(?:[-\s]old)?)?\s*[,)]|\s*,\s*(?:an?\s+)?(?:\d{1,2}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?)(?:[-\s]?(?:years?|yrs?|yo|y)[-\s]?old|\s*,))/iu
// "jb: 13yo diver": a line opening with letters, a colon and an age.
const LINE_AGE_AFTER = /^\s?:\s*\d{1,2}\s?(?:yo|y\/o|y\.o\.|yrs?|y)\b/iu
// "DK:", "MB :", "CM (presenting):", "KO'D (chair)".
const SPEAKER_AFTER = /^(?:\s?:|\s*\((?:presenting|presenter|chair|facilitator|facilitating|note-?taker|minutes|présidente?|animatrice|animateur)\)\s*:?)/iu
// "Attendees: KO'D (chair), Priti", "Présent·es : MB, Sylvie", "Chair: AJ": a line naming who was there.
const ATTENDANCE_LINE = /^[\s*•-]*(?:attendees|attending|present|in attendance|apologies|regrets|chair|co-?chairs?|facilitator|note-?taker|minutes by|présent(?:·e|e)?s?|présences|absent(?:·e|e)?s?|excusé(?:·e|e)?s?|animation|présidence)\s*:/iu
// "Minutes, July 9th. Present: KO, Daisy.": the list may follow a sentence on the same line.
const ATTENDANCE_AFTER_SENTENCE = /[.!?]\s+(?:attendees|attending|present|in attendance|apologies|regrets|présent(?:·e|e)?s?)\s*:[^.:\n]*$/iu
// "Client: AL | Age: 15", "Supervisee: KD": a heading naming who the line is about.
const PERSON_HEADING = /^[\s*•-]*(?:client|athlete|supervisee|mentee|player|patient|presenter|cliente?|athlète)\s*:\s*$/iu
// "MG, DOB 27/08/1984": a date of birth right after the letters.
// (Not \b, which knows only ASCII letters: "né le".)
const DOB_AFTER = /^\s*,\s*(?:dob|d\.o\.b\.?|born|date of birth|né(?:·e|e)?)(?![\p{L}])/iu
// "JB-T reported", "TB lost her job", "NF's Medicaid ID": doing what people do.
const DOING = new Set(['said', 'says', 'reported', 'presented', 'brought', 'asked', 'told', 'lost', 'left', 'joined', 'wants', 'wanted', 'texted', 'emailed', 'called', 'shared', 'mentioned', 'disclosed', 'admitted', 'explained', 'described', 'plays', 'played', 'trains', 'swims', 'skates', 'rows', 'runs', 'coaches', 'works', 'lives', 'moved', 'missed', 'cried', 'quit', 'refused', 'signed'])
// Abbreviations that do things in notes ("ACT works", "CBT helped") are in the safe list; these
// two-letter English words are never anyone's initials in capitals.
const NEVER_INITIALS = new Set(['no', 'ok', 'so', 'am', 'pm', 'tv', 'id', 'it', 'us', 'uk', 'eu', 'hr', 'ai', 'ig', 'fb', 'vs', 'mr', 'ms', 'dr', 'st', 'rd'])

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

export function findLetterInitials(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // Cheap tests first: this runs for every word.
    const len = t?.text.length ?? 0
    if (!t || len < 2 || len > 5 || (t.shape !== 'upper' && t.shape !== 'lower')) continue
    const core = t.possessive ? t.text.slice(0, -2) : t.text
    const lower = t.shape === 'lower' && core.length === 2
    if (!lower && (t.shape !== 'upper' || !LETTERS.test(core))) continue
    const b = t.base
    const after = text.slice(t.end, t.end + 30)
    // "Present: PM, Nusrat": in a list of who was there even these letters are someone.
    if (NEVER_INITIALS.has(b) && (lower || !attending(text.slice(lineStart(text, t.start), t.start), after))) continue
    const known = (t.facts & (W.SAFE_ACRONYM | W.INSTITUTION_ACRONYM | W.ENGLISH)) !== 0
    // "sh, 15, basketball", "ra (14y)": two lower-case letters only with an age after them, in a list of
    // who was there ("present: kb, lupe") or heading a client line ("athlete: lp · 10 ·").
    if (lower) {
      if ((t.facts & (W.ENGLISH | W.ENGLISH_LOOSE | W.LISTED)) !== 0 || (t.french && !DOB_AFTER.test(after))) continue
      const before = text.slice(lineStart(text, t.start), t.start)
      // "jb: 13yo diver" heading a line of minutes; "cs, né·e le 28 mars": a birth date after them.
      const ageLine = /^[\s*•-]*$/.test(before) && LINE_AGE_AFTER.test(after)
      if (ageLine || DOB_AFTER.test(after) || AGE_AFTER.test(after) || attending(before, after) || (PERSON_HEADING.test(before) && /^\s*(?:[|,;.·\/\n]|$)/u.test(after))) found.push({ start: t.start, end: t.end, kind: 'PERSON' })
      continue
    }
    const start = lineStart(text, t.start)
    const before = text.slice(start, t.start)
    let person = (AGE_AFTER.test(after) || DOB_AFTER.test(after)) && !/\p{Lu}[\p{L}'’.-]+,\s*$/u.test(before)
    // A speaker at the start of a line.
    if (!person && /^[\s*•>·-]*$/.test(before) && SPEAKER_AFTER.test(after)) person = !known || speaksAgain(text, t)
    if (!person && attending(before, after)) person = true
    if (!person && PERSON_HEADING.test(before) && /^\s*(?:[|,;.\n]|$)/u.test(after)) person = true
    if (!person && !known && !t.initial) {
      const next = tokens[i + 1]
      // "The 14-yr-old, TF, was dropped": an age just before, then the appositive commas.
      person = /\d[-\s]?(?:year|yr|y)s?[-\s]?old\s*,\s*$/i.test(text.slice(Math.max(0, t.start - 20), t.start)) && /^\s*,/.test(after)
      person ||= !!next && text.slice(t.end, next.start) === ' ' && DOING.has(next.folded) && nth(tokens, i - 1)?.folded !== 'the'
    }
    if (!person && !known && t.initial && !t.possessive) {
      const next = tokens[i + 1]
      person = !!next && text.slice(t.end, next.start) === ' ' && DOING.has(next.folded)
      // "JA to send a grief resource", "KT will book the room": who owns an action.
      person ||= !NOT_PEOPLE.has(b.toUpperCase()) && !PLACE_CODES.has(b.toUpperCase()) && !CREDENTIALS.has(b.toUpperCase()) && /^ (?:to|will) [a-z]+/.test(after)
    }
    // "NF's Medicaid ID": an unknown pair of capitals owning something.
    if (!person && !known && t.possessive && core.length === 2) person = true
    if (person) found.push({ start: t.start, end: t.possessive ? t.end - 2 : t.end, kind: 'PERSON' })
  }
  // "LB (14yo) … LB posts as", "Present: AW … AW to bring": letters found as someone once are
  // the same someone wherever they come back in the note.
  if (found.length > 0) {
    const who = new Set(found.map((f) => text.slice(f.start, f.end)).filter((w) => LETTERS.test(w)))
    const at = new Set(found.map((f) => f.start))
    const lowerWho = new Set(found.map((f) => text.slice(f.start, f.end)).filter((w) => /^\p{Ll}{2}$/u.test(w)))
    for (const t of tokens) {
      if ((t.shape !== 'upper' && t.shape !== 'lower') || at.has(t.start)) continue
      const core = t.possessive ? t.text.slice(0, -2) : t.text
      if (t.shape === 'upper' ? who.has(core) : lowerWho.has(core)) found.push({ start: t.start, end: t.start + core.length, kind: 'PERSON' })
    }
  }
  return found
}

/** The letters are an item in a list of who was there ("Attendees: KO'D (chair), Priti"). */
function attending(before: string, after: string): boolean {
  return (ATTENDANCE_LINE.test(before) || ATTENDANCE_AFTER_SENTENCE.test(before)) && /(?:[:,]|\band|\bet)\s*$/u.test(before) && /^\s*(?:[,.;\n]|\(|and\b|et\b|$)/u.test(after)
}

/** A known abbreviation opening two lines as "XX:" is a speaker, not a heading. */
function speaksAgain(text: string, t: Token): boolean {
  const tag = new RegExp(String.raw`(?:^|\n)[\s*•>·-]*${t.text.replace(/[^\p{L}]/gu, '.')}\s?:`, 'gu')
  // "KG: … RM: renamed it": another speaker tagged with letters makes this one a speaker too.
  // "ÁMcG: … OF: removed.": letters with a lower-case "c" of "Mc" are a speaker's too.
  const speakers = new Set(Array.from(text.matchAll(/(?:^|\n)[\s*•>·-]*(\p{Lu}(?:\p{Lu}|\p{Ll}{1,2}\p{Lu}){1,2})\s?:/gu), (m) => m[1]))
  return (text.match(tag)?.length ?? 0) >= 2 || speakers.size >= 2 || new RegExp(String.raw`(?:attendees|present|présent(?:·e|e)?s?|chair)\s*:[^\n]*\b${t.text}\b`, 'iu').test(text)
}
