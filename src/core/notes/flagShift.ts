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
  let prefix = 0
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  const editedUpTo = before.length - suffix
  const delta = after.length - before.length
  const kept: T[] = []
  for (const f of findings) {
    if (f.end < prefix) kept.push(f)
    else if (f.start > editedUpTo) kept.push({ ...f, start: f.start + delta, end: f.end + delta })
  }
  return kept
}
