import type { Finding, IdentifierKind } from '../types'
import { nth, type Token } from '../text/tokenize'
import { PLACE_PHRASES, SAFE_PHRASES } from '../lexicon/lookup'
import { W, wordFacts } from '../lexicon/wordFacts'
import { CUE } from '../lexicon/readerCues'
import { spaceGap } from '../text/spaceGap'
import { hasDash, isAmpersandGap, splitDashes } from '../text/chars'
import { usedAsTheorist } from './theoristContext'

/**
 * How a capitalised word takes part in a name:
 * - strong: an identifier on its own (an unknown capitalised word, a known name or place);
 * - plain: an ordinary word written with a capital mid-sentence ("Valley"): one alone needs a cue;
 * - weak: joins a name beside it but is never one alone ("Centre", "Psychology", "Ontario");
 * - opener: an ordinary word at the start of a sentence, part of a name only if one follows;
 * - ambiguous: a name that is also a word ("Hope", "Will") at the start of a sentence;
 * - title: "Dr.", "Coach"; level: "U18", "AAA" after a team; connector: "of", "de".
 */
type Role = 'none' | 'strong' | 'plain' | 'weak' | 'opener' | 'ambiguous' | 'title' | 'level' | 'connector' | 'acronym' | 'teamNumber'
interface Mark {
  role: Role
  kind: IdentifierKind
}

// Marks are shared, never changed in place: one object per role and kind, not one per word.
const MARKS: Partial<Record<Role, Partial<Record<IdentifierKind, Mark>>>> = {}
function mark(role: Role, kind: IdentifierKind): Mark {
  const byKind = (MARKS[role] ??= {})
  return (byKind[kind] ??= Object.freeze({ role, kind }))
}
const NONE: Mark = mark('none', 'PERSON')
// The marks the classifier hands out most, made once: mark() reads two tables per call.
const M_ACRONYM_ORGANIZATION = mark('acronym', 'ORGANIZATION')
const M_AMBIGUOUS_PERSON = mark('ambiguous', 'PERSON')
const M_CONNECTOR_PERSON = mark('connector', 'PERSON')
const M_LEVEL_ORGANIZATION = mark('level', 'ORGANIZATION')
const M_OPENER_PERSON = mark('opener', 'PERSON')
const M_PLAIN_LOCATION = mark('plain', 'LOCATION')
const M_PLAIN_PERSON = mark('plain', 'PERSON')
const M_STRONG_LOCATION = mark('strong', 'LOCATION')
const M_STRONG_ORGANIZATION = mark('strong', 'ORGANIZATION')
const M_STRONG_PERSON = mark('strong', 'PERSON')
const M_TEAM_NUMBER_ORGANIZATION = mark('teamNumber', 'ORGANIZATION')
const M_TITLE_PERSON = mark('title', 'PERSON')
const M_WEAK_LOCATION = mark('weak', 'LOCATION')
const M_WEAK_ORGANIZATION = mark('weak', 'ORGANIZATION')
const M_WEAK_PERSON = mark('weak', 'PERSON')
const M_OPENER_LOCATION = mark('opener', 'LOCATION')

