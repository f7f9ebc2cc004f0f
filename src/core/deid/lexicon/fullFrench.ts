import { FRENCH_ENDINGS, FULL_FRENCH_CODED } from './fullFrench.generated'
import { FRENCH_EXTRA } from './frenchWords'
import { FAMILY, GIVEN, PLACE } from './lookup'

// A full French word list (an-array-of-french-words, ~300k folded forms; fullFrench.generated.ts),
// read only for words in French sentences (text/language.ts), so it is decoded on first use in a
// French note and never in an English-only session. Like the English list, it demotes names: a form
// that is on the given-name, surname or place lists ("pierre", "marie", "laval") does not vouch for
// itself, unless it is one of the everyday words below, which a French note cannot do without.
const EVERYDAY = new Set(
  "a au aux ce ces de des du elle en est et il la le les lui ma mais me mes mon ne ni nous on ou par pas pour que qui sa se ses si son sur ta te tes ton tu un une vous y avec dans chez mere pere fils fille soeur frere ami amie entraineur coach mardi mercredi jeudi vendredi samedi dimanche lundi aujourd'hui quelqu'un quelqu'une presqu'ile prud'homme rose france grace claire blanche constance prudence patience aime parle porte beau bon belle bonne rue mont fort lac port pont ville marche cher aine parent cote long mai gagne leger art bond justice ocean royal journee elan noel demi don major"
    .split(' ')
)
// Forms with an apostrophe inside that are one word, not an elision.
const APOSTROPHE_WORDS = ["aujourd'hui", "quelqu'un", "quelqu'une", "presqu'ile", "prud'homme", "entr'acte"]

let words: Set<string> | null = null

function decode(): Set<string> {
  // Ending codes by character code; letters, "'" and "-" stand for themselves.
  const table: string[] = []
  for (let c = 0; c < 128; c++) table.push(String.fromCharCode(c))
  for (const e of FRENCH_ENDINGS.split(' ')) table[e.charCodeAt(0)] = e.slice(1)
  const out = new Set<string>(APOSTROPHE_WORDS)
  const s = FULL_FRENCH_CODED
  let prev = ''
  let i = 0
  while (i < s.length) {
    const shared = s.charCodeAt(i) - 65
    let j = i + 1
    let coded = false
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j)
      if (c >= 65 && c <= 90) break
      if ((c < 97 || c > 122) && c !== 39 && c !== 45) coded = true
    }
    let rest = s.slice(i + 1, j)
    if (coded) {
      let expanded = ''
      for (let k = 0; k < rest.length; k++) expanded += table[rest.charCodeAt(k)] ?? ''
      rest = expanded
    }
    const w = prev.slice(0, shared) + rest
    out.add(w)
    prev = w
    i = j
  }
  demoteNames(out)
  return out
}

/**
 * Takes the names off the decoded list (see above): the ~3,000 names are looked up in the list,
 * rather than each of its ~300k forms in the three name lists, which made the first French note
 * slow. The forms with an apostrophe were added whatever the name lists say, and stay.
 */
function demoteNames(list: Set<string>): void {
  const keep = new Set(APOSTROPHE_WORDS)
  for (const names of [GIVEN, FAMILY, PLACE]) for (const name of names) if (!EVERYDAY.has(name) && !keep.has(name)) list.delete(name)
}

/** Whether a folded lower-case word is a French word (names demoted, see above). */
export function inFullFrench(folded: string): boolean {
  words ??= decode()
  if (words.has(folded) || FRENCH_EXTRA.has(folded)) return true
  // "sœur", "cœur": the list spells the ligature out.
  if (/[œæ]/.test(folded)) return inFullFrench(folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae'))
  // "auto-efficacité", "travail-famille": every part a word.
  return folded.includes('-') && folded.split('-').every((p) => p.length > 1 && (words?.has(p) === true || FRENCH_EXTRA.has(p)))
}

/** Whether the list has been decoded (tests check it stays closed for English notes). */
export function frenchListLoaded(): boolean {
  return words !== null
}
