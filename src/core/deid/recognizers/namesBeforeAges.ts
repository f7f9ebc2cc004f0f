import type { Finding } from '../types'
import type { Token } from '../text/tokenize'
import { W, wordFacts } from '../lexicon/wordFacts'
import { skipSpaces } from '../text/chars'

const NUMBER_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|five|six|seven|eight|nine'
// "Hope — fourteen —", "Faith — 45 —", "Gift (just turned seventeen)", "Coral, fifteen-yr-old,",
// "Precious, 9 yrs,", "Noble, aged 9,", "river, aged 18": a word, a clause mark, then an age.
// "Dawn (para rowing, 23)", "Maïka, 12 ans,": a described bracket, and French years.
const AGE_NEXT = new RegExp(
  String.raw`^\s*(?:[—–]|-(?=\s)|,|\((?:[\p{Ll} -]{3,30},)?)\s*(?:(?:just\s+)?(?:turned|turns|aged?)\s+)?(?:\d{1,2}|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s*(?:yo|y\/o|y\.o\.|yrs?|years?|ans)(?:\s+old)?|-(?:yrs?|years?)-old)?\s*(?:[—–),]|-(?=\s)|$)`,
  'iu'
)
const AGE_NEXT_REACH = 28
const AGE_APPOSITION = new RegExp(String.raw`^,\s+an?\s+(?:\d{1,2}|(?:${NUMBER_WORDS})(?:-[a-z]+)?)[-\s](?:year|yr)s?[-\s]old\b`, 'iu')

/**
 * Whether AGE_NEXT could match at `at`: its first character after white space is a dash, a comma or
 * an opening bracket, within the characters it reads. Most words are followed by another word.
 */
function markBeforeAge(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + AGE_NEXT_REACH)
  const k = skipSpaces(text, at, limit)
  if (k >= limit) return false
  const c = text.charCodeAt(k)
  return c === 0x2014 || c === 0x2013 || c === 45 || c === 44 || c === 40
}
const APPOSITION = /^,\s+(?:the|our|his|her|their|a|an)\s+(\p{L}+)\b/u
// Words that stand before an age without being a name ("the boy, 15,", "U14 girls, 15", "Grade 9, 14").
const NOT_NAMES = W.ROLE | W.PERSON_CUE | W.TITLE | W.WEAK | W.REGION | W.NATIONALITY | W.PLATFORM | W.SAFE_ACRONYM | W.THEORIST | W.AGE_WORD | W.NUMBER_WORD | W.PERSON_VERB
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'was', 'is', 'are', 'were', 'he', 'she', 'they', 'him', 'her', 'them', 'it', 'we', 'i', 'you', 'me', 'us', 'now', 'then', 'today', 'age', 'aged', 'year', 'years', 'grade', 'class', 'level', 'round', 'week', 'day', 'month', 'session', 'game', 'set', 'page', 'item', 'question', 'step', 'number', 'no', 'yes', 'ok', 'okay', 'also', 'only', 'just', 'again', 'both', 'all', 'each', 'twins', 'siblings', 'kids', 'children', 'boys', 'girls'])

/**
 * A word right before an age is the name of the person whose age it is, whatever the word:
 * "Hope — fourteen — sends me memes", "Precious, 9 yrs, paddleboarding". The word must open a
 * sentence, a line or a list item, or follow a colon ("member: Noble, aged 9"), or be capitalised.
 */
