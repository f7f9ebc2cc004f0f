import type { Finding } from '../types'
import { nth, type Token } from '../text/tokenize'
import { hasDigit, matchesAt, tokenStarts } from '../text/anchors'
import { W } from '../lexicon/wordFacts'
import { includesAfterSpace, isDigitAt, isSpaceAt } from '../text/chars'

// Dates more precise than a year. A year alone, a month alone, a weekday alone ("last Tuesday")
// and clock times are not identifiers under the labelling rules; "the 22nd" is.
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?`
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`
const ORDINAL_DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)`
const YEAR = String.raw`(?:(?:19|20)\d{2}|['’]\d{2})`
const TO = String.raw`(?:\s?[-–—]\s?|\s(?:to|and|through|thru|or|until|till)\s)`
const LEAD = String.raw`(?:${WEEKDAY},?\s(?:the\s)?)?`
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`

const MONTH_DAY = new RegExp(
  String.raw`\b${LEAD}${MONTH}\s(?:the\s)?${DAY}(?:${TO}(?:${MONTH}\s)?${DAY})?(?:,?\s${YEAR})?${NOT_WORD_AFTER}`,
  'iuy'
)
// "9 March", "the 9th of March", "9-Mar", "9-Mar-25".
const DAY_MONTH = new RegExp(String.raw`\b${LEAD}(?:the\s)?${DAY}(?:${TO}${DAY})?(?:\s(?:of\s)?${MONTH}(?:,?\s${YEAR})?|-${MONTH}(?:-(?:\d{2}|\d{4}))?)${NOT_WORD_AFTER}`, 'iuy')
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH},?\s(?:of\s)?${YEAR}${NOT_WORD_AFTER}`, 'iuy')
const WEEKDAY_ORDINAL = new RegExp(String.raw`\b${WEEKDAY},?\s(?:the\s)?${ORDINAL_DAY}${NOT_WORD_AFTER}`, 'iuy')
const NUMERIC = /(?<![\p{L}\p{N}\/.-])(?:\d{1,2}[\/.-]\d{1,2}[\/.-](?:\d{4}|\d{2})|\d{4}[\/.-]\d{1,2}[\/.-]\d{1,2})(?![\p{L}\p{N}]|[\/.-]\d)/uy
// Québec and Ottawa notes write French dates: "le 14 mars", "1er avril 2026".
// "du 3 au 5 mars", "les 12 et 13 avril", "5 fév.": a range, and the short forms with a full stop.
const FRENCH_DAY_MONTH = /(?:(?:1er|3[01]|[12]\d|0?[1-9])\s?(?:au|et|[-–])\s?)?(?:1er|3[01]|[12]\d|0?[1-9])\s(?:janvier|janv\.|février|fevrier|févr\.|fevr\.|fév\.|fev\.|déc\.|dec\.|mars|avril|avr\.|mai|juin|juillet|juill?\.|août|aout|septembre|sept\.|octobre|oct\.|novembre|nov\.|décembre|decembre|déc\.)(?:\s(?:19|20)\d{2})?(?![\p{L}\p{N}])/iuy
// "moved in 7/2026": a month and a year.
const MONTH_SLASH_YEAR = /(?<![\p{L}\p{N}\/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\p{L}\p{N}]|\/)/uy
const DAY_SLASH_MONTH = /(?<![\p{L}\p{N}\/.-])(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}]|[\/.]\d)/uy
// "24/9" is a date unless it is a rating ("rated 7/10", "stress 8/10") or a fraction ("3/4 of").
const RATING_WORD = /\b(?:rated?|rates|rating|ratings|scored?|scores|out of|gave|self-rated|confidence|stress|anxiety|mood|energy|motivation|effort|focus|sleep|readiness|rpe|pain|arousal|intensity|level|scale)\b/i
const FRACTION_AFTER = /^\s*(?:of|an?|the|hour|hours|time|way|marathon|mile|miles|km|cup|cups|pipe|split|splits|scale|rating|points?|goals?|games?|shots?|sessions?|reps?)\b/i
// "the 22nd", but not "the 3rd period" or "the 2nd half".
const THE_ORDINAL = /the\s((?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?![\p{L}\p{N}])/iuy
const ORDINAL_ENDS_DATE = /^(?:\s*$|\s*[.,;:!?)\]"”'’—–·•|-]|\s+(?:of|at|and|or|to|for|when|so|because|before|after|with|in|on|as|but|which|where|she|he|they|we|i|is|was|will|would|at|if|through|thru|until|till|this|next|last|instead|again|too|then|be|been|says|said|say|shows|showed|notes|note|letter|email|meeting|call)\b)/i

// "Option 3 may work": a lower-case "may" after a number is the verb, not the month, unless a
// weekday or "on" says it is a date ("fri 5 may", "on 5 may").
const MODAL_MAY = /^(?!mon|tue|wed|thu|fri|sat|sun)(?:the\s)?\d+(?:st|nd|rd|th)?(?:\s(?:of\s)?|-)may\b/
// "next: 14 may", "due 14 may", "14 may." (nothing after it to be the verb's).
const DATE_WORD_BEFORE = /\b(?:on|by|from|until|till|since|next|this|last|before|after|due|date|dated)\s*:?\s*$/i
const MAY_ENDS = /^\s*(?:[.,;!?)\]]|$|\n|(?:19|20)\d{2}\b)/

