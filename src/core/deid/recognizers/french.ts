import type { Finding, IdentifierKind } from '../types'
import { nth, type Token } from '../text/tokenize'
import { FRENCH_MODEL_WORDS, FRENCH_SAFE_ACRONYMS, FRENCH_SAFE_PHRASES } from '../lexicon/frenchWords'
import { W } from '../lexicon/wordFacts'
import { isAmpersandGap } from '../text/chars'

// French identifier shapes (text/language.ts decides where the note is French). Dates and addresses
// in French are read by dates.ts and addresses.ts; this file adds what they cannot know:
// - ages written "âgé de 14 ans", "âgée de 14 ans" (the whole phrase, as "aged 14" is);
// - titles before a name: M., Mme, Mlle, Dr, Dre, Me, Pr ("M. et Mme Lapointe" is one finding);
// - names of places and organisations that start with a head word: "École secondaire de l'Île",
//   "Club de soccer de Laval", "CISSS de l'Outaouais", "CLSC Petite-Nation", "Stade olympique";
// - teams in the plural before "de": "les Griffons de l'Outaouais";
// - months with a year: "janvier 2026".
// And frenchSafe() drops what a French note names without identifying anyone: professional bodies,
// techniques ("entretien motivationnel"), and the author of a model ("le modèle de Hardy").

const AGED = /(?:âgée?s?|agée?s?)\s+de\s+(?:\d{1,2}|[a-zé-]+)\s+ans(?![\p{L}])/iuy
const MONTH_YEAR = /(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s(?:19|20)\d{2}(?![\p{L}\p{N}])/iuy

// Folded month names, looked up for every word of a French sentence (a set, not a regular expression).
const FRENCH_MONTHS = new Set(['janvier', 'fevrier', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'mars', 'mai'])

// Titles, folded; "me" and "pr" only before a capitalised name in a French sentence.
const TITLES = new Set(['m', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'dre', 'me', 'pr', 'mgr'])

// Head words of the names of places (schools, clinics, venues) and organisations.
const PLACE_HEADS = new Set(['ecole', 'college', 'cegep', 'universite', 'hopital', 'clinique', 'clsc', 'centre', 'stade', 'arena', 'complexe', 'piscine', 'parc', 'polyvalente', 'pavillon', 'residence', 'maison', 'institut', 'gymnase', 'aréna'])
const ORG_HEADS = new Set(['club', 'academie', 'ligue', 'federation', 'dojo', 'cisss', 'ciusss', 'association', 'equipe', 'societe', 'fondation', 'groupe', 'regroupement', 'corporation', 'cooperative'])
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'en', 'et'])
// Lower-case words that end a name rather than describe it.
const ENDS_NAME = new Set(['a', 'au', 'aux', 'avec', 'pour', 'par', 'qui', 'que', 'est', 'sont', 'ont', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'dans', 'chez', 'depuis', 'apres', 'avant', 'mais', 'ou', 'donc', 'ce', 'cette', 'son', 'sa', 'ses', 'leur', 'the', 'and', 'in', 'at', 'for', 'on', 'to', 'with', 'is', 'was', 'a', 'an', 'of', 'who', 'since', 'after', 'but', 'or', 'last', 'this', 'next', 'pres', 'lors', 'contre', 'nous', 'lui', 'y', 'ne', 'se'])

// French numbers written out, folded ("quatorze", "soixante-deux", "dix-sept"): "quatorze ans" is an age
// as "fourteen years old" is; from ten up, and not after a word that makes it a span of time.
const FRENCH_NUMBER_PARTS = new Set(['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante', 'et'])
const FRENCH_SMALL = new Set(['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'])
// "il y a seize ans" is a span of time; "Éléonore a seize ans" (has, is) is her age: "a" counts only after "y".
const SPAN_OF_TIME = /(?<!\p{L})(?:depuis|pendant|durant|dans|apr[eè]s|avant|fait|y a|plus de|moins de|presque|environ|les|des|ces|for|over|in)\s+$/iu

