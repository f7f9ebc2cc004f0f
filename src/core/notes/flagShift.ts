/**
 * Findings for `before`, carried onto `after` where one edit cannot have touched them. The edit is
 * what lies between the longest common prefix and suffix of the two texts: findings that end
 * before it keep their place, findings that start after it move by the change in length, and a
 * finding touching or next to it is dropped, since its word may have changed. The screen shows
 * these for the moment a new check takes, so underlines never sit on the wrong characters.
 */
export function shiftFindings<T extends { start: number; end: number }>(before: string, after: string, findings: readonly T[]): T[] {
  if (before === after) return [...findings]
  const shortest = Math.min(before.length, after.length)
  const prefix = longestSame(shortest, (from, to) => before.slice(from, to) === after.slice(from, to))
  const suffix = longestSame(shortest - prefix, (from, to) => before.slice(before.length - to, before.length - from) === after.slice(after.length - to, after.length - from))
  const editedUpTo = before.length - suffix
  const delta = after.length - before.length
  const kept: T[] = []
  for (const f of findings) {
    if (f.end < prefix) kept.push(f)
    else if (f.start > editedUpTo) kept.push({ ...f, start: f.start + delta, end: f.end + delta })
  }
  return kept
}

/**
 * The largest n <= limit for which the first n characters match, where `same(from, to)` says
 * whether characters from..to match (counted from the end, for a suffix). A halving search that
 * compares each stretch once, as whole strings: a key typed into a 20,000-character note compares
 * it at the engine's speed instead of one character at a time in a loop, twice per key.
 */
function longestSame(limit: number, same: (from: number, to: number) => boolean): number {
  let known = 0
  let upTo = limit
  while (known < upTo) {
    const mid = known + Math.ceil((upTo - known) / 2)
    if (same(known, mid)) known = mid
    else upTo = mid - 1
  }
  return known
}
