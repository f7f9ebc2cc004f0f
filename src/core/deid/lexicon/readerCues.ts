// Words that start one of the readers, each list a bit of one number per spelling. The spelling's
// number is worked out once (text/tokenize.ts), so a reader asks a bit of every word instead of
// looking every word up in its own list (one set lookup per word per reader was ~7% of a note).

export const CUE = {
  HANDLE: 1 << 0,
  ONE_INITIAL: 1 << 1,
  SLOT: 1 << 2,
  FRENCH_ORG_HEAD: 1 << 3,
  SPORT_HEAD: 1 << 4,
  CLUB: 1 << 5,
  /** By the word as written: "Stadium", "High". */
  VENUE_HEAD: 1 << 6,
  LOWER_VENUE_HEAD: 1 << 7,
  NAME_CONNECTOR: 1 << 8,
  /** The word as written ends with a French head word: "École", "xCentre" (index.ts). */
  ENDS_FRENCH_HEAD: 1 << 9,
  /** A French function word or an elision opening a word is in it: "de", "l'équipe" (text/language.ts). */
  FRENCH_SIGN: 1 << 10,
  /** An elision's shape inside a word, which English has too: "don't", "James's" (text/language.ts). */
  INNER_ELISION: 1 << 11
} as const

/** Social networks and words for a handle: "IG: …", "tiktok is …" (recognizers/contacts.ts). */
export const HANDLE_CUES = new Set(['ig', 'insta', 'instagram', 'tiktok', 'snapchat', 'snap', 'twitter', 'x', 'discord', 'threads', 'bluesky', 'handle', 'username', 'user', 'gamertag', 'screen'])
/** "Coach T.", "client K.", "Dr. K": one initial after a title or a person word (recognizers/initials.ts). */
export const ONE_INITIAL_CUES = new Set(['coach', 'client', 'athlete', 'player', 'mentee', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sister', 'brother', 'mom', 'dad', 'mum', 'teammate', 'captain', 'goalie', 'parent'])
/** Words before a team or employer slot (recognizers/organisations.ts). */
export const SLOT_WORDS = new Set(['for', 'with', 'at', 'by', 'on', 'club', 'team', 'sponsor', 'sponsors', 'employer', 'workplace', 'works', 'work', 'job', 'org', 'organisation', 'organization', 'squad'])
/** Club abbreviations that end a team's name: "padstow pirates rfc" (recognizers/organisations.ts). */
export const CLUB_ABBREVIATIONS = new Set(['fc', 'rfc', 'afc', 'cfc', 'sc', 'cf', 'ac', 'rc', 'hc', 'bc', 'gaa', 'rlfc', 'jfc', 'ymca', 'ywca'])
/** "Team Alberta", "Hockey Nova Scotia": a sport (or "Team") before a province (recognizers/organisations.ts). */
export const SPORT_HEADS = new Set(['team', 'hockey', 'ringette', 'soccer', 'football', 'rugby', 'netball', 'basketball', 'volleyball', 'baseball', 'softball', 'cricket', 'lacrosse', 'tennis', 'badminton', 'squash', 'golf', 'curling', 'skate', 'skating', 'gymnastics', 'swimming', 'swim', 'diving', 'rowing', 'canoe', 'kayak', 'cycling', 'triathlon', 'athletics', 'wrestling', 'boxing', 'judo', 'karate', 'taekwondo', 'fencing', 'archery', 'ski', 'skiing', 'snowboard', 'biathlon', 'climbing', 'equestrian', 'dance', 'cheer', 'water', 'para', 'special', 'alpine', 'nordic', 'bobsleigh', 'luge', 'speed'])
/** French organisation heads: "Club de …", "École secondaire …", "CISSS de …" (recognizers/organisations.ts). */
export const FRENCH_ORG_HEADS = new Set(['club', 'ecole', 'college', 'cegep', 'cisss', 'ciusss', 'clsc', 'chsld', 'centre', 'association', 'federation', 'academie', 'polyvalente', 'regroupement', 'societe', 'salle', 'conseil', 'commission', 'institut', 'universite', 'hopital', 'clinique', 'maison', 'complexe', 'stade', 'parc', 'piscine', 'arena'])
/** Venue or school words that come first in a name: "aréna robert-guertin" (recognizers/lowercaseNames.ts). */
export const LOWER_VENUE_HEADS = new Set(['arena', 'centre', 'center', 'club', 'college', 'ecole', 'cegep', 'hopital', 'hospital', 'parc', 'stade', 'complexe', 'polyvalente', 'academie', 'clinique', 'piscine'])
/** Lower-case words inside a capitalised name: "University of Ottawa", "Club de …" (recognizers/properNouns.ts). */
export const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'des', 'la', 'le', "d'", "l'", 'the', 'and', '&', 'on', 'upon', 'sur', 'en', 'a', 'au', 'aux', 'von', 'van', 'der', 'den', 'da', 'di', 'dos', 'das', 'del'])
/** The last words of a venue's name, as written (recognizers/venues.ts). */
export const VENUE_HEADS = 'Stadium|Arena|Field|Fields|Park|Rink|Centre|Center|Academy|High School|Secondary School|Grammar School|Middle School|Elementary School|Primary School|Hospital|Sportsplex|Fieldhouse|Leisure Centre|Lido|Velodrome|Ballpark|Oval|Grounds|Gardens|Pavilion|Dome'
/** The words of VENUE_HEADS one by one ("High School" gives "High" and "School"). */
export const VENUE_HEAD_WORDS: ReadonlySet<string> = new Set(VENUE_HEADS.split(/[| ]/))

/** The head words of French names of places and organisations, as written (recognizers/french.ts). */
export const FRENCH_NAME_HEADS = ['École', 'Ecole', 'Collège', 'Cégep', 'Université', 'Hôpital', 'Clinique', 'CLSC', 'Centre', 'Stade', 'Aréna', 'Complexe', 'Piscine', 'Polyvalente', 'Club', 'Académie', 'Ligue', 'Fédération', 'Dojo', 'CISSS', 'CIUSSS', 'Mme', 'Mlle', 'Dre']

const BY_FOLDED: readonly [ReadonlySet<string>, number][] = [
  [HANDLE_CUES, CUE.HANDLE],
  [ONE_INITIAL_CUES, CUE.ONE_INITIAL],
  [SLOT_WORDS, CUE.SLOT],
  [FRENCH_ORG_HEADS, CUE.FRENCH_ORG_HEAD],
  [SPORT_HEADS, CUE.SPORT_HEAD],
  [CLUB_ABBREVIATIONS, CUE.CLUB],
  [LOWER_VENUE_HEADS, CUE.LOWER_VENUE_HEAD],
  [NAME_CONNECTORS, CUE.NAME_CONNECTOR]
]

/** The cue bits of a spelling: `raw` as written, `folded` as the readers compare it. */
export function readerCues(raw: string, folded: string): number {
  let bits = VENUE_HEAD_WORDS.has(raw) ? CUE.VENUE_HEAD : 0
  if (FRENCH_NAME_HEADS.some((head) => raw.endsWith(head))) bits |= CUE.ENDS_FRENCH_HEAD
  for (const [words, bit] of BY_FOLDED) if (words.has(folded)) bits |= bit
  return bits
}