function frenchNumberWord(folded: string): boolean {
  const parts = folded.split('-')
  return parts.every((p) => FRENCH_NUMBER_PARTS.has(p)) && !(parts.length === 1 && FRENCH_SMALL.has(folded)) && parts[0] !== 'et'
}

const isCapital = (t: Token | undefined) => !!t && (t.shape === 'capitalized' || t.shape === 'upper')
const gap = (text: string, a: Token | undefined, b: Token | undefined) => (a && b ? text.slice(a.end, b.start) : '\u0000')
// Between two words of one name: a space, a hyphen, or an elision's apostrophe ("de l'Île").
const linked = (text: string, a: Token | undefined, b: Token | undefined) => /^(?: |\s?[ldLD]['’]|-)$/.test(gap(text, a, b)) || (/^ [ldLD]['’]$/.test(gap(text, a, b)))

export function findFrench(text: string, tokens: readonly Token[], anyFrench: boolean): Finding[] {
  const found: Finding[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const f = t.folded
    if (anyFrench && t.french && (f === 'agee' || f === 'age' || f === 'agees' || f === 'ages') && t.shape !== 'upper') {
      AGED.lastIndex = t.start
      const m = AGED.exec(text)
      if (m) found.push({ start: t.start, end: t.start + m[0].length, kind: 'AGE' })
      continue
    }
    // "Cliente : fille, quatorze ans", "un arbitre de soixante-deux ans".
    if (t.shape === 'lower' && tokens[i + 1]?.folded === 'ans' && gap(text, t, tokens[i + 1]) === ' ' && frenchNumberWord(f) && !SPAN_OF_TIME.test(text.slice(Math.max(0, t.start - 12), t.start))) {
      const end = tokens[i + 1]?.end ?? t.end
      // "quinze ans et demi": the half year is part of it.
      found.push({ start: t.start, end: end + (HALF.exec(text.slice(end, end + 12))?.[0].length ?? 0), kind: 'AGE' })
      i++
      continue
    }
    if (anyFrench && t.french && t.shape !== 'number') {
      MONTH_YEAR.lastIndex = t.start
      const m = (t.facts & W.MONTH_OR_DAY) !== 0 || FRENCH_MONTHS.has(f) ? MONTH_YEAR.exec(text) : null
      if (m) {
        found.push({ start: t.start, end: t.start + m[0].length, kind: 'DATE' })
        continue
      }
    }
    if (TITLES.has(f) && isCapital(t) && (t.french || f === 'mme' || f === 'mlle' || f === 'dre')) {
      const title = titled(text, tokens, i)
      if (title) {
        found.push(title)
        continue
      }
    }
    if (isCapital(t) && (PLACE_HEADS.has(f) || ORG_HEADS.has(f))) {
      const named = headed(text, tokens, i)
      if (named) {
        found.push(named)
        i = named.last
        continue
      }
    }
    // "pour le Vert & Or", "contre le Rouge et Or": a team named by its colours.
    const colours = colourTeam(text, tokens, i)
    if (colours) {
      found.push(colours)
      continue
    }
    // "centre de services scolaire harricana", "Centre de services scolaire des Laurentides": a school board.
    if (f === 'centre' && tokens[i + 1]?.folded === 'de' && tokens[i + 2]?.folded === 'services' && tokens[i + 3]?.folded === 'scolaire') {
      const board = schoolServiceCentre(text, tokens, i)
      found.push(board)
      continue
    }
    // "les Griffons de l'Outaouais", "par les Voltigeurs de Drummondville".
    if (t.french && t.shape === 'capitalized' && !t.initial && /[sx]$/.test(f) && ['les', 'des', 'aux'].includes(nth(tokens, i - 1)?.folded ?? '')) {
      const de = tokens[i + 1]
      const name = tokens[i + 2]
      const elided = /^ [dD]['’]$/.test(gap(text, t, tokens[i + 1]))
      if (elided && isCapital(de)) found.push({ start: t.start, end: de?.end ?? t.end, kind: 'ORGANIZATION' })
      else if (de && ['de', 'du', 'des'].includes(de.folded) && gap(text, t, de) === ' ' && name && isCapital(name) && linked(text, de, name)) found.push({ start: t.start, end: name.end, kind: 'ORGANIZATION' })
    }
  }
  return found
}

const COLOUR_TEAM_BEFORE = new Set(['le', 'du', 'au', 'the'])

/** "le Vert & Or", "du Rouge et Or": two capitalised words joined by "&" or "et" after an article. */
function colourTeam(text: string, tokens: readonly Token[], i: number): Finding | null {
  const t = tokens[i]
  const prev = nth(tokens, i - 1)
  if (!t || t.shape !== 'capitalized' || t.initial || !prev || !COLOUR_TEAM_BEFORE.has(prev.folded) || gap(text, prev, t) !== ' ') return null
  const next = tokens[i + 1]
  if (!next) return null
  if (isAmpersandGap(text, t.end, next.start) && next.shape === 'capitalized') return { start: t.start, end: next.end, kind: 'ORGANIZATION' }
  const other = tokens[i + 2]
  if (next.text === 'et' && gap(text, t, next) === ' ' && other && other.shape === 'capitalized' && gap(text, next, other) === ' ') return { start: t.start, end: other.end, kind: 'ORGANIZATION' }
  return null
}

/** "centre de services scolaire" and the name after it: up to four words and their connectors. */
function schoolServiceCentre(text: string, tokens: readonly Token[], i: number): Finding {
  let last = i + 3
  let words = 0
  for (let j = i + 4; j < tokens.length && words < 4; j++) {
    const w = tokens[j]
    if (!w || !linked(text, tokens[j - 1], w) || w.shape === 'number') break
    if (CONNECTORS.has(w.folded)) continue
    // The name's first word, then only capitalised ones ("des Mille-Îles", not "harricana dîne seule").
    if ((ENDS_NAME.has(w.folded) && !isCapital(w)) || (words > 0 && !isCapital(w))) break
    last = j
    words++
  }
  return { start: tokens[i]?.start ?? 0, end: tokens[last]?.end ?? 0, kind: 'ORGANIZATION' }
}

/** "M. Lévesque", "Dre Sylvie Hamel", "M. et Mme Lapointe". */
function titled(text: string, tokens: readonly Token[], i: number): Finding | null {
  let k = i
  const after = (a: Token | undefined, b: Token | undefined) => /^\.?\s$/.test(gap(text, a, b))
  // "M. et Mme": a second title joined by "et".
  if (tokens[k + 1]?.folded === 'et' && TITLES.has(tokens[k + 2]?.folded ?? '') && after(tokens[k], tokens[k + 1])) k += 2
  let last = -1
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const w = tokens[j]
    if (!w || !isCapital(w) || !(j === k + 1 ? after(tokens[j - 1], w) : gap(text, tokens[j - 1], w) === ' ')) break
    if (j > k + 1 && (w.facts & (W.GIVEN | W.FAMILY)) === 0 && (w.facts & W.ENGLISH) !== 0) break
    last = j
  }
  const end = tokens[last]
  if (!end) return null
  return { start: tokens[i]?.start ?? 0, end: end.end, kind: 'PERSON' }
}

