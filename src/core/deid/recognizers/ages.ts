import type { Finding } from '../types'
import { nth, type Token } from '../text/tokenize'
import { hasDigit, matchesAt, tokenStarts } from '../text/anchors'
import { W, wordFacts } from '../lexicon/wordFacts'
import { isDigitAt, isSpaceAt, onlyWhite } from '../text/chars'

// An age span covers the phrase with the number ("17-year-old", "aged 34", "(17)", "16yo").
// "U18", "Grade 11" and "in her seventies" are not ages under the labelling rules.
const UNITS = 'one|two|three|four|five|six|seven|eight|nine'
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const NUMBER_WORD = String.raw`(?:(?:${TENS})(?:[-\s](?:${UNITS}))?|${TEENS}|${UNITS})`
// "aged 16½", "15 ½": a half year is still the age.
const NUMBER = String.raw`(?:\d{1,3}(?:\s?[½¼¾])?|${NUMBER_WORD})`
const DASH = String.raw`(?:\s?[-‐‑–]\s?|\s)`

const YEAR_OLD = new RegExp(String.raw`\b${NUMBER}${DASH}(?:years?|yrs?|yr)\.?${DASH}old\b`, 'iuy')
const YEARS_OF_AGE = new RegExp(String.raw`\b${NUMBER}\s(?:years?|yrs?)\sof\sage\b`, 'iuy')
// "14-yo": a hyphen as well as a space. "16 oed": Welsh ("years of age").
const YO = /\b\d{1,3}(?:\s|[-‐‑–])?(?:yo|y\/o|y\.o\.?|y-o|yrs?\.? old|ans|oed)(?![\p{L}])/iuy
// "22 yrs", "41yrs", "15-yrs-old": years after a bare number are an age unless they say how long ago.
const YRS = /\b\d{1,2}\s?[-‐‑–]?\s?yrs?\.?(?:[-‐‑–]old)?(?![\p{L}])(?!\s+(?:ago|of\b|experience|coaching|practice|in\b|on\b|now\b|later|since))/iuy
// "15M", "16F": an age and a sex, run together (capitals only: "15m" is a distance).
// "(28y)", "Khoa, 18y,": a bare "y" only inside brackets or commas ("5y of experience" is a span of time).
const Y_IN_CLAUSE = /\b\d{1,2}y(?=\s*[),;])/uy
const AGE_SEX = /\b\d{1,2}[MF](?![\p{L}\p{N}])/uy
// "Âge : 34": the French label too (no \b, which knows only ASCII letters).
const AGED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:aged|[aâ]ge|ages)\s?[:=]?\s?${NUMBER}(?:\s?(?:[-–]|to|and|&|or)\s?${NUMBER})?(?![\p{L}\p{N}])`, 'iuy')

// "Age on the page: 22", "age at intake = 15": the label, a few words, its colon, the number (only the
// number and its unit are flagged; the label stays readable).
const AGE_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])[aâ]ge(?:\s+[\p{L}'’]{1,12}){1,4}\s?[:=]\s?(${NUMBER}(?:\s?(?:ans|years?|yrs?|yo))?)(?![\p{L}\p{N}])`, 'iuy')
// What may follow an age and belongs to it: "15 ans et 8 mois", "14 years and 3 months", "12 years 4 months",
// "quinze ans et demi", "nine years and a half".
const MONTHS_AFTER = /^(?:(?:,?\s+(?:et|and|&)\s+|\s+)\d{1,2}\s?(?:mois|months?|mos?\.?)|\s+(?:et|and\s+a)\s+(?:demie?|half))(?![\p{L}])/iu
const YEARS_AFTER = /^\s?(?:years?|yrs?\.?|ans)(?![\p{L}])(?!\s+(?:ago|old|of|in|into|later|since|experience|coaching))/iu

/** An age found without its unit or its months gets them: "Cadfan, 15 years,", "15 ans et 8 mois". */
function withUnit(text: string, f: Finding): Finding {
  let end = f.end
  if (isDigitAt(text, end - 1)) end += YEARS_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0
  if (end > f.end || /(?:ans|years?|yrs?\.?)$/i.test(text.slice(f.start, end))) end += MONTHS_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0
  return end === f.end ? f : { start: f.start, end, kind: f.kind }
}

