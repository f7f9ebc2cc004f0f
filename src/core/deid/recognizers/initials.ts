import type { Finding } from '../types'
import type { Token } from '../text/tokenize'
import { anchors, matchesAt, tokenStarts } from '../text/anchors'

// "J.M.", "A. T.", "K.B." are people under the labelling rules; "U.S.", "a.m." and "e.g." are not.
const INITIALS_START = /[A-Z]\.\s?[A-Z]\./g
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.\s?){2,3}(?![\p{L}\p{N}])/uy
const NOT_PEOPLE = new Set(['US', 'UK', 'EU', 'AM', 'PM', 'NB', 'PS', 'QA', 'PEI', 'OK', 'UN', 'IE', 'EG', 'TV'])
// Province and state codes are someone's initials too ("the coach, N.S.,") unless a place comes first.
const PLACE_CODES = new Set(['BC', 'NS', 'ON', 'QC', 'AB', 'MB', 'SK', 'NL', 'PE', 'DC', 'LA', 'NY', 'ID', 'WA', 'OR', 'CA'])
// Credentials are letters with full stops too, but only right after a name: "Jane Smith, R.N.".
const CREDENTIALS = new Set(['RN', 'MD', 'BA', 'MA', 'BS', 'BSC', 'MSC', 'PHD', 'DO', 'NP', 'PT', 'OT', 'LPN', 'RP'])
// "Coach T.", "client K.", "Dr. K": one initial after a title or a person word.
const ONE_INITIAL_CUES = new Set(['coach', 'client', 'athlete', 'player', 'mentee', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sister', 'brother', 'mom', 'dad', 'mum', 'teammate', 'captain', 'goalie', 'parent'])
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
    const prev = tokens[i - 1]
    if (prev && LETTER_LABELS.has(prev.folded) && /^\s+$/.test(text.slice(prev.end, t.start))) continue
    // "Wellington St W.": a compass point after a street name.
    if (prev && /^[NSEW]$/.test(t.text) && prev.shape === 'capitalized' && /^\.?\s+$/.test(text.slice(prev.end, t.start))) continue
    if (t.initial && /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 4)) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start))) continue
    if (t.text === 'i' && text.slice(t.end, t.end + 3).toLowerCase() === '.e.') continue
    found.push({ start: t.start, end: t.end + 1, kind: 'PERSON' })
  }
}

export function findInitials(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  findLoneInitials(text, tokens, found)
  for (const m of matchesAt(text, anchors(text, INITIALS_START), INITIALS)) {
    const letters = m[0].replace(/[^\p{Lu}]/gu, '')
    if (NOT_PEOPLE.has(letters)) continue
    if (PLACE_CODES.has(letters) && /(?:\p{Lu}[\p{L}'’.-]+,?\s|\b(?:in|from|to|of|near)\s)$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    if (CREDENTIALS.has(letters) && /(?:,\s*|\p{Lu}[\p{L}'’-]+\s)$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    const end = m.index + m[0].trimEnd().length
    found.push({ start: m.index, end, kind: 'PERSON' })
  }
  const cues = tokenStarts(tokens, (t, i) => ONE_INITIAL_CUES.has(t.folded) && tokens[i + 1]?.text.length === 1)
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
