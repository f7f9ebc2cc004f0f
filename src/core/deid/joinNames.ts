import type { Finding } from './types'
import { nth, type Token } from './text/tokenize'
import { W, wordFacts } from './lexicon/wordFacts'
import { fold } from './text/fold'
import { hasWhite, isAscii, isSpaceAt, onlyWhite } from './text/chars'
import { usedAsTheorist } from './recognizers/theoristContext'

// Particles inside a name: "Javier de la Cruz", "Nikau te Rangi", "Ciarán Ó Súilleabháin", "Ludwig van der Berg".
const PARTICLES = new Set(['de', 'la', 'le', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'te', 'ter', 'ten', 'o', 'ni', 'nic', 'mac', 'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'ap', 'y', "d'", "l'"])
// Particles that only ever begin a surname, so they join the name even with no first name before them.
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'du', 'des', 'te', 'ter', 'ten', 'mac', 'bin', 'ibn', 'ni'])
// A title belongs to the name after it ("dr. te rangi", "mr nikau", "Father Iwan Pritchett", "Taid Huw"), in any case.
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'coach', 'sgt', 'mme', 'mlle', 'rev', 'fr', 'sr', 'sister', 'brother', 'capt', 'cpt', 'lt', 'cpl', 'pte', 'pvt', 'maj', 'insp', 'supt', 'officer', 'constable', 'pc', 'det', 'father', 'pastor', 'rabbi', 'imam', 'elder', 'chief', 'taid', 'nain', 'uncle', 'aunt', 'auntie', 'grandma', 'grandpa', 'nana', 'gran', 'granny'])

/**
 * Joins a person's name that the recognisers found in pieces: two names with only particles
 * between them become one finding with the particles, and a title just before a name joins it.
 * A particle left uncovered would survive de-identification on its own ("de la", "te").
 */
