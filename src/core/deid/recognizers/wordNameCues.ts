import type { Finding } from '../types'
import type { Token } from '../text/tokenize'
import { W } from '../lexicon/wordFacts'
import { isSpaceAt } from '../text/chars'

// Names that are ordinary words ("oriel", "Glory", "victory", "Aube") are let go by the readers that
// trust the word lists; these are the places where the sentence itself says the word is someone:
// - a speaker's tag in a chat where others' tags are names ("kwadwo: …" then "oriel: …");
// - the owner of an action item ("Action: Glory to send the pathway");
// - the subject of a message sent ("victory texted me a pic");
// - French "X a 14 ans" ("X is 14").

// Words that head a line with a colon without being anyone: labels of minutes, chat and forms.
const LABELS = new Set(['note', 'notes', 'action', 'actions', 'plan', 'update', 'updates', 'q', 'a', 're', 'fyi', 'ps', 'todo', 'date', 'time', 'topic', 'theme', 'themes', 'context', 'question', 'questions', 'summary', 'next', 'agenda', 'reminder', 'edit', 'link', 'ok', 'also', 'btw', 'item', 'items', 'case', 'cases', 'issue', 'goal', 'goals', 'outcome', 'decision', 'decisions', 'follow-up', 'followup', 'check-in', 'checkin', 'check-out', 'reflection', 'reflections', 'sport', 'age', 'school', 'club', 'team', 'status', 'risk', 'concern', 'concerns', 'background', 'request', 'response', 'answer', 'idea', 'ideas', 'tip', 'tips', 'source', 'ref', 'subject', 'title', 'name', 'nom', 'sujet', 'lieu', 'cas', 'suivi', 'objet', 'thème', 'résumé', 'resume', 'prochaine', 'attendees', 'present', 'absent', 'apologies', 'regrets', 'minutes', 'group', 'groupe', 'all', 'everyone', 'tous', 'chat', 'host', 'me', 'you', 'them', 'us', 'lol', 'p.s', 'nb', 'n.b', 'pre', 'post', 'am', 'pm', 'now', 'then', 'later', 'today', 'tonight', 'tomorrow', 'yesterday', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const NOT_NAMES = W.ROLE | W.PERSON_CUE | W.TITLE | W.WEAK | W.MONTH_OR_DAY | W.NUMBER_WORD | W.AGE_WORD | W.PLATFORM | W.SAFE_ACRONYM | W.THEORIST
// Sent messages a person sends; a thing ("the club", "the app") takes an article.
const SENT = new Set(['texted', 'messaged', 'emailed', 'phoned', 'dmd', "dm'd", 'dm’d', 'snapchatted', 'whatsapped', 'facetimed', 'rang'])

const AFTER_CUES = new Set(['to', 'will', 'a', ...SENT])
// Verbs whose subject is a person, not a practice, a feeling or an event ("Training felt flat" is not
// among them: no "felt", "was", "started"). Folded: accents dropped.
const HUMAN_VERBS = new Set(['said', 'says', 'told', 'tells', 'asked', 'asks', 'wants', 'wanted', 'thinks', 'thought', 'admits', 'admitted', 'mentions', 'mentioned', 'explains', 'explained', 'describes', 'described', 'skates', 'skated', 'swims', 'swam', 'trains', 'trained', 'competes', 'competed', 'lives', 'studies', 'studied', 'dances', 'danced', 'disclosed', 'discloses', 'talks', 'talked', 'speaks', 'spoke', 'laughs', 'laughed', 'sleeps', 'slept', 'eats', 'ate', 'quits', 'attends', 'attended', 'hates', 'hated', 'loves', 'loved', 'likes', 'liked', 'worries', 'worried', 'panics', 'panicked', 'cries', 'cried', 'refuses', 'refused', 'dreads', 'dreaded', 'prefers', 'preferred', 'hopes', 'hoped', 'agreed', 'disagreed', 'insists', 'insisted', 'confided', 'confides', 'apologised', 'apologized', 'complains', 'complained', 'shrugged', 'smiled', 'nodded', 'joked', 'whispered', 'yelled', 'shouted', 'screamed', 'sobbed', 'blames', 'blamed', 'begged', 'begs', 'promised', 'promises', 'believes', 'believed', 'knows', 'knew', 'remembers', 'remembered', 'forgot', 'wonders', 'wondered', 'hid', 'hides', 'stopped', 'still', 'now', 'turns', 'turned', 'sees', 'saw', 'felt', 'feels', 'plays', 'played'])
const SAYS_WHO = /^(?: (?:is|was) an? (?:\d{1,2}|eight|eleven|eighteen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|(?:thir|four|fif|six|seven|nine)teen|twelve|ten)(?:[- ]?(?:yrs?|years?)[- ]old|-?yr-old| ?y\/o| ?y\.o\.| ?yo)\b|\s*[(–—-]\s*(?:yes,?\s+)?(?:that['’]?s\s+|it['’]?s\s+)?(?:her|his|their)\s+(?:real|actual)\s+name)/i
const CARERS = new Set(['foster', 'carer', 'caregiver', 'caretaker', 'host', 'billet', 'agent', 'lawyer', 'social', 'case', 'gp', 'nan', 'gran', 'granny', 'papa', 'mama', 'maman', 'pere', 'mere'])
// « Gracieuse ne viendra pas »: a quotation opens a sentence of its own.
const QUOTE_OPENS = /[«“"]\s*$/
const ARTICLE_BEFORE = /\b(?:the|a|an|our|his|her|their|my|your|this|that|its|le|la|les)\s+$/i
// Letters of Vietnamese, Polish, Turkish, Czech, Spanish… names that neither English nor French words have.
const OTHER_LETTERS = /[\u0100-\u024F\u1E00-\u1EFFñãõýø]/u
const FRENCH_DONE = new Set(['manque', 'dit', 'ecrit', 'texte', 'appele', 'pleure', 'refuse', 'quitte', 'abandonne', 'demande', 'raconte', 'parle', 'avoue', 'confie', 'explique', 'annonce', 'decide', 'choisi', 'rate', 'fugue', 'menti', 'crie', 'ri', 'envoye', 'mange', 'dormi', 'participe', 'gagne', 'perdu', 'signe', 'repondu', 'revele', 'mentionne'])
// Who else opens a sentence doing those things without being named ("Most preferred the sigh").
const GROUPS = new Set(['most', 'many', 'some', 'few', 'all', 'none', 'several', 'family', 'everybody', 'nobody', 'somebody', 'plusieurs', 'certains', 'certaines', 'famille', 'tout', 'chacune', 'rien', 'cela', 'ceci', 'aucun', 'aucune', 'nul', 'jamais', 'personne', 'ce', 'on', 'what', 'whose', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'the'])
const FRENCH_HUMAN_VERBS = new Set(['ne', 'dit', 'disait', 'veut', 'voulait', 'joue', 'jouait', 'presente', 'cache', 'cachait', 'mange', 'mangeait', 'dort', 'dormait', 'pense', 'aime', 'adore', 'deteste', 'refuse', 'nage', 'patine', 'ecrit', 'parle', 'pleure', 'travaille', 'habite', 'vit', 'repond', 'raconte', 'explique', 'participe', 'cherche', 'envoie', 'appelle', 'rit', 'skie', 'craint', 'ose', "s'entraine", 'entraine', 'confie', 'avoue', 'souhaite', 'prefere', 'revient', 'quitte'])

const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1
const onlySpaceBefore = (text: string, t: Token) => /^[ \t>*•·-]*(?:\[[^\]\n]{1,12}\]\s*)?$/.test(text.slice(lineStartOf(text, t.start), t.start))

// Who else sends a message or owns an action without being named.
const PRONOUNS = new Set(['she', 'he', 'they', 'we', 'you', 'it', 'who', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'one', 'this', 'that', 'which', 'both', 'each', 'either', 'neither', 'elle', 'elles', 'il', 'ils', 'iel', 'on', 'nous', 'vous', 'qui', 'quelqu’un', "quelqu'un", 'chacun', 'personne'])

/** A pronoun or a group ("she", "most", "personne"): someone other than a named person. */
const someoneElse = (t: Token) => PRONOUNS.has(t.base) || GROUPS.has(t.base)

function mayBeName(t: Token | undefined): t is Token {
  return !!t && !t.possessive && t.base.length >= 3 && (t.shape === 'lower' || t.shape === 'capitalized') && (t.facts & NOT_NAMES) === 0 && !LABELS.has(t.base) && !PRONOUNS.has(t.base) && !/[^s]s$/.test(t.base)
}

/** `covered[i]`: the i-th word is already in a finding. `people[i]`: in a finding of a person. */
export function findWordNamesByCue(text: string, tokens: readonly Token[], covered: readonly boolean[], people: readonly boolean[]): Finding[] {
  const found: Finding[] = []
  for (const t of speakerTags(text, tokens, people)) take(found, covered, t)
  for (const t of namedAlongside(text, tokens, people)) take(found, covered, t)
  // "bích lý", "thảo vy": after a name, a word with letters neither English nor French has is the rest of
  // it, and so is a short word off every list after a name written with them.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    const prev = tokens[i - 1]
    if (!t || !prev || people[i - 1] !== true || people[i] === true || t.start !== prev.end + 1 || text.charCodeAt(prev.end) !== 32 || (t.shape !== prev.shape && t.shape !== 'lower')) continue
    if (OTHER_LETTERS.test(t.text) || (OTHER_LETTERS.test(prev.text) && t.base.length <= 4 && (t.facts & (W.ENGLISH | W.LISTED)) === 0)) take(found, covered, t)
  }
  // "verity winstanley", "Major Gladwell", "June Goodwin": a given name right before a surname the readers
  // found, in the same case, is the first half of that name, even a word or a month.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    if (t && next && people[i + 1] === true && people[i] !== true && t.shape === next.shape && (t.shape === 'lower' || t.shape === 'capitalized') && next.start === t.end + 1 && text.charCodeAt(t.end) === 32 && (t.facts & W.GIVEN) !== 0 && !t.possessive && (t.facts & (W.TITLE | W.ROLE | W.PERSON_CUE)) === 0 && !someoneElse(t) && !LABELS.has(t.base)) take(found, covered, t)
  }
  // "Thu Võ": a capitalised word right before a surname written with them is the given name, even a weekday's.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    if (t && next && people[i + 1] === true && people[i] !== true && t.shape === 'capitalized' && next.shape === 'capitalized' && next.start === t.end + 1 && text.charCodeAt(t.end) === 32 && OTHER_LETTERS.test(next.text) && !t.possessive && (t.facts & (W.TITLE | W.ROLE | W.PERSON_CUE | W.PLACE_CUE | W.ORG_CUE)) === 0 && !someoneElse(t)) take(found, covered, t)
  }
  // The word is that person wherever else it stands in the note ("Monday Eze … (first name Monday)").
  for (const t of namesTalkedAbout(text, tokens)) for (const u of tokens) if (u.text === t.text) take(found, covered, u)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    // "Dove felt the selectors ignored her", "Perle présente une patineuse": a capitalised word opening
    // a sentence, then a verb only people do.
    // Checked from the cheapest test: this runs for every word.
    if (t && next && t.shape === 'capitalized' && covered[i] !== true && next.start === t.end + 1 && (t.french ? FRENCH_HUMAN_VERBS.has(next.folded) : HUMAN_VERBS.has(next.folded)) && text.charCodeAt(t.end) === 32 && (t.initial || QUOTE_OPENS.test(text.slice(Math.max(0, t.start - 3), t.start))) && !GROUPS.has(t.base) && !/['’-]/.test(t.text) && mayBeName(t)) {
      take(found, covered, t)
      continue
    }
    // "temple's guardian called", "June's foster carer rang": whose mum, coach or guardian it is names
    // a person, even a month; "the team's coach" takes an article.
    if (t && next && covered[i] !== true && t.possessive && next.start === t.end + 1 && (t.shape === 'capitalized' || t.shape === 'lower') && t.base.length >= 3 && ((next.facts & W.PERSON_CUE) !== 0 || CARERS.has(next.folded)) && (t.facts & (W.ROLE | W.PERSON_CUE | W.TITLE | W.PLATFORM | W.REGION | W.NATIONALITY | W.PLACE)) === 0 && !someoneElse(t) && !LABELS.has(t.base) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) {
      take(found, covered, t)
      continue
    }
    // "Sylvestre Papillon a été coupé", "Dove Sparrow said": two such words opening a sentence.
    const after = tokens[i + 2]
    if (t && next && after && covered[i] !== true && t.initial && t.shape === 'capitalized' && next.shape === 'capitalized' && !next.possessive && next.start === t.end + 1 && after.start === next.end + 1 && (t.french ? FRENCH_HUMAN_VERBS.has(after.folded) || (after.folded === 'a' && tokens[i + 3]?.folded === 'ete') : HUMAN_VERBS.has(after.folded)) && mayBeName(t) && mayBeName(next) && !GROUPS.has(t.base)) {
      take(found, covered, t)
      take(found, covered, next)
      continue
    }
    // "Memory is a 17-yr-old swimmer", "Hero (yes, her real name) is 12": the sentence says who.
    if (t && next && covered[i] !== true && (t.shape === 'capitalized' || t.shape === 'lower') && (next.folded === 'is' || next.folded === 'was' || next.folded === 'yes' || !isSpaceAt(text, t.end)) && SAYS_WHO.test(text.slice(t.end, t.end + 40)) && (t.initial || onlySpaceBefore(text, t)) && !GROUPS.has(t.base) && mayBeName(t)) {
      take(found, covered, t)
      continue
    }
    // Each cue is a word right after this one, one space on: most words are settled by that word alone.
    if (!t || !next || covered[i] === true || next.start !== t.end + 1 || !AFTER_CUES.has(next.folded) || !mayBeName(t)) continue
    // "Action: Glory to send…", "Actions: Tamsin will book…": who owns the action.
    if ((next.folded === 'to' || next.folded === 'will') && /\b(?:actions?|action items?|to-?do|à faire)\s*[:–-]\s*$/i.test(text.slice(Math.max(0, t.start - 20), t.start))) {
      const verb = tokens[i + 2]
      if (verb && verb.shape === 'lower') take(found, covered, t)
      continue
    }
    // "victory texted me": a bare word opening a clause, then a message sent.
    if (SENT.has(next.folded) && (t.initial || onlySpaceBefore(text, t) || /[,;:]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)))) {
      take(found, covered, t)
      continue
    }
    // "jolie a manqué 3 séances": French "has done", a thing only people do.
    if (t.french && next.folded === 'a' && (t.initial || onlySpaceBefore(text, t) || /[:;]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) && FRENCH_DONE.has(tokens[i + 2]?.folded ?? '') && !GROUPS.has(t.base)) {
      take(found, covered, t)
      continue
    }
    // "Aube a 12 ans", "désiré a 13 ans, joue au baseball": French "is N years old".
    if (t.french && next.folded === 'a' && /^ a \d{1,2} ans\b/.test(text.slice(t.end, t.end + 12)) && (t.initial || onlySpaceBefore(text, t))) take(found, covered, t)
  }
  return found
}

