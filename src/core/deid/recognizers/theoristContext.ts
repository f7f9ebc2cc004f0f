import { W } from '../lexicon/wordFacts'
import { nth, type Token } from '../text/tokenize'

const isTheoristName = (t: Token | undefined) => !!t && (t.facts & (W.THEORIST | W.THEORIST_IN_CONTEXT)) !== 0

/**
 * Whether a surname that is also a common name is used as the name of a model here:
 * "Beck's cognitive triad", "Deci and Ryan", "Gross (1998)", "Hardy et al.", "IZOF (Hanin)",
 * "according to Rogers". Without such a cue the word is treated like any other name.
 */
export function usedAsTheorist(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t) return false
  const next = tokens[i + 1]
  const prev = nth(tokens, i - 1)
  // "Neff's self-compassion work", "Seligman's three good things", "Dweck's growth mindset".
  if (t.possessive) {
    for (let k = i + 1; k <= i + 5; k++) {
      const w = tokens[k]
      if (!w || text.slice(nth(tokens, k - 1)?.end ?? w.start, w.start).replace(/['’]/g, '').trim() !== '') break
      if ((w.facts & W.FRAMEWORK) !== 0 || (w.shape === 'upper' && (w.facts & W.SAFE_ACRONYM) !== 0)) return true
    }
  }
  const gapAfter = next ? text.slice(t.end, next.start) : ''
  const gapBefore = prev ? text.slice(prev.end, t.start) : ''
  // "Deci and Ryan", "Lazarus & Folkman", "Yerkes and Dodson".
  if (next && /^\s*(?:and|&)\s*$/.test(text.slice(t.end, tokens[i + 2]?.start ?? t.end)) && isTheoristName(tokens[i + 2])) return true
  if (next && /^\s*&\s*$/.test(gapAfter) && isTheoristName(next)) return true
  if (prev && /^\s*&\s*$/.test(gapBefore) && isTheoristName(prev)) return true
  if (prev?.folded === 'and' && isTheoristName(nth(tokens, i - 2))) return true
  // "Hardy, Jones and Gould's book": the first of a list of theorists.
  if (/^\s*,\s*$/.test(gapAfter) && isTheoristName(next) && /^\s*(?:,|and|&)\s*$/.test(text.slice(next?.end ?? 0, tokens[i + 3]?.start ?? 0)) && isTheoristName(tokens[i + 3])) return true
  // "Hayes and the hexaflex", "Ellis and REBT": a theorist and his model.
  const model = prev?.folded === 'and' ? undefined : tokens[i + 2]?.folded === 'the' ? tokens[i + 3] : tokens[i + 2]
  if (next?.folded === 'and' && model && ((model.facts & W.FRAMEWORK) !== 0 || (model.shape === 'upper' && (model.facts & W.SAFE_ACRONYM) !== 0))) return true
  // "Athletic identity (Brewer)": a name alone in brackets after a concept, not after a person word.
  if (t.bracketed && prev && /^\s*\($/.test(gapBefore) && /^\s*\)/.test(gapAfter || text.slice(t.end, t.end + 2)) && prev.shape === 'lower' && (prev.facts & (W.PERSON_CUE | W.ROLE | W.TITLE)) === 0) return true
  // "Hardy et al.", "Gross (1998)", "(Deci & Ryan, 1985)".
  if (next?.folded === 'et' && tokens[i + 2]?.folded === 'al') return true
  if (/^\s*,?\s*\(?\s*(?:19|20)\d{2}\b/.test(text.slice(t.end, t.end + 10))) return true
  // "IZOF (Hanin)": a name in brackets right after a model's acronym.
  if (t.bracketed && prev && prev.shape === 'upper' && /^\s*\($/.test(gapBefore)) return true
  // "according to Rogers", "per Beck", "drawing on Hayes".
  const lead = text.slice(Math.max(0, t.start - 16), t.start).toLowerCase()
  return /\b(?:according to|per|drawing on|based on|inspired by|à la)\s+$/.test(lead)
}