/** The strong mark of a kind, without mark()'s reads by name (the kinds vary, and those reads turned generic). */
function strong(kind: IdentifierKind): Mark {
  if (kind === 'PERSON') return M_STRONG_PERSON
  if (kind === 'LOCATION') return M_STRONG_LOCATION
  if (kind === 'ORGANIZATION') return M_STRONG_ORGANIZATION
  return mark('strong', kind)
}
const JOIN_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'dr', 'mr', 'mrs', 'ms', 'mx', 'jr', 'sr', 'prof', 'rev', 'fr', 'sgt', 'capt', 'mme', 'mlle'])
const HOLIDAY_STREETS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'crescent', 'terrace', 'place', 'way', 'close', 'grove', 'gardens', 'park', 'square', 'court', 'boulevard', 'row', 'hill'])
const MONTH_NAMES_AS_NAMES = new Set(['may', 'june', 'april', 'august', 'january'])
// "U16", "14U" (the American order), "AAA": an age group or level after a team's name.
const LEVEL = /^(?:u\d{1,2}s?|\d{1,2}u|aaa|aa|a|b|ii|iii)$/i
// Sentence openers that are never the first half of a name ("After Jess left", "When Noor…").
const FUNCTION_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'after', 'before', 'when', 'while', 'if', 'since', 'because', 'but', 'and', 'or', 'so', 'then', 'also', 'both', 'with', 'without', 'for', 'from', 'to', 'at', 'in', 'on', 'by', 'of', 'as', 'per', 'our', 'my', 'his', 'her', 'their', 'its', 'your', 'we', 'i', 'he', 'she', 'they', 'it', 'you', 'met', 'asked', 'told', 'saw', 'called', 'texted', 'emailed', 'thanks', 'thank', 'ask', 'tell', 'remind', 'invite', 'update', 'note', 'notes', 'case', 'today', 'yesterday', 'tomorrow', 'later', 'next', 'last', 'during', 'until', 'unless', 'although', 'though', 'whether', 'where', 'why', 'how', 'what', 'who', 'which', 'once', 'even', 'only', 'just', 'still', 'maybe', 'perhaps', 'please', 'welcome', 'congrats', 'congratulations', 'dear', 'hi', 'hello', 'hey'])
const OBJECT_VERBS = new Set(['see', 'sees', 'helping', 'met', 'meet', 'meeting', 'reassure', 'reassured', 'reassuring', 'told', 'tell', 'asked', 'ask', 'texted', 'emailed', 'saw', 'seeing', 'invited', 'referred', 'thanked', 'thank', 'supported', 'helped', 'coached', 'mentored', 'supervised', 'welcomed', 'congratulated', 'introduced', 'visited', 'hosted', 'reminded', 'encouraged', 'praised', 'benched', 'cut', 'dropped', 'selected', 'called'])
// "Chance says", "Sunday wore": verbs of speech and dress that, right after an ordinary word opening a
// sentence, make it someone's name. Not "feels" or "wants" ("Training felt flat").
const SPEECH_VERBS = new Set(['says', 'said', 'texted', 'texts', 'emailed', 'emails', 'told', 'tells', 'asked', 'asks', 'wears', 'wore', 'admits', 'admitted', 'mentioned', 'mentions', 'cried', 'phoned', 'messaged', 'confided', 'insists', 'insisted', 'whispered', 'shouted', 'replied', 'laughed', 'agreed', 'refused', 'refuses'])
// Subjects of those verbs that are not people ("Research says", "Everyone agreed").
const NOT_SPEAKERS = new Set(['research', 'evidence', 'literature', 'science', 'data', 'policy', 'guidance', 'history', 'experience', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'no-one', 'one', 'each', 'all', 'both', 'many', 'most', 'few', 'some', 'others', 'none', 'either', 'neither', 'nothing', 'something', 'this', 'that', 'it', 'who', 'which', 'what', 'another', 'mine', 'yours', 'ours', 'theirs', 'staff', 'management', 'admin', 'reception', 'school', 'family', 'media', 'press', 'google', 'common', 'rumour', 'rumor', 'word'])
// "Frank, can you…": a name called out at the start of a sentence.
const VOCATIVE_AFTER = /^,\s*(?:can|could|would|will|do|did|are|please|pls|thanks|thank|any|have|you|what|how|when|where|sorry|welcome|great|good|nice|congrats)\b/i
const GREETINGS = new Set(['thanks', 'thank', 'hi', 'hey', 'hello', 'dear', 'cheers', 'congrats', 'congratulations', 'welcome', 'morning', 'ta', 'sorry'])
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter'])
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'might', 'must', 'shall', "won't", "can't", 'may'])
// "Self-Determination Theory", "Scanlan's sport enjoyment model": words that name a model after a name.
const MODEL_WORDS = new Set(['model', 'models', 'theory', 'theories', 'hierarchy', 'cycle', 'triad', 'continuum', 'taxonomy', 'hypothesis', 'paradigm', 'inventory', 'framework', 'principle', 'law', 'matrix', 'questionnaire', 'scale', 'research', 'findings'])
// Ages written as words, for "Gene Strong (eleven)".
const AGE_AFTER = /^\s*[(,]\s*(?:(?:my|age|aged)\s+)?(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?:[-\s]?(?:yo|y\/o|yrs?|years?|[a-z]+))?\s*[),]|^\s*[(,]\s*(?:aged|age)\b/i
const BULLETS = new Set(['•', '*', '·', '-'])
const WORD_PREFIXES = new Set(['pre', 'post', 'non', 'co', 'self', 'mid', 're', 'anti', 'multi', 'semi', 'sub', 'inter', 'over', 'under', 'e', 'x'])
const INSTITUTIONS = new Set(['state', 'university', 'college', 'tech', 'polytechnic', 'institute', 'universite', 'cegep'])
// French names keep lower-case words inside: "Club de natation Mégophias", "Conseil des écoles catholiques du Centre-Est".
const FRENCH_HEADS = new Set(['club', 'conseil', 'college', 'ecole', 'cegep', 'centre', 'association', 'federation', 'universite', 'hopital', 'polyvalente', 'arena', 'complexe', 'commission', 'academie', 'institut', 'regroupement', 'societe', 'comite', 'parc', 'stade', 'piscine', 'clinique', 'maison'])
const FRENCH_LINKS = new Set(['de', 'des', 'du', "d'", 'la', 'le', "l'", 'a', 'aux', 'au', 'et'])
// Words that reach a place ("in", "from", "near") and the last words of a place named after the land.
const REACH_PLACE = new Set(['in', 'from', 'to', 'near', 'at', 'on', 'around', 'outside'])
const GEO_ENDS = new Set(['valley', 'bay', 'lake', 'river', 'falls', 'hill', 'hills', 'creek', 'springs', 'beach', 'island', 'harbour', 'harbor', 'point', 'ridge', 'woods', 'forest', 'glen', 'meadows', 'mountain', 'heights', 'county', 'township', 'borough', 'parish', 'village', 'villages', 'side', 'end', 'cove', 'landing', 'crossing', 'junction', 'corners', 'mills', 'flats', 'plains', 'prairie'])
const ELIDED_NAME = /^[dDlL]['’]\p{Lu}\p{Ll}/u
const WORK_VERBS = new Set(['works', 'worked', 'working', 'delivers', 'delivered', 'delivering', 'drives', 'drove', 'driving', 'volunteers', 'volunteered', 'cleans', 'cashiers', 'stocks', 'waitresses', 'waits', 'serves', 'employed', 'interns', 'apprentices'])
// Techniques, moves and injuries named after someone ("the Cruyff turn", "Tommy John surgery").
const EPONYM_NOUNS = new Set(['turn', 'flop', 'spin', 'penalty', 'kick', 'surgery', 'syndrome', 'disease', 'manoeuvre', 'maneuver', 'technique', 'method', 'effect', 'test', 'shuffle', 'jump', 'lift', 'grip', 'hold', 'throw', 'stance', 'drill', 'protocol', 'scale', 'tasks', 'stages'])
const VENUE_WORDS = new Set(['clinic', 'arena', 'centre', 'center', 'complex', 'stadium', 'pool', 'rink', 'gym', 'oval', 'field', 'park', 'hall', 'dome', 'fieldhouse', 'pavilion', 'sportsplex'])
const WITH_VERBS = new Set(['signed', 'trains', 'trained', 'training', 'plays', 'played', 'playing', 'skates', 'skated', 'rows', 'rowed', 'swims', 'competes', 'competed', 'practises', 'practices', 'registered', 'joined'])
const FRENCH_STREETS = new Set(['rue', 'boulevard', 'boul', 'chemin', 'avenue', 'rang', 'montee', 'route', 'allee', 'cote', 'impasse', 'croissant', 'promenade'])
const NOT_INITIALS = new Set(['us', 'uk', 'eu', 'un', 'gb', 'ai', 'it', 'hr', 'pe', 'pt', 'ot', 'id', 'ok', 'ei', 'gp', 'np', 'rn', 'md', 'tv', 'pr', 'ig', 'fb', 'fa', 'ea', 'ta', 'ra'])
// After "Present:", "Apologies:", "Emergency contact:" come names, however ordinary the word.
// A list item ends at a comma, "and", a dash, a full stop or the end of the line.
const LIST_ITEM_END = /^(?:\s+[\p{L}'’-]+)?\s*(?:[,;&.–—!+|-]|\band\b|\bor\b|\(|\n|\d|$)/u
const LIST_HEADER = /\b(?:subject|re|fwd|fw|to|name|client|athlete|patient|pt|present|attendees|attending|attended|apologies|absent|regrets|guests|facilitator|facilitated by|presenter|presenting|host|hosted by|chair|scribe|timekeeper|note-taker|contact|emergency contact|mentor|mentee|supervisor|supervisee|parents?|siblings?|teammates?|coaches?|cc)(?:\s+(?:listed|names?|today|tonight))?\s*$/i
const LIST_SO_FAR = /^\s*(?:[\p{L}'’.-]+(?:\s[\p{L}'’.-]+)?\s*(?:,|&|and)\s*)*$/u

/**
 * Whether the word at `start`..`end` is an item of a list of names: "Present: Jess, Mark, Priya",
 * "Emergency contact listed: Rose, 613…". Looks back at most 80 characters for the colon.
 */
export function inNameList(text: string, start: number, end: number): boolean {
  let colon = -1
  for (let i = start - 1; i >= 0 && i >= start - 80; i--) {
    if (text.charCodeAt(i) === 58) {
      colon = i
      break
    }
  }
  if (colon < 0 || !LIST_ITEM_END.test(text.slice(end, end + 24))) return false
  // "a reminder from the chair: roles, never names": what the chair said, not who chaired.
  if (/\bthe\s+(?:chair|host|presenter|facilitator)\s*$/i.test(text.slice(Math.max(0, colon - 20), colon))) return false
  return LIST_HEADER.test(text.slice(Math.max(0, colon - 30), colon)) && LIST_SO_FAR.test(text.slice(colon + 1, start))
}
const INITIALS_VERBS = new Set(['said', 'says', 'texted', 'asked', 'told', 'mentioned', 'shared', 'wants', 'thinks', 'feels', 'reported', 'noticed', 'called', 'emailed', 'admitted', 'explained', 'is', 'was', 'has', 'had'])
// "goes by 'Bear'", "known as Tink": a nickname after these is a name whatever the word.
const NICKNAME_WORDS = new Set(['by', 'as', 'nicknamed', 'called', 'him', 'her', 'them', 'to'])
const NICKNAME_CUE = /\b(?:goes by|known as|nicknamed|called|calls (?:him|her|them)|answers to)\s*["“'‘]?$/i

const has = (t: Token | undefined, bit: number) => !!t && (t.facts & bit) !== 0
const hasFolded = (t: Token | undefined, bit: number) => !!t && (t.foldedFacts & bit) !== 0
const isCapital = (t: Token | undefined) => !!t && (t.shape === 'capitalized' || t.shape === 'upper')

const isArticle = (folded: string) => folded === 'the' || folded === 'a' || folded === 'an'

function placeKind(t: Token): IdentifierKind {
  return has(t, W.PLACE) ? 'LOCATION' : 'PERSON'
}

export class ProperNounReader {
  private readonly marks: Mark[]
  private readonly hasColon: boolean

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    masked: readonly boolean[]
  ) {
    this.hasColon = text.includes(':')
    this.marks = tokens.map((t) => (masked[t.index] === true ? NONE : this.classify(t)))
    this.markPhrases()
    this.markEponyms()
    // Again if something changed, so a name found by one cue can vouch for its neighbour ("Jess and Mark").
    if (this.promote()) this.promote()
  }

  /** The runs of capitalised words that are identifiers, with their kinds. */
  findings(): Finding[] {
    return this.runs()
  }

  /** Words of one name sit one space apart; "St. John's" also joins across the full stop. */
  private joins(a: Token | undefined, b: Token | undefined): boolean {
    if (!a || !b) return false
    if (spaceGap(this.text, a.end, b.start)) return true
    return a.dotAfter && b.start - a.end === 2 && this.text.charCodeAt(a.end + 1) === 32 && (JOIN_ABBREVIATIONS.has(a.folded) || (a.text.length === 1 && a.shape === 'capitalized'))
  }

  private classify(t: Token): Mark {
    const next = this.tokens[t.index + 1]
    const b = t.base
    if (t.shape === 'number') return /^\d{2,3}$/.test(b) && t.possessive ? M_TEAM_NUMBER_ORGANIZATION : NONE
    if (t.shape === 'alnum') return LEVEL.test(b) ? M_LEVEL_ORGANIZATION : NONE
    // "uOttawa": a university written in mixed case.
    if (t.shape === 'mixed' && has(t, W.INSTITUTION_ACRONYM)) return M_STRONG_LOCATION
    // "Voltigeurs d'Aumond", "Marie-Ève d'Amours": an elided French particle written onto the name joins
    // the capitalised name before it (never a name alone).
    if (t.shape === 'mixed' && ELIDED_NAME.test(t.text)) return M_WEAK_PERSON
    if (t.shape === 'lower' || t.shape === 'mixed') {
      if (isCapital(next) && FRENCH_STREETS.has(t.folded) && this.joins(t, next)) return M_WEAK_LOCATION
      return (t.cues & CUE.NAME_CONNECTOR) !== 0 ? M_CONNECTOR_PERSON : NONE
    }
    if (t.shape === 'upper') {
      if (has(t, W.INSTITUTION_ACRONYM)) return M_STRONG_LOCATION
      // "KB said", "JD texted": two capitals doing what people do are someone's initials.
      const prevWord = nth(this.tokens, t.index - 1)
      if (b.length === 2 && !NOT_INITIALS.has(b) && prevWord?.folded !== 'the' && this.joins(t, next) && INITIALS_VERBS.has(next?.folded ?? '')) return M_STRONG_PERSON
      if (LEVEL.test(b)) return M_LEVEL_ORGANIZATION
      if (b.length < 2 || has(t, W.REGION)) return NONE
      // "CPA Chicoutimi" (a skating club): a known abbreviation joins a name beside it.
      if (has(t, W.SAFE_ACRONYM) || (t.text.endsWith('s') && (wordFacts(b.slice(0, -1)) & W.SAFE_ACRONYM) !== 0)) return M_WEAK_ORGANIZATION
      return M_ACRONYM_ORGANIZATION
    }
    // Capitalised from here on. "B. Hunt": an initial with a full stop before a capitalised word.
    if (t.text.length === 1 && t.dotAfter && isCapital(next) && next && next.start - t.end === 2) return M_TITLE_PERSON
    if (has(t, W.TITLE) && !t.possessive && (t.dotAfter || isCapital(next)) && (b !== 'coach' || isCapital(next))) return M_TITLE_PERSON
    if (t.text.length === 1) return NONE
    // "Easter Road", "May Street", "Victoria Park": a holiday, month or day naming a street.
    if (has(t, W.MONTH_OR_DAY | W.NATIONALITY) && next && next.shape === 'capitalized' && HOLIDAY_STREETS.has(next.base) && this.joins(t, next)) return M_PLAIN_LOCATION
    if (has(t, W.MONTH_OR_DAY)) {
      const nameLike = (MONTH_NAMES_AS_NAMES.has(b) && hasFolded(next, W.PERSON_VERB) && this.joins(t, next)) || this.nameByContext(t)
      if (nameLike) return M_STRONG_PERSON
      return t.initial ? NONE : M_WEAK_LOCATION
    }
    if (has(t, W.PLATFORM)) return NONE
    // "at Nationals" is an event; "Rockland Nationals" is a team.
    if (hasFolded(t, W.NOT_TEAM_PLURAL)) return t.initial ? NONE : M_WEAK_ORGANIZATION
    // "Notre Dame Catholic High School", "Canadian Tire": joins a name, never one alone.
    if (has(t, W.NATIONALITY)) return t.initial ? NONE : M_WEAK_LOCATION
    if (has(t, W.REGION)) return M_WEAK_LOCATION
    if (has(t, W.THEORIST) || (has(t, W.THEORIST_IN_CONTEXT) && usedAsTheorist(this.text, this.tokens, t.index))) return this.afterPersonCue(t) ? M_STRONG_PERSON : NONE
    if (hasDash(t.text)) return this.classifyCompound(t)
    // "Carol Dweck", "Martin Seligman": a theorist's first name; "Paris Olympics": an event, not a place.
    if (next && this.joins(t, next) && ((has(next, W.THEORIST) && !this.unknownBeforeTheorist(t, next)) || (has(next, W.THEORIST_IN_CONTEXT) && usedAsTheorist(this.text, this.tokens, next.index)) || (has(next, W.PLATFORM) && /^(?:olympics|olympic|paralympics|games)$/.test(next.folded)))) return NONE
    // "Dweck and Yeager", "Hardy, Jones and Gould": a name listed with theorists is one too.
    if (this.besideTheorist(t.index)) return NONE
    if (has(t, W.ROLE)) return NONE
    // "Scanlan's sport enjoyment model": a possessive name before the name of a model is its author.
    if (t.possessive && !has(t, W.GIVEN) && this.modelAfter(t.index)) return NONE
    // "athlete Ridge", "her sister Forest": after a person word even an ordinary word is a name.
    if (!t.initial && this.afterPersonCue(t) && !has(t, W.MONTH_OR_DAY | W.REGION | W.NATIONALITY)) return M_STRONG_PERSON
    const named = has(t, W.GIVEN | W.FAMILY)
    const place = has(t, W.PLACE)
    // At the start of a sentence two words run together ("Lowercase", "Teammates") are still words.
    const english = has(t, W.ENGLISH) || ((t.initial || t.bracketed) && has(t, W.COMPOUND) && !has(t, W.PLACE | W.GIVEN | W.FAMILY))
    const weak = has(t, W.WEAK)
    if (t.initial || t.bracketed) {
      // "Miles logged…": a name that is also a plain English word (inflected) waits for a sign.
      if (named && !has(t, W.LISTED | W.ENGLISH)) return M_STRONG_PERSON
      if (!english) return strong(placeKind(t))
      return named ? M_AMBIGUOUS_PERSON : (place ? M_OPENER_LOCATION : M_OPENER_PERSON)
    }
    if (weak && !named) return M_WEAK_PERSON
    if (named) return M_STRONG_PERSON
    if (place) return M_STRONG_LOCATION
    return english ? M_PLAIN_PERSON : M_STRONG_PERSON
  }

  /**
   * "for Phineas Jowett": a first name no list knows, before a theorist's surname that the note does
   * not cite as a theorist, is someone else's name ("Carol Dweck", "Dweck's mindset" stay).
   */
  private unknownBeforeTheorist(t: Token, theorist: Token): boolean {
    return !t.possessive && (t.facts & (W.GIVEN | W.FAMILY | W.ENGLISH_LOOSE | W.PLACE | W.THEORIST | W.THEORIST_IN_CONTEXT | W.REGION | W.NATIONALITY)) === 0 && !usedAsTheorist(this.text, this.tokens, theorist.index)
  }

  private besideTheorist(i: number): boolean {
    // Checked without allocating: this runs for every capitalised word.
    const tk = this.tokens
    const near = ((nth(tk, i - 1)?.facts ?? 0) | (nth(tk, i - 2)?.facts ?? 0) | (tk[i + 1]?.facts ?? 0) | (tk[i + 2]?.facts ?? 0)) & W.THEORIST
    if (near === 0) return false
    const isTheorist = (k: number) => {
      const w = nth(this.tokens, k)
      return !!w && (w.facts & (W.THEORIST | W.THEORIST_IN_CONTEXT)) !== 0 && w.shape === 'capitalized'
    }
    const linkedTo = (k: number, j: number) => {
      const a = this.tokens[Math.min(k, j)]
      const b = this.tokens[Math.max(k, j)]
      if (!a || !b) return false
      return /^\s*(?:,|&|and|,\s*and)\s*$/.test(this.text.slice(a.end, b.start))
    }
    for (const k of [i - 1, i - 2, i + 1, i + 2]) {
      if (isTheorist(k) && (this.tokens[k]?.facts ?? 0) & W.THEORIST && linkedTo(i, k)) return true
    }
    return false
  }

  /** "Price-Lloyd", "Saint-Raymond", "Trois-Rivières" are names; "Rose-tinted", "Self-talk" are words. */
  private classifyCompound(t: Token): Mark {
    const parts = splitDashes(t.text).filter(Boolean)
    const capitalParts = parts.filter((p) => /^\p{Lu}/u.test(p))
    const folded = splitDashes(t.base)
    if (has(t, W.THEORIST)) return NONE
    if (capitalParts.length >= 2) {
      const safe = folded.every((p, i) => !/^\p{Lu}/u.test(parts[i] ?? '') || (wordFacts(p) & (W.THEORIST | W.THEORIST_IN_CONTEXT | W.NATIONALITY | W.REGION)) !== 0)
      if (safe) return NONE
      // "Self-Determination Theory", "Broaden-And-Build": capitalised English words in a model's name.
      if (folded.every((p) => (wordFacts(p) & W.ENGLISH) !== 0 && (wordFacts(p) & (W.GIVEN | W.FAMILY | W.PLACE)) === 0)) return M_PLAIN_PERSON
      const kind: IdentifierKind = has(t, W.PLACE) || /^(?:saint|sainte|st|ste|trois|mont|val|notre|baie|riviere|pointe|lac|port|fort)$/.test(folded[0] ?? '') ? 'LOCATION' : 'PERSON'
      return strong(kind)
    }
    if (has(t, W.PLACE)) return M_STRONG_LOCATION
    // "GDPR-compliant", "Canadian-born", "Csikszentmihalyi-style": a safe first part makes a safe word.
    const head = folded[0] ?? ''
    const headFacts = wordFacts(head)
    if ((headFacts & (W.SAFE_ACRONYM | W.NATIONALITY | W.REGION | W.PLATFORM | W.THEORIST | W.NOT_TEAM_PLURAL)) !== 0) return NONE
    // "Rose-tinted", "Self-talk", "Pre-game": one capital, at the start of a sentence, is a word when
    // its first part is one ("Ji-woo" is a name).
    if (t.initial || t.bracketed) return (headFacts & W.ENGLISH) !== 0 || WORD_PREFIXES.has(head) ? M_OPENER_PERSON : M_STRONG_PERSON
    return (headFacts & W.ENGLISH) !== 0 ? M_PLAIN_PERSON : M_STRONG_PERSON
  }

  /**
   * "The Cruyff turn", "the Stroebe and Schut dual process model", "Tommy John surgery", "Rowan's Law":
   * names opening a sentence or after "the", then (a few lower-case words and) a technique, an injury,
   * a model or a law, name the thing, not a person in the note.
   */
  private markEponyms(): void {
    const tokens = this.tokens
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (!t || !isCapital(t) || t.shape === 'upper') continue
      const prev = nth(tokens, i - 1)
      if (!t.initial && !(prev && isArticle(prev.folded) && this.joins(prev, t))) continue
      // "at the Headingley surgery": a place reached by a place word is the place.
      if (!t.initial && REACH_PLACE.has(nth(tokens, i - 2)?.folded ?? '')) continue
      // The names: capitalised words, "and" or "&" between them.
      let k = i
      const names = [i]
      while (k + 1 < tokens.length && this.joins(tokens[k], tokens[k + 1])) {
        const n = tokens[k + 1]
        if (n && isCapital(n) && !tokens[k]?.possessive) names.push(++k)
        else if (n && (n.folded === 'and' || n.text === '&') && isCapital(tokens[k + 2]) && this.joins(n, tokens[k + 2])) {
          names.push(k + 2)
          k += 2
        } else break
      }
      const last = tokens[k]
      // "Rowan's Law": a possessive before a capitalised Law.
      if (last?.possessive && tokens[k + 1]?.text === 'Law' && this.joins(last, tokens[k + 1])) {
        for (const n of names) this.marks[n] = NONE
        continue
      }
      let j = k + 1
      for (let lower = 0; lower < 3 && tokens[j]?.shape === 'lower' && !EPONYM_NOUNS.has(tokens[j]?.folded ?? '') && !MODEL_WORDS.has(tokens[j]?.folded ?? '') && this.joins(tokens[j - 1], tokens[j]); lower++) j++
      const noun = tokens[j]
      if (!noun || noun.shape !== 'lower' || !this.joins(tokens[j - 1], noun) || !(EPONYM_NOUNS.has(noun.folded) || MODEL_WORDS.has(noun.folded))) continue
      // Only directly before a technique or injury; a model may come a few words later.
      if (j > k + 1 && !MODEL_WORDS.has(noun.folded)) continue
      for (const n of names) this.marks[n] = NONE
      i = k
    }
  }

  /** Multi-word places ("Thunder Bay", "St. John's") and multi-word safe names ("Nova Scotia"). */
  private markPhrases(): void {
    const tokens = this.tokens
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (!t || !isCapital(t) || (t.foldedFacts & W.PHRASE_START) === 0) continue
      for (const [index, kind] of [[SAFE_PHRASES, null], [PLACE_PHRASES, 'LOCATION']] as const) {
        const length = this.phraseAt(i, index)
        if (length === 0) continue
        // "Pan Am Clinic": a safe name (Pan Am Games) before a venue word names the venue.
        const venue = !kind && this.venueAfter(i + length)
        for (let k = i; k < i + length; k++) this.marks[k] = kind ? strong(kind) : venue ? M_PLAIN_LOCATION : NONE
        i += length - 1
        break
      }
    }
  }

  private venueAfter(k: number): boolean {
    const t = this.tokens[k]
    return !!t && t.shape === 'capitalized' && VENUE_WORDS.has(t.folded) && this.joins(nth(this.tokens, k - 1), t)
  }

  private phraseAt(i: number, index: ReadonlyMap<string, readonly string[][]>): number {
    const first = this.tokens[i]
    if (!first) return 0
    for (const words of index.get(first.folded) ?? []) {
      let ok = true
      for (let k = 1; k < words.length && ok; k++) {
        const t = this.tokens[i + k]
        ok = !!t && t.folded === words[k] && this.joins(this.tokens[i + k - 1], t)
      }
      if (ok) return words.length
    }
    return 0
  }

  /** Whether one of the next four words names a model ("Scanlan's sport enjoyment model"). */
  private modelAfter(i: number): boolean {
    for (let k = i + 1; k <= i + 4; k++) {
      const w = this.tokens[k]
      if (!w || !this.joins(nth(this.tokens, k - 1), w)) return false
      if (MODEL_WORDS.has(w.folded)) return true
    }
    return false
  }

  /**
   * Signs around any capitalised word, even a weekday or a plain word, that it is someone's name:
   * "a parent, Sunday, who…" (after a person word, between commas), "Sunday's billet mom" (owning a
   * person), "Frank, can you…" (called out), "Thanks, Brook!" (greeted), "Chance says…" (speaking),
   * "Sunday, 29, golf" (an age after it).
   */
  private nameByContext(t: Token): boolean {
    const prev = nth(this.tokens, t.index - 1)
    const next = this.tokens[t.index + 1]
    const after = this.text.slice(t.end, t.end + 24)
    // The patterns on `after` below start with a comma or a space: one character settles most words.
    const commaAfter = this.text.charCodeAt(t.end) === 44
    if (prev && (has(prev, W.PERSON_CUE) || hasFolded(prev, W.TITLE)) && /^\s*,\s*$/.test(this.text.slice(prev.end, t.start)) && /^\s*,/.test(after)) return true
    if (t.possessive && next && this.joins(t, next) && has(next, W.PERSON_CUE)) return true
    if (t.possessive && next && this.joins(t, next) && /^(?:billet|older|younger|big|little|step)$/.test(next.folded)) return true
    if (t.initial && commaAfter && VOCATIVE_AFTER.test(after)) return true
    // "Thanks, Brook!", "Cheers, Merit" closing a message.
    if (prev && GREETINGS.has(prev.folded) && /^,?\s*$/.test(this.text.slice(prev.end, t.start)) && /^\s*(?:[!,.]|\n|$)/.test(after)) return true
    // "Merit turns 24 in the spring": a birthday is someone's.
    if (t.initial && next?.text === 'turns' && /^\s+turns\s+\d/.test(after)) return true
    if (t.initial && next && this.joins(t, next) && SPEECH_VERBS.has(next.folded) && !NOT_SPEAKERS.has(t.base) && !FUNCTION_OPENERS.has(t.base) && !has(t, W.PERSON_CUE | W.ROLE | W.NUMBER_WORD)) return true
    if (t.initial && commaAfter && /^,\s*\d{1,2}\s*,/.test(after)) return true
    return false
  }

  private afterPersonCue(t: Token): boolean {
    const prev = nth(this.tokens, t.index - 1)
    return !!prev && this.joins(prev, t) && (hasFolded(prev, W.TITLE) || has(prev, W.PERSON_CUE))
  }

  private isStrongPerson(i: number): boolean {
    const m = i >= 0 ? this.marks[i] : undefined
    return !!m && (m.role === 'strong' || m.role === 'title') && m.kind === 'PERSON'
  }

  /** Turns ambiguous, plain and opening words into names when the words around them say so. */
  private promote(): boolean {
    const tokens = this.tokens
    let changed = false
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      const current = this.marks[i]
      if (!t || !current || current.role === 'none' || current.role === 'strong') continue
      if (current.role === 'teamNumber' && nth(tokens, i - 1)?.folded === 'the') this.marks[i] = M_STRONG_ORGANIZATION
      if (current.role === 'acronym') {
        const prev = nth(tokens, i - 1)
        if (prev && !prev.possessive && (hasFolded(prev, W.TITLE) || has(prev, W.PERSON_CUE))) this.marks[i] = M_STRONG_PERSON
        else if (prev && hasFolded(prev, W.PLACE_CUE | W.ORG_CUE) && prev.folded !== 'of' && prev.folded !== 'with') this.marks[i] = M_STRONG_ORGANIZATION
        else if (this.lastInBracket(t)) this.marks[i] = M_STRONG_ORGANIZATION
        continue
      }
      if (current.role === 'weak' && current.kind === 'PERSON') {
        if (this.weakNameEvidence(i)) {
          this.marks[i] = M_STRONG_PERSON
          changed = true
        }
        continue
      }
      if (current.role !== 'ambiguous' && current.role !== 'plain' && current.role !== 'opener') continue
      const evidence = this.evidence(i, current.role)
      if (evidence) {
        this.marks[i] = strong(evidence)
        changed = true
      }
    }
    return changed
  }

  /** "(présentateur, CECCE)", "(sport med, UHN)": an acronym closing a short bracket after a comma is an employer. */
  private lastInBracket(t: Token): boolean {
    if (!/^\s*\)/.test(this.text.slice(t.end, t.end + 2))) return false
    const before = this.text.slice(Math.max(0, t.start - 30), t.start)
    return /\([\p{L}\s'’-]{2,25},\s*$/u.test(before)
  }

  /**
   * A word that usually only joins names ("Forest", "Royal", "Park") is a name itself when it is
   * listed with one ("Forest and Cyprian"), follows "Present:", or stands alone doing what people
   * do mid-sentence ("because Royal has exams").
   */
  private weakNameEvidence(i: number): boolean {
    const t = this.tokens[i]
    const prev = nth(this.tokens, i - 1)
    const next = this.tokens[i + 1]
    if (!t || t.initial) return false
    if ((this.isStrongPerson(i + 2) && this.coordinated(i, i + 2)) || (this.isStrongPerson(i - 2) && this.coordinated(i - 2, i))) return true
    if (this.hasColon && inNameList(this.text, t.start, t.end)) return true
    if (this.nameByContext(t)) return true
    const alone = !isCapital(prev) && prev?.folded !== 'the' && !isCapital(next)
    if (alone && !!prev && this.joins(prev, t) && OBJECT_VERBS.has(prev.folded)) return true
    return alone && this.joins(t, next) && hasFolded(next, W.PERSON_VERB)
  }

  private headsBulletLine(t: Token): boolean {
    let i = t.start - 1
    while (i >= 0 && this.text.charCodeAt(i) === 32) i--
    // charAt: at the note's start i is -1, and text[-1] is a slow lookup of a property named "-1".
    if (!BULLETS.has(this.text.charAt(i)) || !/^\s+[–—-]\s/.test(this.text.slice(t.end, t.end + 4))) return false
    const lineEnd = this.text.indexOf('\n', t.end)
    const end = lineEnd < 0 || lineEnd - t.end > 200 ? Math.min(this.text.length, t.end + 200) : lineEnd
    for (let k = t.index + 1; k < this.tokens.length && (this.tokens[k]?.start ?? end) < end; k++) if (this.marks[k]?.role === 'strong' || this.marks[k]?.role === 'plain') return true
    return false
  }

  /** "Hope and Jess", "Jess & Will": the word at `i` and the one at `j` (two away) are joined by "and". */
  private coordinated(i: number, j: number): boolean {
    const a = this.tokens[Math.min(i, j)]
    const b = this.tokens[Math.max(i, j)]
    const middle = this.tokens[Math.min(i, j) + 1]
    if (!a || !b) return false
    if (middle && middle !== b && (middle.folded === 'and' || middle.folded === 'or')) return spaceGap(this.text, a.end, middle.start) && spaceGap(this.text, middle.end, b.start)
    return b.start - a.end <= 5 && this.text.slice(a.end, b.start).trim() === '&'
  }

  private evidence(i: number, role: Role): IdentifierKind | null {
    const tokens = this.tokens
    const t = tokens[i]
    if (!t) return null
    const prev = nth(tokens, i - 1)
    const next = tokens[i + 1]
    if (this.afterPersonCue(t)) return 'PERSON'
    // "Athlete (Hunter) starts…": a name in brackets after a person word.
    if (t.bracketed && prev && has(prev, W.PERSON_CUE) && /^\s*\($/.test(this.text.slice(prev.end, t.start))) return 'PERSON'
    if (prev && NICKNAME_WORDS.has(prev.folded) && NICKNAME_CUE.test(this.text.slice(Math.max(0, t.start - 20), t.start))) return 'PERSON'
    // "• Harmony – rowing, Marquette Redhawks": the name heading a bulleted line about a team or school.
    if (role !== 'plain' && t.initial && this.headsBulletLine(t)) return 'PERSON'
    if (role !== 'plain' && this.hasColon && inNameList(this.text, t.start, t.end)) return 'PERSON'
    if (this.nameByContext(t)) return 'PERSON'
    const andPerson = (this.isStrongPerson(i + 2) && this.coordinated(i, i + 2)) || (this.isStrongPerson(i + 1) && this.coordinated(i, i + 1))
    const after = this.text.charCodeAt(t.end)
    // An ordinary word opening a sentence is a name only with strong signs: "Summer (16)", "Autumn and Jess".
    if (role === 'opener') return andPerson || (after === 32 && this.text.charCodeAt(t.end + 1) === 40 && /^\s\(\s*(?:\d{1,2}\s*[),]|aged|age\b)/.test(this.text.slice(t.end, t.end + 10))) ? 'PERSON' : null
    const nextJoined = this.joins(t, next)
    const nextMark = next ? this.marks[i + 1] : undefined
    if (role === 'ambiguous' && nextJoined && next && nextMark && nextMark.role === 'strong' && !has(next, W.PLACE)) return 'PERSON'
    // "Miles from Truro texted…": a name-word opening a sentence, from a place.
    if (role === 'ambiguous' && t.initial && !SEASONS.has(t.base) && next?.folded === 'from' && nextJoined && isCapital(tokens[i + 2]) && this.joins(next, tokens[i + 2])) return 'PERSON'
    // "Gene Strong (eleven)": a name and a surname that are both words, with an age after them.
    if (role === 'ambiguous' && nextJoined && next && isCapital(next) && !next.possessive && AGE_AFTER.test(this.text.slice(next.end, next.end + 20))) return 'PERSON'
    if (t.possessive) return role === 'plain' && !has(t, W.GIVEN | W.FAMILY) ? 'ORGANIZATION' : 'PERSON'
    // "Autumn will bring…": a season followed by a modal is the season.
    if (nextJoined && hasFolded(next, W.PERSON_VERB) && !(SEASONS.has(t.base) && MODALS.has(next?.folded ?? ''))) return 'PERSON'
    if (andPerson || ((this.isStrongPerson(i - 2) && this.coordinated(i - 2, i)) || (this.isStrongPerson(i - 1) && this.coordinated(i - 1, i)))) return 'PERSON'
    // "Grace (16)", "Grace, 16,", "Grace, a goalie".
    if (after === 32 || after === 44) {
      const rest = this.text.slice(t.end, t.end + 16)
      if (AGE_AFTER.test(rest)) return 'PERSON'
      if (/^,\s*(?:a|an|our|the|my|his|her|their)\s/.test(rest) && has(tokens[i + 2], W.PERSON_CUE)) return 'PERSON'
    }
    if (role !== 'plain') return null
    // Mid-sentence ordinary words with a capital: a place after "in/from/to", a team after "plays for".
    if (prev && this.joins(prev, t)) {
      if (prev.folded === 'the' && /[^s]s$/.test(t.folded) && !t.possessive && !hasFolded(t, W.NOT_TEAM_PLURAL)) return 'ORGANIZATION'
      // "reassure Major", "met True": a capitalised word right after a verb taking a person.
      if ((OBJECT_VERBS.has(prev.folded) || prev.folded === 'with') && !isCapital(next)) return 'PERSON'
      if (hasFolded(prev, W.PLACE_CUE) && prev.folded !== 'of') return 'LOCATION'
      if (hasFolded(prev, W.ORG_CUE)) return 'ORGANIZATION'
      // "signed with Arsenal", "trains with Capital": "with" only after a sporting verb.
      if (prev.folded === 'with' && WITH_VERBS.has(nth(tokens, i - 2)?.folded ?? '')) return 'ORGANIZATION'
    }
    return null
  }

  private runs(): Finding[] {
    const found: Finding[] = []
    const tokens = this.tokens
    let i = 0
    while (i < tokens.length) {
      const current = this.marks[i]
      if (!current || !this.canStart(current.role)) {
        i++
        continue
      }
      const members: number[] = [i]
      let k = i
      while (k + 1 < tokens.length) {
        const nextMark = this.marks[k + 1]
        if (!nextMark) break
        if (!this.joins(tokens[k], tokens[k + 1])) {
          // "Napanee Physio & Sport Clinic": an ampersand inside a venue or club name.
          const a = tokens[k]
          const b = tokens[k + 1]
          if (a && b && isAmpersandGap(this.text, a.end, b.start) && this.canContinue(nextMark.role) && this.endsInVenue(k + 1)) {
            members.push(k + 1)
            k++
            continue
          }
          break
        }
        const french = this.frenchTail(k)
        if (french > k) {
          for (let j = k + 1; j <= french; j++) members.push(j)
          k = french
          continue
        }
        if (nextMark.role === 'connector') {
          // "University of Ottawa", "Université de Montréal": a connector needs a capital after it.
          const after = this.marks[k + 2]
          if (after && this.canContinue(after.role) && this.joins(tokens[k + 1], tokens[k + 2]) && (tokens[k + 1]?.folded !== 'and' || after.role === 'weak' || this.endsInVenue(k + 2))) {
            members.push(k + 1, k + 2)
            k += 2
            continue
          }
          break
        }
        if (!this.canContinue(nextMark.role) || tokens[k + 1]?.initial) break
        // "Bouchard's SIN": after a possessive only another name word continues ("St. Mary's Saints").
        if (tokens[k]?.possessive && !['strong', 'plain', 'weak'].includes(nextMark.role)) break
        members.push(k + 1)
        k++
      }
      const finding = this.judge(members)
      if (finding) found.push(finding)
      i = k + 1
    }
    return found
  }

  /** After a French head word, the index of the capitalised word its lower-case words lead to (or k). */
  private frenchTail(k: number): number {
    const head = this.tokens[k]
    if (!head || !FRENCH_HEADS.has(head.folded) || !isCapital(head)) return k
    let linked = false
    for (let j = k + 1; j <= k + 5; j++) {
      const t = this.tokens[j]
      if (!t || !this.joins(nth(this.tokens, j - 1), t)) return k
      if (isCapital(t)) {
        const role = this.marks[j]?.role
        return linked && j > k + 1 && (role === 'strong' || role === 'plain' || role === 'weak') ? j : k
      }
      if (t.shape !== 'lower') return k
      linked ||= FRENCH_LINKS.has(t.folded)
    }
    return k
  }

  /** Whether the capitalised words from `k` on end in a venue or club word within four words. */
  private endsInVenue(k: number): boolean {
    for (let j = k; j <= k + 4; j++) {
      const t = this.tokens[j]
      if (!t || !isCapital(t) || (j > k && !this.joins(nth(this.tokens, j - 1), t))) return false
      if (has(t, W.PLACE_SUFFIX | W.ORG_SUFFIX) && j > k) return true
    }
    return false
  }

  private canStart(role: Role): boolean {
    return role !== 'none' && role !== 'connector' && role !== 'level'
  }

  private canContinue(role: Role): boolean {
    return role === 'strong' || role === 'plain' || role === 'weak' || role === 'acronym' || role === 'level' || role === 'teamNumber' || role === 'title'
  }

  /** Whether a run of capitalised words is an identifier, how much of it, and of what kind. */
  private roleOf(k: number): Role {
    return (k >= 0 ? this.marks[k] : undefined)?.role ?? 'none'
  }

  /** `members` is the run's own array (runs() makes one per run), trimmed here in place. */
  private judge(members: number[]): Finding | null {
    let list = members
    // A title only counts with a name after it; an opening word only if a place or team follows.
    while (list.length > 0 && (this.roleOf(list.at(-1) ?? -1) === 'title' || this.roleOf(list.at(-1) ?? -1) === 'connector')) list.pop()
    while (list.length > 0 && this.roleOf(list[0] ?? -1) === 'connector') list.shift()
    if (list.length === 0) return null
    const last = this.tokens[list.at(-1) ?? -1]
    const lastIsSuffix = has(last, W.PLACE_SUFFIX | W.ORG_SUFFIX)
    const firstRole = this.roleOf(list[0] ?? -1)
    if ((firstRole === 'opener' || firstRole === 'ambiguous') && list.length > 1) {
      const first = this.tokens[list[0] ?? -1]
      const rest = list.slice(1)
      const restHasStrong = rest.some((k) => this.roleOf(k) === 'strong')
      const second = this.tokens[rest[0] ?? -1]
      const nameAfter = !!second && this.marks[rest[0] ?? -1]?.kind === 'PERSON' && !has(second, W.GIVEN | W.PLACE) && !FUNCTION_OPENERS.has(first?.folded ?? '')
      const keep = !!first && (has(first, W.PLACE_PREFIX) || lastIsSuffix || !restHasStrong || nameAfter)
      if (!keep) list = rest
    }
    // Counted in one loop, not through arrays of roles: this runs for every capitalised word.
    let strong = false
    let plain = 0
    let acronym = false
    for (const k of list) {
      const role = this.roleOf(k)
      if (role === 'strong' || role === 'teamNumber') strong = true
      else if (role === 'plain') plain++
      else if (role === 'acronym') acronym = true
    }
    const titled = this.roleOf(list[0] ?? -1) === 'title' && list.length > 1
    const first = this.tokens[list[0] ?? -1]
    // "The Happiness Trap", "The Inner Game of Tennis": a title made of ordinary words is not a name.
    if (!strong && !titled && first && isArticle(first.folded)) return null
    // Both need two words or more: most runs are one word, and are spared the look.
    const regionInstitution = list.length >= 2 && this.regionInstitution(list)
    const reached = !strong && !titled && list.length >= 2 && this.reachedPlace(list)
    const employer = !strong && !titled && !reached && plain >= 1 && list.length >= 2 && this.afterWorkVerb(list)
    const flagged = strong || titled || (plain >= 1 && (lastIsSuffix || plain >= 2 || acronym)) || regionInstitution || this.schoolBoard(list) || reached || employer
    if (!flagged) return null
    if (!first || !last) return null
    const kind = this.schoolBoard(list) || employer ? 'ORGANIZATION' : (regionInstitution || reached) && !strong ? 'LOCATION' : this.kindOf(list, titled)
    return { start: first.start, end: last.end, kind }
  }

  /**
   * "in Fort Defiance", "from Sun Valley", "on the Upper East Side": ordinary words that make a place's
   * name, reached by a place word: one opening with a place prefix (Fort, Upper, Port…), or one ending
   * in a word of the land (Valley, Bay, Side, End…). After "the" only the second reads as a place
   * ("in the Grand Final" is not one).
   */
  private reachedPlace(list: readonly number[]): boolean {
    const first = this.tokens[list[0] ?? -1]
    const last = this.tokens[list.at(-1) ?? -1]
    if (!first || !last || first.initial || has(first, W.ROLE) || last.possessive) return false
    const prev = nth(this.tokens, first.index - 1)
    const article = prev?.folded === 'the'
    const cue = article ? nth(this.tokens, first.index - 2) : prev
    if (!cue || !REACH_PLACE.has(cue.folded) || (article && !this.joins(cue, prev)) || !this.joins(article ? prev : cue, first)) return false
    return GEO_ENDS.has(last.folded) || (!article && has(first, W.PLACE_PREFIX))
  }

  /** "delivers for Sports Direct", "works at Home Hardware": capitalised words after a verb of work. */
  private afterWorkVerb(list: readonly number[]): boolean {
    const first = this.tokens[list[0] ?? -1]
    if (!first || first.initial) return false
    const prep = nth(this.tokens, first.index - 1)
    const verb = nth(this.tokens, first.index - 2)
    return !!prep && !!verb && (prep.folded === 'for' || prep.folded === 'at') && WORK_VERBS.has(verb.folded) && this.joins(prep, first) && this.joins(verb, prep)
  }

  /** "Upper Canada District School Board": a board or district of schools, named (README: ORGANIZATION). */
  private schoolBoard(list: readonly number[]): boolean {
    // Asked of every run, most of them one word long: nothing is allocated.
    const n = list.length
    if (n < 3) return false
    const last = this.tokens[list[n - 1] ?? -1]?.folded ?? ''
    return (this.tokens[list[n - 2] ?? -1]?.folded ?? '') === 'school' && (last === 'board' || last === 'district')
  }

  /** "Montana State", "College of Idaho", "University of Manitoba": a university named after a state or province. */
  private regionInstitution(list: readonly number[]): boolean {
    // Read through the indices, not a mapped copy: this runs for every run of two words or more.
    const word = (k: number) => this.tokens[list[k] ?? -1]
    for (let k = 0; k + 1 < list.length; k++) {
      const a = word(k)
      const b = word(k + 1)
      const c = k + 2 < list.length ? word(k + 2) : undefined
      if (has(a, W.REGION) && INSTITUTIONS.has(b?.folded ?? '') && !(b?.folded === 'state' && /^(?:washington|new york)$/.test(a?.folded ?? '') && !this.atInstitution(list))) return true
      if (INSTITUTIONS.has(a?.folded ?? '') && b?.folded === 'of' && has(c, W.REGION) && list.length <= 4) return true
    }
    return false
  }

  /** "rowing at Washington State", "plays for New York State": the state's name is a university's there. */
  private atInstitution(list: readonly number[]): boolean {
    const first = this.tokens[list[0] ?? -1]
    const prev = first ? nth(this.tokens, first.index - 1) : undefined
    return !!prev && (prev.folded === 'at' || prev.folded === 'attends' || prev.folded === 'for') && this.joins(prev, first)
  }

  private kindOf(list: number[], titled: boolean): IdentifierKind {
    if (titled) return 'PERSON'
    // Counted in loops over the run's indices (every index is a word): this runs for every run.
    let count = 0
    let first: Token | undefined
    let last: Token | undefined
    let hinted: Mark | undefined
    let place = false
    let given = false
    for (const k of list) {
      const t = this.tokens[k]
      if (!t) continue
      count++
      first ??= t
      last = t
      place ||= has(t, W.PLACE)
      given ||= has(t, W.GIVEN)
      const m = this.marks[k]
      if (!hinted && m?.role === 'strong') hinted = m
    }
    if (!last) return 'PERSON'
    const lastRole = this.marks[list.at(-1) ?? -1]?.role
    if (lastRole === 'level' || lastRole === 'teamNumber') return 'ORGANIZATION'
    if (count > 1) {
      if (has(last, W.ORG_SUFFIX)) return 'ORGANIZATION'
      if (has(last, W.PLACE_SUFFIX)) return 'LOCATION'
      if (last.folded.endsWith('s') && !last.possessive && !has(last, W.GIVEN | W.FAMILY)) return 'ORGANIZATION'
    }
    // One word: what the word was read as ("Paisley (16)" is a girl, "in Paisley" a town).
    if (count === 1) return hinted?.kind ?? 'PERSON'
    if (FRENCH_STREETS.has(first?.folded ?? '')) return 'LOCATION'
    if (place && !given) return 'LOCATION'
    return hinted?.kind ?? 'PERSON'
  }
}

/** `masked[i]` says the i-th word is already inside an email, a number or a date. */
export function findProperNouns(text: string, tokens: readonly Token[], masked: readonly boolean[]): Finding[] {
  return new ProperNounReader(text, tokens, masked).findings()
}