/**
 * A space, one of the dashes the age patterns allow between a number and its unit (- ‐ ‑ –), or the
 * half or quarter year NUMBER allows after the digits ("16½ years old", "15 ½ yrs").
 */
const isAgeGap = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0xbc || c === 0xbd || c === 0xbe || isSpaceAt(text, i)
}

// How many gap characters may stand between the digits and the unit: " ½ - " in "15 ½ - year-old".
const LONGEST_AGE_GAP = 5

/**
 * Whether an age pattern can start at the digits at `at`. Every one read from a digit has one to three
 * digits, a few spaces, dashes or a half year, then "y" ("17 years old", "16yo", "22 yrs", "(28y)"),
 * "a" ("12 ans"), "o" ("16 oed") or a capital M or F ("15M"), so the character codes settle most numbers
 * before any pattern runs.
 */
function mayStartAge(text: string, at: number): boolean {
  let i = at
  while (isDigitAt(text, i)) i++
  if (i - at > 3) return false
  for (let k = i; k <= i + LONGEST_AGE_GAP; k++) {
    const c = text.charCodeAt(k)
    const lower = c | 32
    if (lower === 121 || lower === 97 || lower === 111 || c === 77 || c === 70) return true
    if (!isAgeGap(text, k)) return false
  }
  return false
}

export function findAges(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  // Every age pattern has a word such as "old", "age" or "yo" in it; most notes have none.
  // "a 10-year-old's motivation": the possessive's word lists are read without the "'s".
  if (!tokens.some((t) => ((t.foldedFacts | t.facts) & W.AGE_WORD) !== 0)) return found
  // An age starts with a number, a number word or "age".
  const starts = tokenStarts(tokens, (t) => hasDigit(t) || (t.foldedFacts & (W.NUMBER_WORD | W.AGE_WORD)) !== 0)
  if (starts.length === 0) return found
  // The patterns that begin with a digit, or with "age", are tried only where one is: an anchor
  // where a pattern's first character cannot be finds nothing there.
  // Digits that no age pattern can follow are dropped from both lists (most numbers in a note).
  const digits = starts.filter((a) => isDigitAt(text, a) && mayStartAge(text, a))
  // "age" or the French "âge" (Â, â): 'a' in either case, or the accented letter.
  const ageWords = starts.filter((a) => (text.charCodeAt(a) | 32) === 97 || (text.charCodeAt(a) | 32) === 0xe2)
  const wordsAndDigits = starts.filter((a) => !isDigitAt(text, a) || mayStartAge(text, a))
  const anchorsOf = (re: RegExp) => (re === YEAR_OLD || re === YEARS_OF_AGE ? wordsAndDigits : re === AGED ? ageWords : digits)
  for (const re of [YEAR_OLD, YEARS_OF_AGE, YO, AGED, YRS, AGE_SEX]) {
    for (const m of matchesAt(text, anchorsOf(re), re)) {
      // "age group", "age-appropriate" never reach here: a number is required after "age".
      // "a nineteen year old", "the 15 year old": the article goes with the age.
      const article = re === YEAR_OLD ? /\b(?:an?|the)\s$/i.exec(text.slice(Math.max(0, m.index - 4), m.index)) : null
      const start = article ? m.index - article[0].length : m.index
      found.push({ start, end: m.index + m[0].length, kind: 'AGE' })
    }
  }
  for (const m of matchesAt(text, digits, Y_IN_CLAUSE)) if (/[(,]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) found.push({ start: m.index, end: m.index + m[0].length, kind: 'AGE' })
  for (const m of matchesAt(text, ageWords, AGE_LABEL)) {
    const number = m[1] ?? ''
    const start = m.index + m[0].length - number.length
    found.push({ start, end: start + number.length, kind: 'AGE' })
  }
  return found.map((f) => withUnit(text, f))
}

// Maps, not object literals: a word typed in a note is looked up without being interned first,
// and "constructor" or "toString" cannot find a value on the prototype.
const WORD_VALUES = new Map(Object.entries({ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }))
const UNIT_VALUES = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }))

