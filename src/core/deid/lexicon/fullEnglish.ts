import { FULL_ENGLISH_CODED } from './fullEnglish.generated'
import { isListedWord } from './englishWords'
import { FAMILY, GIVEN, PLACE } from './lookup'

// A full English word list (SCOWL sizes 10–70, 115k lower-case words; fullEnglish.generated.ts),
// for the rule that flags a lower-case word nobody can vouch for in any note, not only in notes
// typed all in lower case. Names are demoted: a word that is on the given-name, surname or place
// lists counts as English only if the in-house word lists hold it too ("rose", "will", "hope" do;
// "jordan", "tyler", "kelowna" do not), so a name typed in lower case is never excused by SCOWL.

let words: Set<string> | null = null

function decode(): Set<string> {
  const out = new Set<string>()
  let prev = ''
  let i = 0
  const s = FULL_ENGLISH_CODED
  while (i < s.length) {
    let j = s.indexOf(' ', i)
    if (j < 0) j = s.length
    const shared = s.charCodeAt(i) - 48
    const w = prev.slice(0, shared) + s.slice(i + 1, j)
    out.add(w)
    prev = w
    i = j + 1
  }
  demoteNames(out)
  return out
}

/** Takes the names off (see above): the ~3,000 names looked up in the list, not 115k words in the name lists. */
function demoteNames(list: Set<string>): void {
  for (const names of [GIVEN, FAMILY, PLACE]) for (const name of names) if (!isListedWord(name)) list.delete(name)
}

/** Whether a folded lower-case word is in the full English list (names demoted, see above). */
export function inFullEnglish(folded: string): boolean {
  words ??= decode()
  if (words.has(folded)) return true
  // "she'll", "coach's": the word before the ending.
  const apostrophe = folded.indexOf("'")
  return apostrophe > 1 && words.has(folded.slice(0, apostrophe))
}