// A holiday named as a day is a date without its year ("lost her mum on Boxing Day"); "the Christmas
// break" or "over Easter" is a season, not a day, and stays.
const HOLIDAY = /(?:Boxing|Christmas|New\sYear['’]?s|Canada|Remembrance|Victoria|Labou?r|Family|Mother['’]?s|Father['’]?s|Valentine['’]?s|St\.?\sPatrick['’]?s|Saint\sPatrick['’]?s|Memorial|Independence|Thanksgiving|Armistice|Anzac|Heritage|Civic|Louis\sRiel|Emancipation|Reconciliation)\s(?:Day|Eve)(?![\p{L}\p{N}])|(?:Good\sFriday|Easter\s(?:Sunday|Monday))(?![\p{L}\p{N}])/uy
const HOLIDAY_CUE = / (?:Day|Eve)(?![\p{L}\p{N}])|Good Friday|Easter (?:Sun|Mon)day/u
const HOLIDAY_START = new Set(['Boxing', 'Christmas', 'New', 'Canada', 'Remembrance', 'Victoria', 'Labour', 'Labor', 'Family', 'Mother', 'Father', 'Valentine', 'St', 'Saint', 'Memorial', 'Independence', 'Thanksgiving', 'Armistice', 'Anzac', 'Heritage', 'Civic', 'Louis', 'Emancipation', 'Reconciliation', 'Good', 'Easter'])

// Most numbers in a note are counts, scores and years. What must follow a number's digits for the
// two patterns tried at every number is checked first (a character or two), so the patterns run
// only where they could match: the anchors dropped are ones where they find nothing.

/** The end of the run of ASCII digits at `at` (`at` itself if there is none). */
function digitsEnd(text: string, at: number): number {
  let i = at
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(i)) i++
  return i
}

/** NUMERIC needs digits, then "/", "." or "-" right after them. */
function mayBeNumeric(text: string, at: number): boolean {
  const end = digitsEnd(text, at)
  const c = text.charCodeAt(end)
  return end > at && (c === 47 || c === 46 || c === 45)
}

