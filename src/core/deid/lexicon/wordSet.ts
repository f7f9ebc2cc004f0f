import { fold } from '../text/fold'

/** A word list written as whitespace-separated words, "_" standing for a space inside an entry. */
export function wordSet(...lists: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>()
  for (const list of lists) for (const word of list.split(/\s+/)) if (word) set.add(fold(word.replace(/_/g, ' ')))
  return set
}