/** "fifteen" → 15, "twenty-two" → 22; NaN for anything else (and for one to nine alone). */
function wordValue(word: string): number {
  const [tens = '', unit] = word.split('-')
  const base = WORD_VALUES.get(tens)
  if (base === undefined) return NaN
  if (unit === undefined) return base
  const u = UNIT_VALUES.get(unit)
  return u !== undefined && base >= 20 ? base + u : NaN
}

const SMALL_WORDS = new Map(Object.entries({ four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }))
const AGE_VERBS = new Set(['is', 'was', 'turned', 'turns', 'turning', 'now', "'s", 'be', 'being'])
const SUBJECTS = new Set(['he', 'she', 'they', 'who', 'he’s', 'she’s', "he's", "she's", 'client', 'athlete', 'son', 'daughter', 'brother', 'sister', 'kid', 'child', 'player', 'boy', 'girl', 'lad', 'lass', 'teen', 'teenager', 'youngster', 'twin', 'eldest', 'youngest', 'oldest', 'nephew', 'niece', 'grandson', 'granddaughter', 'cousin'])
// "two sisters, 14 and 12", "the twins, 9 and 11": ages listed after people named by a plural.
const PLURAL_PEOPLE = new Set(['sisters', 'brothers', 'twins', 'siblings', 'boys', 'girls', 'kids', 'children', 'sons', 'daughters', 'cousins', 'teens', 'athletes', 'players'])
// "17", "17F", "F, 17", "netball, 18": the number is one item of the bracket.
const ALONE_IN_BRACKETS = /^(?:.*,\s*)?(?:(?:so|now|just|turning|turns|nearly|almost|my|age|aged)\s+)?(\d{1,2}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?:-[a-z]+)?)\s?(?:[MFmf]|yrs?|y|yo|y\/o)?(?:\s+now)?\s*(?:,.*)?$|^(?:[MFmf],\s*)(\d{1,2})$/i
const UNIT_AFTER = /^\s*(?:%|percent|\/|:|\.\d|x\b|min|mins|minutes|hours|hrs|seconds|secs|days|weeks|months|kg|lbs?|km|k\b|m\b|points|pts|goals|games|matches|sessions|times|out|per|of|th\b|st\b|nd\b|rd\b|cm|ft|inches|laps|reps|sets)/i

// "hes 14", "shes 15": chat without apostrophes; "the older one is 13".
const LOOSE_SUBJECTS = new Set(['hes', 'shes', 'theyre', 'im'])

/** "para-cyclist", "student-athlete": a compound whose last part is a person noun. */
function personCompound(t: Token): boolean {
  const dash = t.base.lastIndexOf('-')
  return dash > 0 && (wordFacts(t.base.slice(dash + 1)) & W.PERSON_CUE) !== 0
}

/** "one of his players", "one of the twins": `t` is a plural of people after "one of". */
function oneOfPeople(text: string, t: Token): boolean {
  return (PLURAL_PEOPLE.has(t.folded) || (t.folded.endsWith('s') && (wordFacts(t.folded.slice(0, -1)) & W.PERSON_CUE) !== 0)) && /\bone\s+of\s+(?:his|her|their|the|our|my|your)\s+$/i.test(text.slice(Math.max(0, t.start - 20), t.start))
}

/** Someone named in the few words before the i-th. */
function personNear(people: readonly boolean[], tokens: readonly Token[], i: number, reach = 8): boolean {
  for (let k = Math.max(0, i - reach); k < i; k++) if (people[k] === true && !tokens[k]?.possessive) return true
  return false
}

/**
 * "two sisters, 14 and 12": the i-th word is in a list of two numbers or more right after "<plural of
 * people>," (`moreAfter`: another number follows it).
 */
