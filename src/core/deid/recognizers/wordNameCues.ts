import type { Finding } from '../types'
import type { Token } from '../text/tokenize'
import { W } from '../lexicon/wordFacts'

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

const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1
const onlySpaceBefore = (text: string, t: Token) => /^[ \t>*•·-]*(?:\[[^\]\n]{1,12}\]\s*)?$/.test(text.slice(lineStartOf(text, t.start), t.start))

// Who else sends a message or owns an action without being named.
const PRONOUNS = new Set(['she', 'he', 'they', 'we', 'you', 'it', 'who', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'one', 'this', 'that', 'which', 'both', 'each', 'either', 'neither', 'elle', 'elles', 'il', 'ils', 'iel', 'on', 'nous', 'vous', 'qui', 'quelqu’un', "quelqu'un", 'chacun', 'personne'])

function mayBeName(t: Token | undefined): t is Token {
  return !!t && !t.possessive && t.base.length >= 3 && (t.shape === 'lower' || t.shape === 'capitalized') && (t.facts & NOT_NAMES) === 0 && !LABELS.has(t.base) && !PRONOUNS.has(t.base) && !/[^s]s$/.test(t.base)
}

/** `covered[i]`: the i-th word is already in a finding. `people[i]`: in a finding of a person. */
export function findWordNamesByCue(text: string, tokens: readonly Token[], covered: readonly boolean[], people: readonly boolean[]): Finding[] {
  const found: Finding[] = []
  for (const t of speakerTags(text, tokens, people)) take(found, covered, t)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
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
    // "Aube a 12 ans", "désiré a 13 ans, joue au baseball": French "is N years old".
    if (t.french && next.folded === 'a' && /^ a \d{1,2} ans\b/.test(text.slice(t.end, t.end + 12)) && (t.initial || onlySpaceBefore(text, t))) take(found, covered, t)
  }
  return found
}

function take(found: Finding[], covered: readonly boolean[], t: Token): void {
  if (covered[t.index] !== true) found.push({ start: t.start, end: t.end, kind: 'PERSON' })
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
