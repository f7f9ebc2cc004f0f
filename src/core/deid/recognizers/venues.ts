import type { Finding } from '../types'
import type { Token } from '../text/tokenize'
import { CUE, VENUE_HEADS } from '../lexicon/readerCues'
import { isSpaceAt } from '../text/chars'

// Venues named with ordinary words: "at Memorial Stadium", "school at Grove Academy", "teaches at
// South High School", "School: Carter County High School". Each word is English, so the proper-noun reader lets them through; the
// venue word at the end and a preposition before make the run a place. "the Community Centre",
// "Olympic Stadium"-style generic names stay clean: at least one word must not be generic.
const VENUE = new RegExp(String.raw`(?:\b(?:at|to|from|in|near|outside|inside|by|attends|attending|attended)\s+(?:the\s+)?|\b[Ss]chool:\s*)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:${VENUE_HEADS}))(?![\p{L}\p{N}])`, 'gu')
const GENERIC = new Set(['the', 'community', 'local', 'national', 'provincial', 'regional', 'olympic', 'sports', 'sport', 'training', 'recreation', 'aquatic', 'aquatics', 'leisure', 'ice', 'soccer', 'football', 'hockey', 'baseball', 'tennis', 'public', 'main', 'indoor', 'outdoor', 'summer', 'winter', 'team', 'youth', 'junior', 'senior', 'varsity', 'high', 'city', 'town', 'school', 'skate', 'skating', 'rugby', 'cricket', 'golf', 'dog', 'water', 'theme', 'trampoline', 'climbing', 'bouldering', 'swim', 'swimming', 'fitness', 'wellness', 'medical', 'health', 'mental', 'counselling', 'counseling', 'treatment', 'rehab', 'rehabilitation', 'children’s', "children's", 'general', 'district', 'new', 'old', 'big', 'small', 'home', 'away', 'this', 'that', 'our', 'their', 'his', 'her', 'a', 'an', 'one', 'another', 'same', 'nearest', 'closest', 'usual', 'e-sports', 'esports', 'graduate', 'law', 'business', 'nursing', 'medical', 'secondary', 'primary', 'elementary', 'middle', 'boarding', 'private', 'catholic', 'independent', 'sunday', 'night', 'driving', 'dance', 'ballet', 'art', 'music', 'language', 'summer', 'film', 'drama', 'flight', 'ski', 'surf', 'sailing', 'riding', 'coaching', 'referee', 'officials'])
// "Co. Armagh", "Co Kerry": an Irish county.
const COUNTY = /\bCo\.?\s(\p{Lu}[\p{L}'’-]+)/gu

/**
 * Whether "Co" stands before a full stop or a space somewhere: what COUNTY needs. "Coach", "Could" and
 * "Co-op" are common, and the pattern reads the whole note.
 */
function mayNameCounty(text: string): boolean {
  for (let at = text.indexOf('Co'); at >= 0; at = text.indexOf('Co', at + 2)) if (text.charCodeAt(at + 2) === 46 || isSpaceAt(text, at + 2)) return true
  return false
}

export function findVenues(text: string, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = []
  if (mayNameCounty(text)) for (const m of text.matchAll(COUNTY)) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'LOCATION' })
  // The pattern runs only on notes that name a venue word at all (most do not).
  if (!tokens.some((t) => (t.cues & CUE.VENUE_HEAD) !== 0)) return found
  for (const m of text.matchAll(VENUE)) {
    const name = m[1] ?? ''
    const words = name.split(/\s+/)
    const own = words.slice(0, -1).filter((w) => !/^(?:High|Secondary|Grammar|Middle|Elementary|Primary|Leisure)$/.test(w))
    if (own.length === 0 || own.every((w) => GENERIC.has(w.toLowerCase()))) continue
    const start = (m.index ?? 0) + m[0].length - name.length
    found.push({ start, end: start + name.length, kind: 'LOCATION' })
  }
  return found
}
