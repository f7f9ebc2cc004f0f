import type { Finding, IdentifierKind } from '../types'
import type { Token } from '../text/tokenize'
import { hasDigit, matchAt, matchesAt, numberStarts } from '../text/anchors'
import { hasDigits, isDigitAt, lettersThenDigit } from '../text/chars'
import { CUE } from '../lexicon/readerCues'

// One pass over every run of digit groups ("+1 (208) 555-0139", "046 454 286", "07700 900123",
// "1234-567-890-AB", "(581) 555-0190, poste 22" with its extension, "819/555-0142" with the area code before a slash), then each run is judged by its digit count, grouping and the words before it.
const DIGIT_RUN =
  /(?<![\p{L}\p{N}.,\/#@$£€:_-])(?:\+\s?\d{1,3}[\s.-]?|\d{1,3}[\s.-]?(?=\(\d)|\d{3}\/(?=\d{3}[\s.-]\d{4}(?!\d)))?(?:\(\s?\d{1,5}\s?\)[\s.-]?)?\d{1,12}(?:(?:[ .-]|\s?[-–]\s?)\d{1,12}){0,5}(?:,?\s?(?:ext\.?|x|poste)\s?\d{1,5})?(?![\p{L}\p{N}]|[.,:\/-]\d)/iuy
const SLASH_FILE = /(?<![\p{L}\p{N}.,\/#@$£€:_-])\d{4}\/\d{2}(?![\p{L}\p{N}]|[.,:\/-]\d)/uy
const DATE_SHAPE = /^(?:\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{4}[.-]\d{1,2}[.-]\d{1,2})$/
const HEALTH_CARD_VERSION = /^[ -]?[A-Z]{2}\b/
const HEALTH_CARD_VERSION_LOWER = /^[ -]?[a-z]{2}\b/
const CARD_CUE = /\b(?:health\s*card|ohip|hc|card)\b[^.\n]{0,12}$/i

const ID_CONTEXT = /\b(?:sin|sins|ssn|nhs|nino|ohip|ramq|phn|msp|health|card|insurance|social|mrn|chart|record|file|member|membership|account|acct|student|athlete|licence|license|registration|reg|passport|permit|policy|claim|case|patient|hospital|id|ident|identifier|number|no|#)\b[^\n]{0,24}$/i
const PHONE_CONTEXT = /\b(?:phone|cell|mobile|mob|tel|text|texts|texted|call|called|calls|ring|whatsapp|line|fax|reach|number is|contact)\b[^\n]{0,24}$/i
const ZIP_CONTEXT = /(?:\b(?:zip|zip code|postal|postcode)\s*:?\s*|\b[A-Z]{2},?\s|\b\p{Lu}[\p{L}.'-]+,?\s)$/u
const UNIT_AFTER = /^\s*(?:%|percent|steps|words|views|followers|likes|people|dollars|pounds|euros|calories|kcal|metres|meters|miles|km|m|hours|minutes|seconds|points|pts|hits|downloads|subscribers|fans|spectators|members|participants|athletes|kids|students|rpm|watts|w|kg|lbs|lb|ft|yards|yds|km\/h|mph)\b/i

const EXTENSION = /,?\s?(?:ext\.?|x|poste)\s?\d+$/i

/** The runs of ASCII digits in a string: what s.split(/[^\d]+/).filter(Boolean) gives, without a regular expression. */
function digitGroups(s: string): string[] {
  const groups: string[] = []
  let i = 0
  while (i < s.length) {
    if (!isDigitAt(s, i)) {
      i++
      continue
    }
    const start = i
    while (isDigitAt(s, i)) i++
    groups.push(s.slice(start, i))
  }
  return groups
}

/** Whether the string holds an ASCII letter: an extension ("ext", "x", "poste") needs one. */
function hasAsciiLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32
    if (c >= 97 && c <= 122) return true
  }
  return false
}

/** Where the digits of a run split into groups, an extension left out: "613 555 0123" → [3, 3, 4]. */
function groupsOf(run: string): number[] {
  return digitGroups(hasAsciiLetter(run) ? run.replace(EXTENSION, '') : run).map((g) => g.length)
}

/** The first ASCII digit's code in a run (-1 if none): whether run.replace(/\D/g, '') starts with "0". */
function firstDigit(run: string): number {
  for (let i = 0; i < run.length; i++) if (isDigitAt(run, i)) return run.charCodeAt(i)
  return -1
}

/** The ASCII digits in a run (what classify's `run.replace(/\D/g, '')` keeps). */
function digitCount(run: string): number {
  let n = 0
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

function classify(run: string, before: string, after: string): IdentifierKind | null {
  // The run is read by hand: five regular-expression calls per run were most of this function.
  const n = digitCount(run)
  const groups = groupsOf(run)
  const shape = groups.join('-')
  const plus = run.trimStart().startsWith('+')
  const paren = run.includes('(')
  if (DATE_SHAPE.test(run.trim())) return null
  if (n < 5) return null
  // "2019-2020", "2023 2024": years side by side, not a number.
  if (groups.length > 1 && digitGroups(run).every((g) => /^(?:19|20)\d{2}$/.test(g))) return null
  const idContext = ID_CONTEXT.test(before)
  const phoneContext = PHONE_CONTEXT.test(before)
  if (plus && n >= 8 && n <= 15) return 'CONTACT'
  if (paren && n >= 10 && n <= 11) return 'CONTACT'
  if (shape === '3-3-3' || shape === '3-2-4' || shape === '4-3-3' || shape === '4-4-4' || shape === '2-2-2-2') return 'ID'
  if (shape === '3-3-4' || shape === '1-3-3-4' || shape === '3-4') return idContext && !phoneContext ? 'ID' : 'CONTACT'
  if (firstDigit(run) === 48 && (n === 10 || n === 11) && groups.length >= 2) return 'CONTACT'
  if (n >= 10 && n <= 11 && phoneContext) return 'CONTACT'
  // "468-900", "296-218": six digits in two threes (a file or reference number), unless a range or a score.
  if (shape === '3-3' && !rangeOrScore(run, before, after)) return 'ID'
  if (groups.length === 1) {
    if (UNIT_AFTER.test(after)) return null
    if (n === 5 || (n === 9 && ZIP_CONTEXT.test(before))) return ZIP_CONTEXT.test(before) && !idContext ? 'LOCATION' : idContext || !/^\s*[a-z]/.test(after) ? 'ID' : null
    return n >= 6 ? 'ID' : null
  }
  if (shape === '5-4' && ZIP_CONTEXT.test(before)) return 'LOCATION'
  return n >= 7 ? 'ID' : null
}

/** "100-200 people", "between 250-400", "won 102-98": what two numbers in threes are when not a code. */
function rangeOrScore(run: string, before: string, after: string): boolean {
  const [a = NaN, b = NaN] = run.split(/[^\d]+/).filter(Boolean).map(Number)
  if (UNIT_AFTER.test(after) || /\b(?:between|from|about|around|roughly|approx\.?|won|lost|beat|score|scored|final|finished)\s*$/i.test(before)) return true
  return (a < b && a % 10 === 0 && b % 10 === 0) || (a <= 160 && b <= 160)
}

export function findNumbers(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  const digits = numberStarts(text, tokens)
  if (digits.length === 0) return found
  // A run is judged only from five digits on: a note with fewer digits in all has no run to judge.
  for (const m of hasDigits(text, 5) ? matchesAt(text, digits, DIGIT_RUN) : []) {
    const start = m.index
    const run = m[0]
    const end = start + run.length
    // Most runs are ages, scores and years; under five digits classify() finds nothing, so skip its work.
    if (digitCount(run) < 5) continue
    const before = text.slice(Math.max(0, start - 40), start)
    const after = text.slice(end, end + 20)
    const kind = classify(run, before, after)
    if (!kind) continue
    // "health card 9762 560 715 mg": typed in lower case, the version code still follows a card's cue.
    const version = kind === 'ID' ? (HEALTH_CARD_VERSION.exec(after) ?? (CARD_CUE.test(before) ? HEALTH_CARD_VERSION_LOWER.exec(after) : null)) : null
    found.push({ start, end: end + (version ? version[0].length : 0), kind })
  }
  // "DOB 03/04/1988, 7315/26": a file number of four digits, a slash and two (a serial and a year).
  // Four digits before the slash that read as a year are a season ("2025/26"), not a file.
  for (const m of text.includes('/') ? matchesAt(text, digits, SLASH_FILE) : []) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20)
    if (!/^(?:19|20)\d{2}\//.test(m[0]) && !UNIT_AFTER.test(after)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'ID' })
  }
  const cues = cueStarts(tokens)
  findJerseyNumbers(text, cues, found)
  findCodedIds(text, cues, found)
  return found
}

/** Where the jersey and code patterns may start, each list in token order. */
interface CueStarts {
  /** "number 9", "no. 14". */
  worded: number[]
  /** "wears 9", "jersey 12". */
  bare: number[]
  /** A word with a digit, or capitals (or two letters) before a number: "GA123456", "QQ 12 …". */
  codes: number[]
  /** "plate CKPT 284". */
  plates: number[]
  /** "athlete ID AB-4471". */
  cues: number[]
}

/**
 * One pass over the words for all five lists (they were five passes, a third of this reader's time).
 * A cue counts only with a digit in the next few words, so most words are settled by two field reads.
 */
function cueStarts(tokens: readonly Token[]): CueStarts {
  const out: CueStarts = { worded: [], bare: [], codes: [], plates: [], cues: [] }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const digitNext = hasDigit(tokens[i + 1])
    if (t.shape === 'alnum' || ((t.shape === 'upper' || t.text.length === 2) && digitNext)) out.codes.push(t.start)
    if (digitNext && (t.folded === 'number' || t.folded === 'no')) out.worded.push(t.start)
    if (tokens[i + 1]?.shape === 'number' && JERSEY_WORDS.has(t.folded)) out.bare.push(t.start)
    if (digitNext || hasDigit(tokens[i + 2]) || hasDigit(tokens[i + 3])) {
      if ((t.cues & CUE.PLATE) !== 0) out.plates.push(t.start)
      if ((t.cues & CUE.CODE) !== 0) out.cues.push(t.start)
    }
  }
  return out
}

// "#27" (the marker belongs to the number), "wears number 9", "the No. 14 jersey".
const HASH_NUMBER = /(?<![\p{L}\p{N}&])#\s?\d{1,3}(?![\p{L}\p{N}])/uy
// "#1 on the list" is a rank; "#87 on the back of the hoodie", "#64 on the kit bag" are still a jersey.
const NOT_JERSEY_AFTER = /^\s*(?:priority|goal|fan|seed|pick|ranked|ranking|choice|concern|issue|reason|thing|rule|tip|question|option|overall|in the|on the\s+(?:list|table|ranking|rankings|leaderboard|board|chart|depth chart|agenda|podium|scale|ladder|team|squad|roster|waitlist|wait list))\b/i
const WORDED_NUMBER = /(?:number|no\.)\s?(\d{1,3})(?![\p{L}\p{N}])/iuy
const JERSEY_CUE_BEFORE = /\b(?:wear|wears|wore|wearing|worn|jersey|shirt|kit|sweater|singlet|bib|in|as|swapped|switched|changed|took|takes|retired|gave|given|got|his|her|their|the)\s*$/i
const JERSEY_CUE_AFTER = /^\s*(?:jersey|shirt|sweater|kit|top|singlet|bib)\b/i
const BARE_JERSEY = /(?:wears|wore|wearing|jersey|shirt)\s(\d{1,2})(?![\p{L}\p{N}]|\.\d)/iuy

const JERSEY_WORDS = new Set(['wears', 'wore', 'wearing', 'jersey', 'shirt'])

function findJerseyNumbers(text: string, starts: CueStarts, found: Finding[]): void {
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    const m = matchAt(HASH_NUMBER, text, at)
    if (!m) continue
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16)
    if (!NOT_JERSEY_AFTER.test(after)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'ID' })
  }
  for (const m of matchesAt(text, starts.worded, WORDED_NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12)
    // "(number 47)", "wears number 9": in these notes a number called a number is a jersey, unless it
    // is a rank or a priority ("number 1 seed", "number 3 in the world").
    const notJersey = NOT_JERSEY_AFTER.test(after) || /^\s*(?:of|in|times|sessions|seed|ranked|ranking)\b/i.test(after) || /\b(?:ranked|ranking|seeded|the)\s*$/i.test(before)
    if (!notJersey || JERSEY_CUE_BEFORE.test(before) || JERSEY_CUE_AFTER.test(after)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'ID' })
  }
  for (const m of matchesAt(text, starts.bare, BARE_JERSEY)) {
    const digits = m[1] ?? ''
    const start = m.index + m[0].length - digits.length
    found.push({ start, end: start + digits.length, kind: 'ID' })
  }
}

