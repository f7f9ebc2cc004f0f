import type { Finding } from '../types'
import { isEnglishWord } from '../lexicon/englishWords'
import type { Token } from '../text/tokenize'
import { hasDigit, matchesAt, numberStarts, tokenStarts } from '../text/anchors'
import { fold } from '../text/fold'
import { W } from '../lexicon/wordFacts'
import { CUE } from '../lexicon/readerCues'

// Postcodes and street addresses. Canadian postal codes never use D, F, I, O, Q, U (and W, Z not
// first), so the pattern is safe to run case-insensitively on lower-case notes.
// Postcodes start with a letter then a digit (or two letters then a digit); addresses with a
// number or a unit word (ADDRESS_WORDS, lexicon/readerCues.ts). Only those places are tried.
const CANADIAN_POSTAL = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/iy

// UK postcode areas; checking the area keeps "U18" or "PB2" from passing as a postcode.
const UK_AREAS = new Set(
  'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(' ')
)
// Lower case too ("m1 1ae" in a note typed without capitals); the area check keeps it specific.
const UK_FULL = /\b([A-Z]{1,2})(\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b/iy
const UK_OUTWARD = /\b([A-Z]{1,2})(\d{1,2}[A-Z]?)\b/y
const OUTWARD_CUE = /(?:\b(?:postcode|post code|postal district|in|from|near|around|area|district|to)\s*:?\s*|\b\p{Lu}[\p{L}'’-]+,?\s)$/u
const OUTWARD_AFTER = /^\s+(?:area|postcode|district)\b/i
const NOT_OUTWARD = /^(?:B12|B6|B1|D3|E3|M1|A1|CO2|ST1|ST2|ST3)$/

const STREET_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Crescent|Cres|Court|Ct|Terrace|Terr|Place|Pl|Way|Close|Grove|Gardens|Gdns|Row|Square|Sq|Parkway|Pkwy|Highway|Hwy|Trail|Circle|Cir|Mews|Walk|Rise|Heights|Path|Line|Sideroad|Concession|Quay|Wynd|Gate|Green|View|Hill|Park|Loop|Run|Point|Pt|End|Bank|Hollow|Chase|Brow|Fold|Croft|Yard|Parade|Esplanade|Promenade|Broadway|Crossing|Pike|Alley|Wharf|Vale|Meadow|Meadows)\b\.?`
const UNIT = String.raw`(?:Apt|Apartment|Unit|Suite|Ste|Flat|Rm|Room|#)\.?\s?#?\d+[A-Za-z]?`
// "20th Street", and the Prairie towns' bare numbers: "4417 49 Ave", "5012 50 St".
const NAME_WORD = String.raw`(?:\d{1,3}(?:st|nd|rd|th)?|[\p{Lu}][\p{L}'’.-]*)`
const STREET_ADDRESS = new RegExp(
  String.raw`(?:${UNIT}(?:,?\s|\s[-–—]\s))?\b\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?\s(?:${NAME_WORD}\s){0,3}${NAME_WORD}\s${STREET_SUFFIX}(?:,?\s${UNIT})?`,
  'uy'
)
const FRENCH_ADDRESS = new RegExp(
  String.raw`\b\d{1,5}(?:[-–]\d{1,5})?,?\s(?:rue|boulevard|boul\.?|avenue|av\.|chemin|ch\.|rang|montée|route|place|croissant|impasse|allée|côte|ffordd|heol|stryd|calle|avenida|camino|paseo|rua)\s(?:(?:de|du|des|del|la|le|l['’]|d['’])\s?)*[\p{Lu}][\p{L}'’-]*(?:\.(?!\s))?(?:[\s-][\p{Lu}][\p{L}'’-]*(?:\.(?!\s))?){0,3}`,
  'iuy'
)
// "sur la route 308", "off Highway 401", "Hwy 7", "on the A690": a numbered road is a place.
const NUMBERED_ROAD = /\b(?:(?:route|rte|highway|hwy|autoroute|rang|interstate)\s?\d{1,4}|(?<=\b(?:on|off|along|via|onto|near|down|up|from|by|joining)\sthe\s)[AM]\d{1,4}(?:\([MT]\))?)\b/giu
// "apt 7, 1477 ickden road", "Apt 5, 1239 chemin Vercotte": the flat before the street address.
const UNIT_BEFORE = /\b(?:apt|apartment|unit|suite|flat)\.?\s?#?\d{1,4}[a-z]?,?\s$/i
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Box|RR|R\.R\.|Rural Route|CP|C\.P\.)\s?#?\d{1,5}\b/y
const LOWER_ABBREVIATED_STREET = /\b\d{2,5}[a-z]?,?\s(?:[\p{Ll}'’-]+\s){1,2}(?:rd|ave|blvd|cres|pkwy|hwy)\b\.?/uy
const LOWER_STREET = /\b\d{1,5},?\s((?:[\p{L}'’-]+\s){1,3})(?:street|avenue|road|lane|drive|boulevard|crescent|terrace|close|court|gardens|grove|mews|place|square|rise|parade|green|heights|circle|trail|chase|croft|vale|wynd)\b(?:,?\s(?:apt|unit|suite|flat)\.?\s?#?\d+[a-z]?)?/uy

/** "…, ketchum ll30 2rp", "Ottawa, ON K1Z 7M4": the word before a postcode (or before its province) is the town. */
function addTownsBeforePostcodes(tokens: readonly Token[], found: Finding[]): void {
  const codes = found.length
  for (let f = 0; f < codes; f++) {
    const code = found[f]
    if (!code) continue
    let k = tokens.findIndex((t) => t.start >= code.start) - 1
    let town = tokens[k]
    if (town && (town.facts & (W.REGION | W.SAFE_ACRONYM)) !== 0 && town.shape === 'upper') town = tokens[--k]
    if (!town || town.end > code.start || code.start - town.end > 3) continue
    const word = town.shape === 'capitalized' || (town.shape === 'lower' && (town.facts & W.ENGLISH) === 0)
    if (word && (town.facts & (W.REGION | W.NATIONALITY | W.MONTH_OR_DAY)) === 0) found.push({ start: town.start, end: town.end, kind: 'LOCATION' })
  }
}

/** The cue bits of the k-th word (none outside the note). */
const cuesAt = (tokens: readonly Token[], k: number) => (k >= 0 ? (tokens[k]?.cues ?? 0) : 0)

export function findAddresses(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  if (!tokens.some(hasDigit)) return found
  const postcodes = tokenStarts(tokens, (t) => t.shape === 'alnum')
  for (const m of matchesAt(text, postcodes, CANADIAN_POSTAL)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  for (const m of matchesAt(text, postcodes, UK_FULL)) if (UK_AREAS.has((m[1] ?? '').toUpperCase())) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  for (const m of matchesAt(text, postcodes, UK_OUTWARD)) {
    if (!UK_AREAS.has(m[1] ?? '') || NOT_OUTWARD.test(m[0])) continue
    const cued = OUTWARD_CUE.test(text.slice(Math.max(0, m.index - 24), m.index)) || OUTWARD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
    if (cued) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  }
  addTownsBeforePostcodes(tokens, found)
  if (/(?:route|rte|highway|hwy|rang|interstate)\s?\d|the [AM]\d/i.test(text)) for (const m of text.matchAll(NUMBERED_ROAD)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  // A street address needs a street word soon after a number, a French one a "rue"-like word
  // right after it, a box or unit a "box"-like word right before it.
  let street = false
  let french = false
  let box = false
  let abbreviated = false
  for (let i = 0; i < tokens.length; i++) {
    if (!hasDigit(tokens[i])) continue
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) street ||= ((tokens[k]?.facts ?? 0) & W.STREET_WORD) !== 0
    // The word lists are read as the words' cue bits (lexicon/readerCues.ts).
    french ||= (cuesAt(tokens, i + 1) & CUE.FRENCH_STREET) !== 0
    abbreviated ||= ((cuesAt(tokens, i + 2) | cuesAt(tokens, i + 3)) & CUE.STREET_ABBREVIATION) !== 0
    box ||= ((cuesAt(tokens, i - 1) | cuesAt(tokens, i - 2)) & CUE.ADDRESS_WORD) !== 0
  }
  if (!street && !french && !box) return found
  const addresses = [...numberStarts(text, tokens), ...tokenStarts(tokens, (t) => (t.cues & CUE.ADDRESS_WORD) !== 0)].sort((a, b) => a - b)
  const patterns = [street && STREET_ADDRESS, french && FRENCH_ADDRESS, box && PO_BOX].filter((p): p is RegExp => !!p)
  for (const re of patterns) for (const m of matchesAt(text, addresses, re)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  // "48 kirkstall lane": in lower case the street name must not be ordinary words ("5 min walk").
  for (const m of street ? matchesAt(text, addresses, LOWER_STREET) : []) {
    const words = (m[1] ?? '').trim().split(/\s+/)
    if (words.some((w) => !isEnglishWord(fold(w)))) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  }
  // "home: 1275 riverside ave": a house number, a word or two and a street abbreviation is an
  // address whatever the words ("rd", "ave" and "blvd" say nothing else after a number).
  for (const m of abbreviated ? matchesAt(text, addresses, LOWER_ABBREVIATED_STREET) : []) found.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION' })
  for (let k = 0; k < found.length; k++) {
    const f = found[k]
    const unit = f ? UNIT_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start)) : null
    if (f && unit) found[k] = { start: f.start - unit[0].length, end: f.end, kind: f.kind }
  }
  return found
}