// The first letters of FRENCH_DAY_MONTH's months and of "au" and "et", in lower case.
const FRENCH_MONTH_FIRST = new Set(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd', 'e'])

/**
 * FRENCH_DAY_MONTH needs digits, then "er", "au", "et" or a dash, or white space and then a month
 * or a range word (under its /iu flags the long s "ſ" reads as "s").
 */
function mayBeFrenchDate(text: string, at: number): boolean {
  const end = digitsEnd(text, at)
  if (end === at) return false
  const c = text.charCodeAt(end)
  const l = c | 32
  if (l === 101 || l === 97 || c === 45 || c === 0x2013) return true
  if (!isSpaceAt(text, end)) return false
  const d = text.charCodeAt(end + 1)
  return (d < 128 && FRENCH_MONTH_FIRST.has(String.fromCharCode(d | 32))) || d === 45 || d === 0x2013 || d === 0x17f
}

/** "9-Mar", "12-Dec-25": one word, a digit and a letter joined by a hyphen (what /\d-\p{L}{3}/ needs). */
const isDashedNumber = (t: Token) => t.shape === 'alnum' && t.text.includes('-')

/** What HOLIDAY_CUE needs, as plain text: " Day", " Eve", "Good Friday" or "Easter " (searched from the capital). */
function mayNameHoliday(text: string): boolean {
  return includesAfterSpace(text, 'Day') || includesAfterSpace(text, 'Eve') || text.includes('Good Friday') || text.includes('Easter ')
}

export function findDates(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  // Only where a capitalised "Day", "Eve", "Friday" or "Sunday"/"Monday" is in the note at all.
  if (mayNameHoliday(text) && HOLIDAY_CUE.test(text)) {
    const starts = tokenStarts(tokens, (t) => HOLIDAY_START.has(t.possessive ? t.text.slice(0, -2) : t.text))
    for (const m of matchesAt(text, starts, HOLIDAY)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE' })
  }
  if (!tokens.some(hasDigit)) return found
  // A written date starts at a number, a month or weekday name, or "the" before a number, and
  // names a month or weekday somewhere; numeric dates start at a number.
  const named = tokens.some((t) => (t.facts & W.MONTH_OR_DAY) !== 0) || (tokens.some(isDashedNumber) && /\d-\p{L}{3}/u.test(text))
  const numbers = tokenStarts(tokens, hasDigit)
  const starts = named ? tokenStarts(tokens, (t, i) => hasDigit(t) || (t.facts & W.MONTH_OR_DAY) !== 0 || (t.folded === 'the' && hasDigit(tokens[i + 1]))) : []
  // MONTH_DAY, MONTH_YEAR and WEEKDAY_ORDINAL begin with a month's or a weekday's name: not at a digit.
  const wordStarts = starts.filter((a) => !isDigitAt(text, a))
  for (const re of [MONTH_DAY, DAY_MONTH, MONTH_YEAR]) {
    for (const m of matchesAt(text, re === DAY_MONTH ? starts : wordStarts, re)) {
      const leadingThe = /^the\s/i.exec(m[0])
      const start = m.index + (leadingThe ? leadingThe[0].length : 0)
      const modal = MODAL_MAY.test(m[0]) && !DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !MAY_ENDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))
      if (!modal) found.push({ start, end: m.index + m[0].length, kind: 'DATE' })
    }
  }
  for (const m of matchesAt(text, wordStarts, WEEKDAY_ORDINAL)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE' })
  for (const m of matchesAt(text, numbers.filter((a) => mayBeNumeric(text, a)), NUMERIC)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE' })
  for (const m of matchesAt(text, numbers.filter((a) => mayBeFrenchDate(text, a)), FRENCH_DAY_MONTH)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE' })
  for (const m of text.includes('/') ? matchesAt(text, numbers, MONTH_SLASH_YEAR) : []) found.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE' })
  for (const m of text.includes('/') ? matchesAt(text, numbers, DAY_SLASH_MONTH) : []) {
    const a = Number(m[1])
    const b = Number(m[2])
    const plausible = a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12)
    // Ratings come with a rating word nearby, or in twos ("7/10 … 3/10").
    const rating = (b === 10 || b === 5) && (RATING_WORD.test(before) || RATING_WORD.test(after) || text.split(`/${b}`).length > 2)
    if (plausible && !rating && !FRACTION_AFTER.test(after)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE' })
  }
  // "à Shawinigan-Sud le 7, peux-tu la voir?": in French a bare day after "le" ends its clause.
  for (const t of tokens) {
    if (!t.french || t.folded !== 'le') continue
    const day = tokens[t.index + 1]
    if (!day || day.start !== t.end + 1 || !/^(?:3[01]|[12]\d|[1-9]|1er)$/.test(day.text)) continue
    const after = text.slice(day.end, day.end + 8)
    // "a recommencé à patiner le 13 avec le groupe": a preposition after the day ends it too, unless a
    // jersey is worn ("porte le 13 avec fierté").
    const prep = FRENCH_AFTER_DAY.test(after) && !/(?:porte|portait|portera|numéro|num[eé]ro|#)\s*$/i.test(text.slice(Math.max(0, t.start - 10), t.start))
    if (prep || /^\s*(?:[,;!?)»]|\.(?!\d)|$)/.test(after)) found.push({ start: day.start, end: day.end, kind: 'DATE' })
  }
  for (const f of weekdayDays(text, tokens)) found.push(f)
  const theOrdinal = tokenStarts(tokens, (t, i) => t.folded === 'the' && tokens[i + 1]?.shape === 'alnum')
  for (const m of matchesAt(text, theOrdinal, THE_ORDINAL)) {
    const day = m[1] ?? ''
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16)
    if (ORDINAL_ENDS_DATE.test(after)) found.push({ start: m.index + m[0].length - day.length, end: m.index + m[0].length, kind: 'DATE' })
  }
  return found
}

const FRENCH_AFTER_DAY = /^ (?:avec|à|au|aux|dans|chez|pour|vers|en|et)\s/i
// Weekdays in French and English, and the Welsh months ("12 Medi", "3 Ionawr 2026").
const WEEKDAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const WELSH_MONTHS = new Set(['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'])
const BARE_DAY = /^(?:3[01]|[12]\d|0?[1-9]|1er)$/

/**
 * "son rendez-vous du jeudi 12.", "on Thursday 12,": the bare day after a weekday, ending the clause
 * (the weekday stays outside, as the labels have it);
 * "since 12 Medi": a day and a Welsh month (with its year if one follows).
 */
function weekdayDays(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  for (const t of tokens) {
    if (t.shape !== 'number' || !BARE_DAY.test(t.text)) continue
    const prev = nth(tokens, t.index - 1)
    const next = tokens[t.index + 1]
    if (prev && WEEKDAYS.has(prev.folded) && t.start === prev.end + 1 && /^\s*(?:[,;!?)»]|\.(?!\d)|$)/.test(text.slice(t.end, t.end + 3))) found.push({ start: t.start, end: t.end, kind: 'DATE' })
    else if (next && next.start === t.end + 1 && WELSH_MONTHS.has(next.folded) && next.shape === 'capitalized') {
      const year = tokens[next.index + 1]
      const end = year && year.start === next.end + 1 && /^(?:19|20)\d{2}$/.test(year.text) ? year.end : next.end
      found.push({ start: t.start, end, kind: 'DATE' })
    }
  }
  return found
}