// Letters-and-digits codes: passports ("GA123456"), NI numbers ("QQ 12 34 56 C"), RAMQ cards
// ("GAGC 0101 1234"), athlete or file numbers after a cue ("athlete ID AB-4471").
// Any two letters: notes use the QQ example prefix, which real NI numbers never start with.
const NINO = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/iy
// Typed in lower case too ("ramq tral85012345"): four letters and eight digits is the card's shape.
const RAMQ = /\b[A-Z]{4}\s?\d{4}\s?\d{4}\b/iy
// "MH/05336", "2026-A-5604", and typed in lower case with its separator, "cas-354227".
const LETTERS_DIGITS = /\b(?:[A-Z]{1,4}[-\/]?\d{4,10}[A-Z]?|\d{4,}-?[A-Z]{1,3}(?:-?\d+)?|[a-z]{1,4}[-\/]\d{5,10})\b/y
// Codes may carry slashes and dashes: "intake # 2026/0614", "case ref cf-2026-0814".
const CUED_CODE = /(?:\b(?:id|mrn|chart|file|member|membership|account|acct|student|athlete|licence|license|registration|reg|passport|permit|policy|claim|case|patient|record|card|number|no\.?|ref\.?|reference|intake|referral|ticket|order|invoice|dossier|ramq)|#)\s*(?:number|no\.?|#|is|:)?\s*(?=[\p{L}\p{N}\/-]*\d)([\p{L}\p{N}][\p{L}\p{N}\/-]{3,19}[\p{L}\p{N}])/iuy
// A licence plate after its cue (lexicon/readerCues.ts PLATE_CUES): "Ontario plate CKPT 284", "wrote down the plate, 8KTL402", "plate no. WNRZ 675", "licence plate r95 kly", "plate 8EJW170".
const PLATE = /(?:plates?|reg|registration|rego)\b\.?,?\s*(?:no\.?|number|#|is|was|:)?\s*([a-z0-9]{1,4}[ -]?[a-z0-9]{2,4})(?![\p{L}\p{N}])/iuy
// Sport and clinical codes that look like IDs: age groups, questionnaires, distances, swim events, scores.
const NOT_CODES = /^(?:U\d{1,2}|COVID-?19|H1N1|CSAI-?2|GAD-?7|PHQ-?9|DASS-?21|WHO-?5|MTQ48|VO2(?:MAX)?|\d+(?:K|KM|M|MI|X\d+M?|IM|FR|BK|BR|FS|FLY|MR)|\d{1,2}(?:-\d{1,2})+)$/i

/**
 * What each code pattern needs at its start, checked before the pattern runs (most anchors are
 * "U14" or "10am"): NINO two letters then a digit, RAMQ four, LETTERS_DIGITS a letter or four
 * digits. An anchor dropped is one where the pattern finds nothing.
 */
function mayStartCode(re: RegExp, text: string, at: number): boolean {
  if (re === NINO) return lettersThenDigit(text, at, 2)
  if (re === RAMQ) return lettersThenDigit(text, at, 4)
  const c = text.charCodeAt(at)
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && isDigitAt(text, at + 3))
}

function findCodedIds(text: string, cueStarts: CueStarts, found: Finding[]): void {
  // Codes start at a word with a digit, or at capitals with a number after them ("QQ 12…", "GAGC 0101…").
  // Lower-case typing too: "ni number qq 42 74 99 a".
  const starts = cueStarts.codes
  for (const re of starts.length === 0 ? [] : [NINO, RAMQ, LETTERS_DIGITS]) {
    for (const m of matchesAt(text, starts.filter((a) => mayStartCode(re, text, a)), re)) if (!NOT_CODES.test(m[0])) found.push({ start: m.index, end: m.index + m[0].length, kind: 'ID' })
  }
  for (const m of matchesAt(text, cueStarts.plates, PLATE)) {
    const plate = m[1] ?? ''
    // Letters and digits both, as every plate format has: "plates to 4" is not one.
    if (!/\d/.test(plate) || !/\p{L}/u.test(plate)) continue
    const start = m.index + m[0].length - plate.length
    found.push({ start, end: start + plate.length, kind: 'ID' })
  }
  // A cue counts only with a digit in the next few words ("athlete ID AB-4471").
  const cues = cueStarts.cues
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) cues.push(at)
  cues.sort((a, b) => a - b)
  for (const m of matchesAt(text, cues, CUED_CODE)) {
    const code = m[1] ?? ''
    if (NOT_CODES.test(code) || /^(?:19|20)\d{2}$/.test(code)) continue
    const start = m.index + m[0].length - code.length
    found.push({ start, end: start + code.length, kind: 'ID' })
  }
}