/** "Club de soccer de Laval", "École secondaire de l'Île", "Centre communautaire Jules-Léger". */
function headed(text: string, tokens: readonly Token[], i: number): (Finding & { last: number }) | null {
  const head = tokens[i]
  if (!head) return null
  const next = tokens[i + 1]
  if (!next || !linked(text, head, next)) return null
  // Outside a French sentence only French words after the head make it a French name ("Centre for…" is not).
  const frenchNext = next.french || CONNECTORS.has(next.folded) || /^ [ldLD]['’]$/.test(gap(text, head, next)) || (next.shape === 'lower' && (next.facts & W.ENGLISH) === 0) || isCapital(next)
  if (!frenchNext || (!head.french && next.shape === 'lower' && (next.facts & W.ENGLISH) !== 0 && !CONNECTORS.has(next.folded))) return null
  let last = i
  let capitals = 0
  let lowers = 0
  for (let j = i + 1; j < tokens.length; j++) {
    const w = tokens[j]
    if (!w || !linked(text, tokens[j - 1], w)) break
    if (w.shape === 'number' || w.shape === 'alnum') break
    if (isCapital(w) || w.shape === 'mixed') {
      if (w.initial) break
      capitals++
      last = j
      continue
    }
    if (CONNECTORS.has(w.folded)) {
      // A connector must lead to more of the name.
      if (w.folded === 'et' && !isCapital(tokens[j + 1])) break
      continue
    }
    // "Université du Québec à Trois-Rivières".
    if (w.folded === 'a' && capitals > 0 && isCapital(tokens[j + 1]) && gap(text, w, tokens[j + 1]) === ' ') continue
    if (ENDS_NAME.has(w.folded) || capitals > 0 || lowers >= 3) break
    lowers++
    last = j
  }
  if (last === i) return null
  const end = tokens[last]
  if (!end) return null
  // "Centre communautaire" alone could be any; a capitalised head with a describing word and nothing
  // else is still a name in French ("Stade olympique"), except for a safe phrase (frenchSafe).
  const kind: IdentifierKind = PLACE_HEADS.has(head.folded) ? 'LOCATION' : 'ORGANIZATION'
  return { start: head.start, end: end.end, kind, last }
}

// Safe phrases by their first word, in list order: each word of a note is checked against the few
// phrases it can open, not against every phrase.
const SAFE_PHRASES = new Map<string, string[][]>()
for (const phrase of FRENCH_SAFE_PHRASES) {
  const words = phrase.split(/\s+/)
  const first = words[0] ?? ''
  const list = SAFE_PHRASES.get(first) ?? []
  list.push(words)
  SAFE_PHRASES.set(first, list)
}
const NO_PHRASES: readonly string[][] = []

/** The index of the token starting exactly at `start`, or -1 (tokens are sorted by start). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid]?.start ?? 0) < start) lo = mid + 1
    else hi = mid
  }
  return tokens[lo]?.start === start ? lo : -1
}

/** Findings that only name a safe body, technique or model author in French, removed. */
export function frenchSafe(text: string, tokens: readonly Token[], findings: Finding[], vouched: readonly Finding[] = []): Finding[] {
  const safe: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    if (t.shape === 'upper' && FRENCH_SAFE_ACRONYMS.has(t.base)) safe.push([t.start, t.end])
    for (const words of SAFE_PHRASES.get(t.folded) ?? NO_PHRASES) {
      let ok = true
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.folded === words[k]
      if (ok) safe.push([t.start, tokens[i + words.length - 1]?.end ?? t.end])
    }
    // "le modèle de Hardy", "l'échelle de Frost", "les travaux de Bandura".
    if (t.french && FRENCH_MODEL_WORDS.has(t.folded)) {
      for (let k = i + 1; k <= i + 5; k++) {
        const w = tokens[k]
        if (!w) break
        if (isCapital(w) && (tokens[k - 1]?.folded === 'de' || /[dD]['’]\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, w.start)))) {
          let end = w.end
          // "de Lazarus et Folkman", "de Deci et Ryan".
          if (tokens[k + 1]?.folded === 'et' && isCapital(tokens[k + 2])) end = tokens[k + 2]?.end ?? end
          safe.push([tokens[k - 1]?.folded === 'de' ? (tokens[k - 1]?.start ?? w.start) : w.start, end])
          break
        }
        if (isCapital(w)) break
      }
    }
  }
  const judged = findings.map((f) => withoutPreposition(text, tokens, f)).map((f) => {
    // "de Sport'Aide": the particle the name reader took along (only a finding opening with a d can have one).
    const particle = (text.charCodeAt(f.start) | 32) === 100 ? /^(?:de|du|des)\s+/i.exec(text.slice(f.start, f.end)) : null
    const start = f.start + (particle ? particle[0].length : 0)
    return { f, safe: safe.some(([a, b]) => start >= a && f.end <= b), not: notFrenchIdentifier(text, tokens, f) }
  })
  // "Fidélité, 14 ans, … Fidélité cache des biscuits", "Perle Dugré-Lanthier … Perle présente": a word
  // kept as (part of) someone's name elsewhere in the note is the same person where it opens a sentence.
  // So is a word the sentence itself says is someone ("Rosée c'est son vrai nom": recognizers/wordNameCues.ts).
  // The names are split into words only when a name the note would drop may be kept by them (rarely).
  let named: ReadonlySet<string> = NO_NAMES
  if (judged.some((j) => !j.safe && j.not && j.f.kind === 'PERSON')) {
    const words = new Set(judged.filter((j) => j.f.kind === 'PERSON' && !j.safe && !j.not).flatMap((j) => text.slice(j.f.start, j.f.end).split(/[\s,]+/)))
    for (const f of vouched) words.add(text.slice(f.start, f.end))
    named = words
  }
  return judged.filter((j) => !j.safe && (!j.not || (j.f.kind === 'PERSON' && named.has(text.slice(j.f.start, j.f.end))))).map((j) => j.f)
}

const NO_NAMES: ReadonlySet<string> = new Set()

/** "le père de Mathis": after a lower-case word, "de" is a preposition, not a particle of the name. */
function withoutPreposition(text: string, tokens: readonly Token[], f: Finding): Finding {
  // Only a name opening with "d" can open with the preposition: the others are not sliced and matched.
  if (f.kind !== 'PERSON' || text.charCodeAt(f.start) !== 100) return f
  const m = /^(?:de|du|des)\s+(?=\p{Lu})/u.exec(text.slice(f.start, f.end))
  if (!m) return f
  const i = tokenAt(tokens, f.start)
  const before = nth(tokens, i - 1)
  if (!tokens[i]?.french || (before && before.shape !== 'lower')) return f
  return { start: f.start + m[0].length, end: f.end, kind: f.kind }
}

// Never names in a French sentence, whatever the name lists say ("Elle" is a given name somewhere).
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'ce', 'ca', 'cela', 'celle', 'celui'])