function take(found: Finding[], covered: readonly boolean[], t: Token): void {
  // "dónal's mum": the name without its "'s", as the other readers flag it.
  const end = t.possessive ? t.end - (/['’]s$/.test(t.text) ? 2 : 1) : t.end
  if (covered[t.index] !== true) found.push({ start: t.start, end, kind: 'PERSON' })
}

/**
 * "kwadwo: dont call it yips" … "oriel: routine, breath": in a chat, the words that head lines with a
 * colon are speakers. When one of them is someone's name, so are the others that could be names.
 */
function speakerTags(text: string, tokens: readonly Token[], people: readonly boolean[]): readonly Token[] {
  if (!text.includes(':')) return NO_TOKENS
  const tags: Token[] = []
  let named = false
  for (const t of tokens) {
    if (text.charCodeAt(t.end) !== 58 || !onlySpaceBefore(text, t)) continue
    if (people[t.index] === true) named = true
    else if (mayBeName(t) && t.shape === 'lower') tags.push(t)
  }
  return named ? tags : NO_TOKENS
}

const NO_TOKENS: readonly Token[] = []

// A note that says a word is someone's name ("Honesty is the athlete's actual first name", "(first name
// Monday), not the day", "Rosée c'est son vrai nom", "comet is what the kids call him"): the word is a
// name, whatever else it is, a weekday included.
const TALK = /name\b|\bnom\b|prénom|surnom|appelle|\bcall(?:s|ed)?\b|goes by|not the (?:day|month)/i
// What may follow a word the note talks about as a name: " is …", " c'est …", " (…", ", not the day", " btw".
const TALK_NEXT = new Set(['is', 'c', 'est', "c'est", 'btw', 'not'])
const NAME_AFTER = /^(?:\s+is\s+(?:a|an|the|her|his|their|my|our)\s+(?:[\p{L}'’-]+\s+){0,3}name\b(?!\s+(?:of|for)\b)|\s*\(?\s*c['’]est\s+(?:son\s+(?:vrai\s+)?(?:pré)?nom|comme\s+ça\s+qu['’]on\s+l['’]appelle)|,?\s+(?:btw,?\s+)?not\s+the\s+(?:day|month|weekday)\b|\s+is\s+what\s+[^.\n]{0,40}\bcalls?\b|\s*\([^()\n]{0,50}\b(?:name|surname|nickname|called|goes\s+by|nom|surnom|prénom)\b[^()\n]{0,30}\))/iu
const NAME_BEFORE = /(?:\b(?:first|given|real|middle)\s+name|\bprénom|\bnicknamed|\bgoes\s+by|\bsurnommée?)\s+$/iu
const NOT_NAMED = W.ROLE | W.PERSON_CUE | W.TITLE | W.NUMBER_WORD | W.AGE_WORD

function namesTalkedAbout(text: string, tokens: readonly Token[]): readonly Token[] {
  if (!TALK.test(text)) return NO_TOKENS
  const out: Token[] = []
  for (const t of tokens) {
    if ((t.shape !== 'capitalized' && t.shape !== 'lower') || t.base.length < 2 || (t.facts & NOT_NAMED) !== 0 || someoneElse(t)) continue
    // "btw, not the day", "real name lol": chat words are no one's name; a weekday may be.
    if (LABELS.has(t.base) && (t.facts & W.MONTH_OR_DAY) === 0) continue
    const next = tokens[t.index + 1]
    const c = text.charCodeAt(t.end)
    if ((c === 40 || c === 44 || (isSpaceAt(text, t.end) && (text.charCodeAt(t.end + 1) === 40 || TALK_NEXT.has(next?.folded ?? '')))) && NAME_AFTER.test(text.slice(t.end, t.end + 48))) out.push(t)
    // "(first name Monday)", but not "aucun prénom dans ce compte rendu".
    else if ((t.shape === 'capitalized' || (t.facts & W.LISTED) === 0) && NAME_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) out.push(t)
  }
  return out
}

// "Hunter, Mercedes and Will", "hope & faith are twins", "bear and grant (siblings)": joined to a
// name by "and", "&" or a comma, a word of the same shape that could be a name is one too.
const ALONGSIDE = /^,?\s+(?:and|&|et|\+)\s+$/
const NOT_ALONGSIDE = W.PLACE | W.REGION | W.PERSON_VERB

function namedAlongside(text: string, tokens: readonly Token[], people: readonly boolean[]): readonly Token[] {
  const out: Token[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]
    const b = tokens[i + 1]
    if (!a || !b || people[i] === people[i + 1] || b.start - a.end > 7 || a.shape !== b.shape || a.possessive) continue
    const gap = text.slice(a.end, b.start)
    // A comma joins only in a list of capitalised words that goes on: "Hunter, Mercedes and Will".
    const listed = gap === ', ' && a.shape === 'capitalized' && /^,?\s+(?:and|&|et)\s/.test(text.slice(b.end, b.end + 6))
    if (!listed && !ALONGSIDE.test(gap)) continue
    const other = people[i] === true ? b : a
    if (mayBeName(other) && (other.facts & NOT_ALONGSIDE) === 0 && !/(?:ing|ed|ly)$/.test(other.base)) out.push(other)
  }
  return out
}