export function findNamesBeforeAges(text: string, tokens: readonly Token[], covered: readonly boolean[]): Finding[] {
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || covered[i] === true || t.base.length < 3 || (t.shape !== 'capitalized' && t.shape !== 'lower')) continue
    const c = text.charCodeAt(t.end)
    // Cheap test first: this runs for every word.
    if (c !== 32 && c !== 44 && c !== 40) continue
    // Only an apposition or an age can follow a name here: most words are followed by another word,
    // and are settled by their next characters before any list is read.
    const apposition = c === 44 && t.shape === 'capitalized' && (t.facts & W.ENGLISH) === 0
    if (!apposition && !markBeforeAge(text, t.end)) continue
    if ((t.facts & NOT_NAMES) !== 0 || FUNCTION_WORDS.has(t.base) || (t.possessive && t.shape === 'lower')) continue
    // "Whitehead, the goalie from Carrick": a capitalised word that is not a plain English word, then a
    // person noun in apposition.
    if (apposition) {
      const noun = APPOSITION.exec(text.slice(t.end, t.end + 32))?.[1]
      if (noun && (wordFacts(noun.toLowerCase()) & W.PERSON_CUE) !== 0) {
        found.push({ start: t.start, end: t.end, kind: 'PERSON' })
        continue
      }
    }
    if (!markBeforeAge(text, t.end)) continue
    const before = text.slice(Math.max(0, t.start - 3), t.start)
    const opens = t.initial || /[:|•·\n]\s*$/.test(before)
    // "reflection: posy, a 31 year old swimmer": an ordinary word opening the clause, then its age in
    // apposition, is a name.
    if (opens && c === 44 && t.shape === 'lower' && !t.possessive && AGE_APPOSITION.test(text.slice(t.end, t.end + 32))) {
      found.push({ start: t.start, end: t.end, kind: 'PERSON' })
      continue
    }
    const age = AGE_NEXT.exec(text.slice(t.end, t.end + 28))?.[0]
    if (!age) continue
    // Lower-case words only where a name stands alone; a plural is a group ("U14 girls, 15"). An English
    // word opening a clause is a name when its age says "years old" ("…on the 1st: marvellous, 18 years old").
    if (t.shape === 'lower' && (!opens || ((t.facts & W.ENGLISH) !== 0 && (t.facts & W.GIVEN) === 0 && !/\b(?:years?|yrs?) old\b/i.test(age)))) continue
    // "Student-athlete, 17,": a compound of a person word is a description.
    if (t.base.includes('-') && t.base.split('-').some((part) => (wordFacts(part) & (W.ROLE | W.PERSON_CUE)) !== 0)) continue
    if (!opens && (t.facts & W.ENGLISH) !== 0 && !/,\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && !/\b(?:is|named|name['’]s|called)\s+$/i.test(text.slice(Math.max(0, t.start - 10), t.start))) continue
    // "Evens, 13 ans": a capitalised word off the everyday list may end in "s" and still be a name.
    // ("marvellous, 18 years old" ends in "s" without being a plural.)
    if (/[^sui]s$/.test(t.base) && !/ous$/.test(t.base) && (t.facts & W.GIVEN) === 0 && (t.shape !== 'capitalized' || (t.facts & W.LISTED) !== 0)) continue
    found.push({ start: t.start, end: t.end, kind: 'PERSON' })
  }
  return found
}

// "august (they/them) is 13", "Thu (presenter) brought a case": a bracket only a person takes
// makes the word before it a name, even a month, a weekday or an ordinary word.
const PERSON_BRACKET = /^\s*\((?:(?:she|he|they|ze|xe|ey|fae|elle|il|iel)\/(?:her|him|them|hers|his|theirs|zir|hir|xem|em|faer|elle|lui|iel)|presenter|presenting|chair|facilitator|facilitating|note-?taker|new member)\)/iu

// "dad (prince) wants NBA", "her coach (Bex)": one word in brackets after a person noun is that
// person's name, unless it describes them ("dad (deceased)", "mum (step)").
const DESCRIBING = new Set(['step', 'bio', 'biological', 'adoptive', 'foster', 'former', 'ex', 'now', 'also', 'again', 'too', 'both', 'maybe', 'sometimes', 'absent', 'estranged', 'retired', 'assistant', 'head', 'new', 'old', 'current', 'interim', 'volunteer', 'paid', 'unpaid', 'single', 'widowed', 'remarried', 'sober', 'sick', 'ill', 'away', 'abroad', 'overseas', 'local', 'primary', 'main', 'other', 'same', 'mostly', 'usually', 'only', 'not', 'there', 'here', 'present', 'silent', 'quiet', 'supportive', 'involved', 'uninvolved', 'strict', 'anxious', 'worried', 'pushy', 'angry', 'late', 'early', 'shared', 'joint', 'full', 'part', 'ret', 'jr', 'sr'])

function nameInBrackets(text: string, tokens: readonly Token[], covered: readonly boolean[], at: number): Finding | null {
  const inside = /^\(([\p{L}'’-]{3,20})\)/u.exec(text.slice(at, at + 24))
  const word = inside?.[1]
  // The word before the bracket is looked up as text first: most brackets follow no person noun.
  const cue = word ? /([\p{L}]+)\s?$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1] : undefined
  if (!word || !cue || (wordFacts(cue.toLowerCase()) & (W.PERSON_CUE | W.TITLE)) === 0) return null
  const t = tokens.find((u) => u.start === at + 1)
  if (!t || covered[t.index] === true || t.text !== word || /(?:ed|ing|ly|ish|ive|ous|ful)$/.test(t.base) || DESCRIBING.has(t.base) || FUNCTION_WORDS.has(t.base)) return null
  // An everyday word describes ("Presenter (bilingual)"); a name on the lists or off the dictionary names,
  // and so does a word whose bracket is followed by what a person does ("his uncle (dove) wants").
  if ((t.facts & (W.ENGLISH | W.GIVEN)) === W.ENGLISH && (ADJECTIVE_ENDING.test(t.base) || !doesAfterBracket(text, t.end + 1))) return null
  if ((t.facts & (W.ROLE | W.PERSON_CUE | W.TITLE | W.NUMBER_WORD | W.AGE_WORD | W.REGION | W.NATIONALITY | W.PLATFORM | W.SAFE_ACRONYM)) !== 0) return null
  return { start: t.start, end: t.end, kind: 'PERSON' }
}

// "Presenter (bilingual) does…": an adjective still describes.
const ADJECTIVE_ENDING = /(?:al|ic|ar|ary|able|ible|less|ent|ant|y)$/

/** "(dove) wants him to go D1": a verb a person does right after the closing bracket. */
function doesAfterBracket(text: string, at: number): boolean {
  const verb = /^ ([a-z]+)\b/.exec(text.slice(at, at + 16))?.[1]
  return !!verb && verb !== 'is' && verb !== 'was' && verb !== 'has' && verb !== 'had' && (wordFacts(verb) & W.PERSON_VERB) !== 0
}

export function findNamesBeforePersonBrackets(text: string, tokens: readonly Token[], covered: readonly boolean[]): Finding[] {
  const found: Finding[] = []
  // Only the brackets are looked at: most notes have none, and few brackets hold a pronoun or a role.
  for (let at = text.indexOf('('); at > 0; at = text.indexOf('(', at + 1)) {
    const named = nameInBrackets(text, tokens, covered, at)
    if (named) found.push(named)
    const gap = text.charCodeAt(at - 1) === 32 ? 1 : 0
    if (!PERSON_BRACKET.test(text.slice(at - gap, at + 24))) continue
    const t = tokens.find((u) => u.end === at - gap)
    // "RP (chair)": initials too, two or three capitals.
    const initials = t?.shape === 'upper' && t.text.length <= 3
    if (!t || covered[t.index] === true || t.base.length < 2 || (t.shape !== 'capitalized' && t.shape !== 'lower' && !initials)) continue
    if ((t.facts & (W.ROLE | W.PERSON_CUE | W.TITLE)) !== 0 || FUNCTION_WORDS.has(t.base)) continue
    found.push({ start: t.start, end: t.end, kind: 'PERSON' })
  }
  return found
}