/** What a French note says that the English readers take for an identifier. */
function notFrenchIdentifier(text: string, tokens: readonly Token[], f: Finding): boolean {
  // "le consentement d'un mineur de 14 ans et plus": a threshold, not someone's age.
  if (f.kind === 'AGE') return /^\s+et\s+(?:plus|moins)\b/.test(text.slice(f.end, f.end + 12)) || /(?:moins|plus)\s+de\s+$/.test(text.slice(Math.max(0, f.start - 12), f.start))
  if (f.kind !== 'PERSON') return false
  // "court le 800 m.": a unit after a number, not an initial (four characters at most: "min.").
  if (f.end - f.start <= 4 && /^(?:m|km|h|min|kg|cm)\.?$/.test(text.slice(f.start, f.end)) && /\d\s?$/.test(text.slice(Math.max(0, f.start - 3), f.start))) return true
  const one = tokens[tokenAt(tokens, f.start)]
  if (!one || !one.french || one.end !== f.end) return false
  if (PRONOUNS.has(one.folded)) return true
  // "Rendez-vous :", "Courriel :": a French word opening a line or a sentence, not on the name lists.
  // "Fleurette (16) fait du patinage", "Mirabelle, 11 ans,", "Aube a 12 ans": an age right after it makes
  // the word someone's name.
  return one.initial && (one.facts & W.LISTED) !== 0 && (one.facts & (W.GIVEN | W.FAMILY | W.PLACE)) === 0 && !AGE_AFTER_NAME.test(text.slice(f.end, f.end + 16))
}

const HALF = /^\s+et\s+demie?(?![\p{L}])/u
const AGE_AFTER_NAME = /^(?:\s*\(\s*\d{1,2}(?:\s*ans)?\s*\)|\s*,\s*\d{1,2}\s*ans\b|\s+a\s+\d{1,2}\s*ans\b)/