function pluralPeopleBefore(text: string, tokens: readonly Token[], i: number, moreAfter: boolean): boolean {
  let k = i
  // Back over "14 and" / "14," to the comma after the plural.
  while (k >= 2 && tokens[k - 1]?.folded === 'and' && tokens[k - 2]?.shape === 'number') k -= 2
  while (k >= 1 && tokens[k - 1]?.shape === 'number' && /^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--
  const plural = nth(tokens, k - 1)
  return (moreAfter || k < i) && !!plural && PLURAL_PEOPLE.has(plural.folded) && /^\s*,\s*$/.test(text.slice(plural.end, tokens[k]!.start))
}

/**
 * "Shyanne - hockey - 13 - The Pas - mum works at…": a profile line of dash-separated items that opens
 * with a one-word name; a bare number among its first items is the age.
 */
function dashProfile(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('. ', at - 1) + 1, text.lastIndexOf(': ', at - 1) + 1)
  const items = text.slice(from + 1, at).trim().split(/\s+[-–—]\s*/)
  items.pop()
  return items.length >= 1 && items.length <= 3 && /^[\p{L}'’-]{2,20}$/u.test(items[0] ?? '') && items.every((x) => x.length <= 24 && !/\d/.test(x))
}

/**
 * Ages that need to know who is being talked about: "Benoît is 18", "she's 14", "Noor (16)",
 * "(netball, 18)". `people[i]` says whether the i-th word was already found to be a name.
 */
export function findAgesInContext(text: string, tokens: readonly Token[], people: readonly boolean[], named: readonly boolean[] = people): Finding[] {
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.possessive) continue
    // Only a number or a number word can be an age: wordFacts() gives the number words (four to nine
    // among them) NUMBER_WORD, and a word's foldedFacts hold its folded spelling's facts. Most words stop here.
    if (t.shape !== 'number' && (t.foldedFacts & W.NUMBER_WORD) === 0) continue
    // "turned fifteen", "Ophélie is eighteen": ages written out from ten up ("one", "two" are too common).
    const value = t.shape === 'number' ? Number(t.text) : (t.foldedFacts & W.NUMBER_WORD) !== 0 ? (wordValue(t.folded) || SMALL_WORDS.get(t.folded) || NaN) : NaN
    const small = t.shape !== 'number' && (t.foldedFacts & W.NUMBER_WORD) === 0 && SMALL_WORDS.has(t.folded)
    const v = small ? (SMALL_WORDS.get(t.folded) ?? NaN) : value
    if (!Number.isInteger(v) || v < 4 || v > 99) continue
    const after = text.slice(t.end, t.end + 12)
    const prev = nth(tokens, i - 1)
    const between = prev ? text.slice(prev.end, t.start) : ''
    // Asked up to four times per number below: read once, by hand (what /^\s+$/.test(between) says).
    const spaced = !!prev && onlyWhite(text, prev.end, t.start)
    // "CASE: Delyth Dacey\n14 / gymnastics / club", "Tad / 16 / judo": a slash-separated record line whose
    // first item is a bare number, just after someone's name.
    const slashRecord = t.shape === 'number' && /^[ \t]*\n\s*$|^\s+\/\s+$/.test(between) && /^\s+\/\s+\p{L}/u.test(after) && personNear(people, tokens, i, 4)
    if (UNIT_AFTER.test(after) && !slashRecord) continue
    const prev2 = nth(tokens, i - 2)
    // "At 14, she…", "now 19 and burnt out", "just turned 16".
    const atStart = prev?.folded === 'at' && prev.initial && /^\s*,/.test(after)
    const nowOrTurned = !!prev && spaced && (prev.folded === 'now' || prev.folded === 'turned' || prev.folded === 'turns' || prev.folded === 'turning') && !/^\s*(?:minutes|min|weeks|months|days|times|sessions)\b/i.test(after)
    // "Sophie Tremblay-Roy, 14, skates", "Athlete, 12, splits the week".
    // "Client: 17, boxing": a person noun heading a line, its colon, the number and a comma.
    // "a para-cyclist, 31, from": a compound's last part is the person noun.
    // "One of his players, 16, came anyway": one of a plural of people is one person.
    const betweenCommas = !!prev && /^\.?\s*\)?\s*,\s*$/.test(between) && /^\s*,/.test(after) && (people[prev.index] === true || (prev.facts & W.PERSON_CUE) !== 0 || named[prev.index] === true || personCompound(prev) || oneOfPeople(text, prev))
    const cueColon = !!prev && prev.initial && /^:\s*$/.test(between) && /^\s*,/.test(after) && t.shape === 'number' && (prev.facts & W.PERSON_CUE) !== 0
    // "Dusty - 10 - Moose Jaw", "Hope, 17", "Faith: 15": a bare number right after someone's name.
    // "client = Thaddée (« Tad »), 17": a nickname's quote and bracket close before the comma.
    // "J.S., 14 years,": an initial's full stop before the comma.
    const afterName = !!prev && t.shape === 'number' && people[prev.index] === true && (/^\s*(?:[-–—,:|]|\s)\s*$|^\s*[»”"]\s*\)\s*,\s*$/.test(between) || (prev.text.length === 1 && /^\.\s*,\s*$/.test(between))) && !/^\s*(?:[-–/:.]\s*\d)/.test(after)
    // "echo is sixteen", "he's eight": an age written out after "is" or "turned" is an age whoever it is.
    // "is eighteen and was approached": from ten up, "and" after the number does not make it a count.
    // "Bandura's four sources": after a possessive (not "she's") a word after the number makes it a count.
    const possessiveCount = !AGE_VERBS.has(prev?.folded ?? '') && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:and|but|now|already|today|this|next|in)\b/i.test(after)
    const wordAfterVerb = t.shape !== 'number' && !!prev && spaced && (AGE_VERBS.has(prev.folded) || /['’]s$/.test(prev.folded)) && !possessiveCount && !/^\s*(?:of|or|to|times|more|hours|days|weeks|months|years|minutes|goals|points|games)\b/i.test(after) && (v >= 10 || !/^\s*and\b/i.test(after))
    // "River — nonbinary, 19, rower", "Faith — 45 — coach", "· 17 ·", "hes 14": a number standing
    // alone between clause marks, with someone named just before it.
    const looseSubject = !!prev && spaced && LOOSE_SUBJECTS.has(prev.folded)
    const clause = (t.shape === 'number' || (t.foldedFacts & W.NUMBER_WORD) !== 0) && ((!!prev && /^\.?\s*\)?\s*[,—–·|(]\s*$|^\s*[.!?]\s+$/.test(between)) || looseSubject) && /^\s*(?:[,.;)·|—–!]|$)/.test(after) && !/^\s*[.,]\s*\d/.test(after) && (personNear(people, tokens, i) || (looseSubject && prev.folded !== 'im'))
    // "two sisters, 14 and 12": numbers listed after a plural of people and a comma.
    // Two numbers at least: "the girls, 20 and counting" is a count.
    const listed = t.shape === 'number' && v <= 25 && i >= 2 && pluralPeopleBefore(text, tokens, i, /^\s*(?:,|and\b|&)\s*\d/i.test(after))
    // "(baseball, 24 now)", "Tyler Price-Jones 14 now - taekwondo": a number "now" beside a name.
    const numberNow = t.shape === 'number' && /^\s+now\b/i.test(after) && !!prev && (/[,(]\s*$/.test(between) || [prev, prev2, nth(tokens, i - 3)].some((p) => !!p && (people[p.index] === true || named[p.index] === true)))
    // "22 and already coaching the nippers.": a sentence opening with a bare number and "and already".
    const opensSentence = t.shape === 'number' && t.initial && v >= 10 && /^\s+and\s+(?:already|still|now|just|only|barely|newly|recently)\b/i.test(text.slice(t.end, t.end + 20))
    const profile = t.shape === 'number' && /^\s+[-–—]\s+$/.test(between) && /^\s+[-–—]\s/.test(after) && dashProfile(text, t.start)
    // "…asking if it's normal. 13. Passed to the welfare officer": a number standing as a sentence of its own
    // in running text (not a list number at a line's start) is the age of whoever the note is about.
    const ownSentence = t.shape === 'number' && v >= 5 && v <= 25 && !!prev && /^["”)]?[.!?]["”)]?\s+$/.test(between) && !between.includes('\n') && /^\.\s+\p{L}/u.test(after)
    // "wants him to billet at fifteen": "at" and a teen age written out.
    const atTeen = prev?.folded === 'at' && t.shape !== 'number' && v >= 13 && v <= 19 && !/^\s*(?:o['’]?clock|minutes?|mins?|hours?|am|pm|sharp|tonight)\b/i.test(after)
    // "Bonnie was discussed again: seventeen, a shot putter": the age after a colon, then what they do.
    const introduced = !!prev && /:\s*$/.test(between) && /^,\s+an?\s+\p{Ll}/u.test(after) && v >= 5
    if (listed || profile || opensSentence || slashRecord || atStart || nowOrTurned || betweenCommas || cueColon || afterName || wordAfterVerb || clause || numberNow || ownSentence || atTeen || introduced) {
      found.push({ start: t.start, end: t.end, kind: 'AGE' })
      continue
    }
    // "Benoît is 18", "she's 14", "who turned 16".
    if (prev && spaced && (AGE_VERBS.has(prev.folded) || /['’]s$/.test(prev.folded))) {
      const subject = prev.possessive || /['’]s$/.test(prev.folded) ? prev : prev2
      const subjectText = subject?.folded.replace(/['’]s$/, '') ?? ''
      // "Maxime Desrosiers is 47, a volunteer", "Client at Millfield (Street, BA16 0YD) is 14 and homesick":
      // the number ends the clause and someone was named or described just before.
      const endsClause = /^\s*(?:[,.;:—–)]|and\b|but\b|$)/i.test(after)
      const someoneNear = endsClause && (personNear(people, tokens, i - 1, prev2?.folded === 'and' ? 14 : 8) || named[subject?.index ?? -1] === true || tokens.slice(Math.max(0, i - 9), i - 1).some((p) => SUBJECTS.has(p.folded)))
      if (subject && (people[subject.index] === true || SUBJECTS.has(subjectText) || SUBJECTS.has(subject.folded) || someoneNear)) {
        found.push({ start: t.start, end: t.end, kind: 'AGE' })
        continue
      }
    }
    // "(17)", "(17, M)", "(F, 17)", "(netball, 18)", "(16F)" right after a name or a person noun.
    // Only a short bracket around the number: "(netball, 18)".
    const open = text.lastIndexOf('(', t.start)
    if (open < 0 || t.start - open > 30) continue
    const close = text.indexOf(')', t.end)
    if (close < 0 || close - open > 40 || text.slice(open, t.start).includes(')')) continue
    const inside = text.slice(open + 1, close)
    const alone = ALONE_IN_BRACKETS.exec(inside)?.some((g, k) => k > 0 && g === t.text) ?? false
    if (!alone) continue
    let k = i - 1
    while (k >= 0 && (tokens[k]?.end ?? 0) > open) k--
    const owner = tokens[k]
    const soWord = /\(\s*(?:so|now|turning|turns|nearly|almost)\s+\d/.test(text.slice(open, t.end))
    // "a year 10 student (15)": a number alone in brackets is an age whoever it follows.
    const bare = inside.trim() === t.text && t.shape === 'number' && value >= 4
    // "Ines (wheelchair basketball, 19)": lower-case words, then the number last, after a capitalised
    // word the readers did not take for a name (a name that is also a word, "Cherish").
    const described = !!owner && /^\p{Lu}/u.test(owner.text) && t.shape === 'number' && /^[\p{Ll}\s-]{3,30},\s*\d{1,2}\s*$/u.test(inside)
    if (bare || described || (owner && (soWord || people[owner.index] === true || SUBJECTS.has(owner.folded)))) {
      // "(17)", "(17 y)", "(16F)": the brackets hold only the age, so they go with it.
      const whole = inside.trim() === t.text || /^\s*\d{1,2}\s?(?:[MFmf]|yrs?|y|yo|y\/o)\s*$/.test(inside)
      found.push(whole ? { start: open, end: close + 1, kind: 'AGE' } : { start: t.start, end: t.end, kind: 'AGE' })
    }
  }
  return found.map((f) => withUnit(text, f))
}
