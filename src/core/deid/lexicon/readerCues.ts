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
  INNER_ELISION: 1 << 11,
  ADDRESS_WORD: 1 << 12,
  FRENCH_STREET: 1 << 13,
  STREET_ABBREVIATION: 1 << 14,
  CODE: 1 << 15,
  PLATE: 1 << 16,
  CLUB_PREFIX: 1 << 17,
  SAINT: 1 << 18,
  /** By the word with and without a possessive: "thx", "appts". */
  SHORTHAND: 1 << 19
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
export const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'des', 'la', 'le', "d'", "l'", 'the', 'and', '&', 'on', 'upon', 'sur', 'en', 'a', 'au', 'aux', 'von', 'van', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'y', 'yr'])
/** The last words of a venue's name, as written (recognizers/venues.ts). */
export const VENUE_HEADS = 'Stadium|Arena|Field|Fields|Park|Rink|Centre|Center|Academy|High School|Secondary School|Grammar School|Middle School|Elementary School|Primary School|School|Elementary|Hospital|Sportsplex|Fieldhouse|Leisure Centre|Lido|Velodrome|Ballpark|Oval|Grounds|Gardens|Pavilion|Dome'
/** The words of VENUE_HEADS one by one ("High School" gives "High" and "School"). */
export const VENUE_HEAD_WORDS: ReadonlySet<string> = new Set(VENUE_HEADS.split(/[| ]/))

/** Unit and box words before a number: "apt 4", "PO Box 12" (recognizers/addresses.ts). */
export const ADDRESS_WORDS = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', 'flat', 'rm', 'room', 'p', 'po', 'box', 'rr', 'r', 'rural', 'cp', 'c'])

// Street words that come before the name (recognizers/addresses.ts): French, and Welsh or Spanish ("1722 Ffordd Caergybi", "18-1219 Calle Ocho").
export const FRENCH_STREET_WORDS = new Set(['rue', 'boulevard', 'boul', 'av', 'avenue', 'chemin', 'ch', 'rang', 'montee', 'route', 'place', 'croissant', 'impasse', 'allee', 'cote', 'ffordd', 'heol', 'stryd', 'calle', 'avenida', 'camino', 'paseo', 'rua'])

/** Street abbreviations after a house number and a word or two: "1275 riverside ave" (recognizers/addresses.ts). */
export const STREET_ABBREVIATIONS = new Set(['rd', 'ave', 'blvd', 'cres', 'pkwy', 'hwy'])

/** Words before a coded ID: "athlete ID AB-4471" (recognizers/numbers.ts). */
export const CODE_CUES = new Set(['id', 'mrn', 'chart', 'file', 'member', 'membership', 'account', 'acct', 'student', 'athlete', 'licence', 'license', 'registration', 'reg', 'passport', 'permit', 'policy', 'claim', 'case', 'patient', 'record', 'card', 'number', 'no', 'ref', 'reference', 'intake', 'referral', 'ticket', 'order', 'invoice', 'dossier', 'ramq'])

// A licence plate after its cue (recognizers/numbers.ts): "Ontario plate CKPT 284", "plate no. WNRZ 675", "licence plate r95 kly", "plate 8EJW170".
export const PLATE_CUES = new Set(['plate', 'plates', 'reg', 'registration', 'rego'])

// Club words written before the name (recognizers/placeEdges.ts): Welsh "CPD" (Clwb Pêl-droed), Québec "CPV"/"CPA" (speed and figure
// skating clubs), "FC", "AC", and "Co-op" (a co-operative employer).
export const CLUB_PREFIXES = new Set(['cpd', 'cpv', 'cpa', 'fc', 'afc', 'ac', 'sc', 'cf', 'co-op', 'coop'])

/** "st agnes": a saint's name after these is a place (recognizers/placeEdges.ts). */
export const SAINTS = new Set(['st', 'saint', 'ste', 'sainte'])

// Chat shorthand and notation that is not in the word lists (recognizers/unknownWords.ts).
export const SHORTHAND = new Set(
  'abt thx tmrw tmr tmrw pls plz appt appts hx dx tx rx fx sx bf gf lol omg btw imo imho fyi tbh idk irl dm dms ppl sth smth w/ wk wks hr hrs yr yrs mins sec secs vs etc eg ie aka approx mgmt govt dept info asap rsvp faq ok okay yeah yep nope hmm ugh umm uh haha ahh aww tho thru nite ur u r ya yup gonna wanna gotta kinda sorta dunno lemme gimme cuz coz bc b4 ty np ppl convo convos msg msgs txt txts pic pics vid vids rep reps pb pbs rpe hrv acl mcl erg ergs prehab rehab debrief checkin check-in kiddo mom mum dad nonno nonna nana papa mama abuela abuelo grandma grandpa ref refs reffing u11 u12 u13 u14 u15 u16 u17 u18 u19 u21 qb wr dh ss lw rw cb cm cdm cam st gk d-man d-men dman pp pk ot so nhl nba nfl mlb mls wnba ncaa ohl whl qmjhl chl bchl ajhl sjhl mjhl ojhl nojhl ushl echl ahl ihl epl fa efl spfl gaa ruc nrl afl ipl lpga pga atp wta fis fina uci ibu isu fei hey hi pt pts cop cops'.split(' ')
)
// Note-taking shorthand of meeting minutes: "each sesh", "GP review sugg.", "the ath.", "full trng", "bfr calling".
for (const w of ['sesh', 'seshes', 'sugg', 'suggd', 'ath', 'aths', 'trng', 'trngs', 'bfr', 'mth', 'mths', 'wkly', 'mtg', 'rec', 'recs', 'ret']) SHORTHAND.add(w)
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
  [NAME_CONNECTORS, CUE.NAME_CONNECTOR],
  [ADDRESS_WORDS, CUE.ADDRESS_WORD],
  [FRENCH_STREET_WORDS, CUE.FRENCH_STREET],
  [STREET_ABBREVIATIONS, CUE.STREET_ABBREVIATION],
  [CODE_CUES, CUE.CODE],
  [PLATE_CUES, CUE.PLATE],
  [CLUB_PREFIXES, CUE.CLUB_PREFIX],
  [SAINTS, CUE.SAINT]
]

/** The cue bits of a spelling: `raw` as written, `folded` as the readers compare it, `base` without a possessive. */
export function readerCues(raw: string, folded: string, base: string): number {
  let bits = VENUE_HEAD_WORDS.has(raw) ? CUE.VENUE_HEAD : 0
  if (SHORTHAND.has(base) || SHORTHAND.has(folded)) bits |= CUE.SHORTHAND
  if (FRENCH_NAME_HEADS.some((head) => raw.endsWith(head))) bits |= CUE.ENDS_FRENCH_HEAD
  for (const [words, bit] of BY_FOLDED) if (words.has(folded)) bits |= bit
  return bits
}