export function joinNameParts(text: string, tokens: readonly Token[], findings: readonly Finding[]): Finding[] {
  const owners = text.includes('@') ? handleOwners(text, tokens, findings) : []
  const people = findings.filter((f) => f.kind === 'PERSON').sort((a, b) => a.start - b.start)
  if (people.length === 0) return owners
  const added: Finding[] = []
  let first = 0
  for (let k = 0; k < people.length; k++) {
    const a = people[k]
    if (!a) continue
    // Particles up to the next name.
    const next = people[k + 1]
    // The gaps below are white space around one to three words, or " d'" (three characters); most gaps
    // between two names are neither, and are settled without slicing them out or running a pattern.
    if (next && next.start > a.end && (next.start - a.end === ELIDED_GAP_LENGTH || wordsBetweenSpaces(text, a.end, next.start) > 0)) {
      const gap = text.slice(a.end, next.start)
      // The shape first: the gap is often a whole stretch of the note, not worth splitting.
      const words = /^\s+(?:\S+\s+){1,3}$/.test(gap) ? gap.trim().split(/\s+/) : []
      // "beatrix "pickle" cattermole": a nickname in quotes between the first name and the surname.
      // "Marie-Ève d'Amours": French sentences drop the elided particle from the words, not from the name.
      if (NICKNAME_GAP.test(gap) || ELIDED_GAP.test(gap) || (words.length > 0 && words.length <= 3 && words.every((w) => PARTICLES.has(w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))))) {
        added.push({ start: a.start, end: next.end, kind: 'PERSON' })
      }
    }
    // Particles and a title before it: "dr. te rangi", "Sgt Okafor", "with de la Cruz".
    while (first < tokens.length && (tokens[first]?.start ?? 0) < a.start) first++
    let from = a.start
    let j = first - 1
    let surnameParticle = false
    for (let n = 0; n < 3 && j >= 0; n++, j--) {
      const t = tokens[j]
      if (!t || !PARTICLES.has(t.folded) || !onlyWhite(text, t.end, from)) break
      // Irish "Ó Dochartaigh": the accent tells the particle from the letter o.
      if (SURNAME_PARTICLES.has(t.folded) || t.text === 'Ó') surnameParticle = true
      from = t.start
    }
    const title = j >= 0 ? tokens[j] : undefined
    // French sentences drop an elided "d'" from the words: "coach d'aoust" keeps it with the title.
    if (title && TITLES.has(title.folded) && /^\.?\s+(?:[dlDL]['’])?$/.test(text.slice(title.end, from))) added.push({ start: title.start, end: a.end, kind: 'PERSON' })
    else if (surnameParticle) added.push({ start: from, end: a.end, kind: 'PERSON' })
  }
  for (const f of theoristSurnames(text, tokens, people)) added.push(f)
  // Pushed rather than concatenated: concat() costs more than these few findings.
  for (const f of repeatedNames(text, tokens, people)) added.push(f)
  for (const f of repeatedSurnames(text, tokens, people)) added.push(f)
  for (const f of owners) added.push(f)
  return added
}

/**
 * How many words text[from, to) holds when it starts and ends with white space and holds one to three
 * of them (runs of non-space characters); 0 otherwise.
 */
function wordsBetweenSpaces(text: string, from: number, to: number): number {
  if (!isSpaceAt(text, from) || !isSpaceAt(text, to - 1)) return 0
  let words = 0
  for (let i = from; i < to; i++) {
    if (isSpaceAt(text, i) || (i > from && !isSpaceAt(text, i - 1))) continue
    if (++words > 3) return 0
  }
  return words
}

// One letter too: 'Dequavious "Q" Battle'.
const NICKNAME_GAP = /^\s+["“'‘][\p{L}-]{1,20}["”'’]\s+$/u
const ELIDED_GAP = /^ [dDlL]['’]$/
const ELIDED_GAP_LENGTH = 3

// "Echo's account: @echoswe", "compte de lucky : @its.lucky.wrestles": the word that owns a handle or an
// address containing it is someone's name, wherever it comes in the note, however ordinary the word.
const ACCOUNT_BEFORE = /(?:(\p{L}[\p{L}’'-]*?)['’]s\s+(?:account|insta(?:gram)?|ig|tiktok|snap(?:chat)?|handle|email)|(?:compte|account|courriel|insta(?:gram)?|handle)\s+(?:de\s+|d['’]|of\s+)(\p{L}[\p{L}-]*))\s*[:=–-]?\s*$/iu
const NOT_OWNERS = W.ROLE | W.PERSON_CUE | W.TITLE | W.PLATFORM

function handleOwners(text: string, tokens: readonly Token[], findings: readonly Finding[]): Finding[] {
  const names = new Set<string>()
  for (const f of findings) {
    if (f.kind !== 'CONTACT' || !text.slice(f.start, f.end).includes('@')) continue
    const m = ACCOUNT_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start))
    const name = m?.[1] ?? m?.[2]
    if (!name || name.length < 3 || (wordFacts(fold(name)) & NOT_OWNERS) !== 0) continue
    if (fold(text.slice(f.start, f.end)).includes(fold(name))) names.add(name)
  }
  if (names.size === 0) return []
  const found: Finding[] = []
  for (const t of tokens) {
    const core = t.possessive ? t.text.slice(0, -2) : t.text
    if (names.has(core)) found.push({ start: t.start, end: t.start + core.length, kind: 'PERSON' })
  }
  return found
}

/**
 * "Sonny Bright? (sorry, Summer Bright)": the surname of someone named in full is a name wherever it
 * comes back capitalised, with a capitalised first name just before it that is not an everyday word.
 */
function repeatedSurnames(text: string, tokens: readonly Token[], people: readonly Finding[]): Finding[] {
  const surnames = new Set<string>()
  for (const f of people) {
    // Two words or more: most findings are one word, and are spared the pattern.
    const m = hasWhite(text, f.start, f.end) ? /^\p{Lu}[\p{L}'’-]+\s+(\p{Lu}\p{Ll}[\p{L}'’-]+)$/u.exec(text.slice(f.start, f.end)) : null
    if (m?.[1]) surnames.add(m[1])
  }
  if (surnames.size === 0) return []
  const found: Finding[] = []
  let p = 0
  for (const t of tokens) {
    if (!surnames.has(t.text)) continue
    while (p < people.length && (people[p]?.end ?? 0) <= t.start) p++
    if ((people[p]?.start ?? Infinity) <= t.start) continue
    const prev = nth(tokens, t.index - 1)
    const first = !!prev && prev.shape === 'capitalized' && prev.end + 1 === t.start && (prev.facts & W.LISTED) === 0
    found.push({ start: first && prev ? prev.start : t.start, end: t.end, kind: 'PERSON' })
  }
  return found
}

// "June Frost (18y) … June's health card", "august (they/them) … august lives between two homes":
// a given name that is also a word (a month, "Sage", "Cash") is read as a name only where the
// sentence says so; where it comes back in the same spelling it is the same person.
const DATE_BEFORE = /\b(?:in|of|since|until|till|by|from|last|next|this|early|late|mid|end|before|after|during|through|en|de|depuis|fin|début)\s+$/i

// Verbs after a name coming back that the cue lists leave out ("finch stays in two homes").
const COMES_BACK_DOING = new Set(['stays', 'stayed', 'sleeps', 'slept', 'eats', 'ate', 'sits', 'sat', 'skipped', 'skips', 'stopped', 'stops', 'seemed', 'went', 'goes', 'came', 'comes', 'ran', 'swam', 'skated', 'rode', 'rides'])
// The same in French sentences ("Perle présente une patineuse", "Violette cache des biscuits").
const FRENCH_DOING = new Set(['a', 'est', 'était', 'avait', 'dit', 'disait', 'veut', 'voulait', 'fait', 'faisait', 'va', 'allait', 'vient', 'venait', 'joue', 'jouait', 'présente', 'presente', 'cache', 'cachait', 'mange', 'mangeait', 'dort', 'dormait', 'pense', 'sent', 'aime', 'adore', 'déteste', 'refuse', 'nage', 'patine', 'court', 'texte', 'écrit', 'parle', 'pleure', 'travaille', 'habite', 'vit', 'commence', 'arrête', 'revient', 'reste', 'demande', 'répond', 'raconte', 'explique', 'semble', 'doit', 'peut', 'sait', 'participe', 'manque', 'cherche', 'montre', 'envoie', 'appelle', 'rit', 'boxe', 'skie', 'glisse', 'saute', 'lance', 'arrive', 'part', 'quitte', 'garde', 'porte', 'prend', 'voit', 'craint', 'ose', 'n’a', "n'a", 'ne', 'n’est', "n'est", 's’entraîne', "s'entraîne", 'se'])
const LINKING = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'and', 'said', 'says', 'lives', 'wants', 'feels', 'still', 'now', 'also', 'again'])

function repeatedNames(text: string, tokens: readonly Token[], people: readonly Finding[]): Finding[] {
  const names = new Set<string>()
  const wordNames = new Set<string>()
  let p = 0
  for (const t of tokens) {
    while (p < people.length && (people[p]?.end ?? 0) <= t.start) p++
    const f = people[p]
    // "dónal … dónal's card": a name with an accent in an English sentence reads, folded, as a word too.
    if (!f || f.start > t.start || t.base.length < 3) continue
    if (((t.facts & W.GIVEN) === 0 || (t.facts & (W.ENGLISH | W.MONTH_OR_DAY)) === 0) && (t.french || isAscii(t.text))) {
      // "wants Ming dropped … Ming's best friend": a capitalised name that is also a word.
      // "posy, a 31 year old … posy posts as": a lower-case one too, in the same case.
      if ((t.shape === 'capitalized' || t.shape === 'lower') && (t.facts & W.ENGLISH) !== 0 && (t.facts & (W.ROLE | W.PERSON_CUE | W.TITLE | W.MONTH_OR_DAY)) === 0) wordNames.add(t.possessive ? t.text.slice(0, -2) : t.text)
      continue
    }
    names.add(t.possessive ? t.text.slice(0, -2) : t.text)
  }
  if (names.size === 0 && wordNames.size === 0) return []
  const found: Finding[] = []
  p = 0
  for (const t of tokens) {
    while (p < people.length && (people[p]?.end ?? 0) <= t.start) p++
    const inside = (people[p]?.start ?? Infinity) <= t.start
    const core = t.possessive ? t.text.slice(0, -2) : t.text
    if (inside) continue
    // A name that is a word comes back only owning something or doing what people do.
    if (wordNames.has(core) && (t.shape === 'capitalized' || t.shape === 'lower')) {
      const after = tokens[t.index + 1]
      if (t.possessive || (!!after && after.start === t.end + 1 && ((after.foldedFacts & W.PERSON_VERB) !== 0 || COMES_BACK_DOING.has(after.folded) || (after.french && FRENCH_DOING.has(after.text.toLowerCase()))))) found.push({ start: t.start, end: t.start + core.length, kind: 'PERSON' })
      continue
    }
    if (!names.has(core)) continue
    // "update on april: … she says april is her bad month": a month comes back as the person only owning
    // something or doing what people do ("august lives between two homes"), not after "is".
    if ((t.facts & W.MONTH_OR_DAY) !== 0 && !t.possessive && !monthDoing(text, tokens[t.index + 1], t)) continue
    // "in June", "June 3": the month, not the person.
    if (/^\s*\d/.test(text.slice(t.end, t.end + 3)) || DATE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) continue
    // "a June plan", "Misty mornings", "Mark the sheet": the word modifying a noun, or a command.
    const next = tokens[t.index + 1]
    if (!t.possessive && next && next.shape === 'lower' && next.start === t.end + 1 && (next.foldedFacts & W.PERSON_VERB) === 0 && !LINKING.has(next.folded)) continue
    found.push({ start: t.start, end: t.start + core.length, kind: 'PERSON' })
  }
  return found
}

/**
 * "for Phineas Jowett", "augustus jowett, 16": a surname shared with a theorist, right after someone's
 * first name and in the same case, is that person's surname unless the note cites the theorist there.
 */
function theoristSurnames(text: string, tokens: readonly Token[], people: readonly Finding[]): Finding[] {
  const found: Finding[] = []
  let k = 0
  for (const f of people) {
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= f.end) k++
    const last = nth(tokens, k - 1)
    const next = tokens[k]
    if (!last || !next || last.end !== f.end || next.start !== f.end + 1 || text.charCodeAt(f.end) !== 32 || last.possessive) continue
    if ((next.facts & (W.THEORIST | W.THEORIST_IN_CONTEXT)) === 0 || (next.shape === 'lower') !== (last.shape === 'lower') || usedAsTheorist(text, tokens, next.index)) continue
    found.push({ start: f.start, end: next.end, kind: 'PERSON' })
  }
  return found
}

const LINKING_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall'])

function monthDoing(text: string, next: Token | undefined, t: Token): boolean {
  return !!next && next.start === t.end + 1 && text.charCodeAt(t.end) === 32 && (next.foldedFacts & W.PERSON_VERB) !== 0 && !LINKING_VERBS.has(next.folded)
}
