import type { Flag } from './flagRules'

/** A flag as the backdrop draws it: within one line, from its start, as `from`..`to` of that line. */
export interface LineMark {
  from: number
  to: number
  kind: Flag['kind']
  state: Flag['state']
}

/** One line of the backdrop: its text and its marks. `key` tells two lines that draw the same apart from the rest. */
export interface BackdropLine {
  text: string
  marks: readonly LineMark[]
  key: string
}

/**
 * The text line by line with each flag's part of it. A flag never crosses a line in the backdrop
 * (one that would is cut at the line's end), and one overlapping the flag before it is left to
 * that one. Marks are counted from their line's start, so typing in one line leaves every other
 * line's key as it was, wherever that line now sits in the text.
 */
export function backdropLines(text: string, flags: readonly Flag[]): BackdropLine[] {
  const lines: BackdropLine[] = []
  let flag = 0
  let lineStart = 0
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length
    const marks: LineMark[] = []
    let reach = lineStart
    while (flag < flags.length && (flags[flag]?.start ?? 0) < lineEnd + 1) {
      const f = flags[flag]
      const to = Math.min(f?.end ?? 0, lineEnd)
      if (f && f.start >= reach && to > f.start) {
        marks.push({ from: f.start - lineStart, to: to - lineStart, kind: f.kind, state: f.state })
        reach = to
      }
      flag++
    }
    const key = marks.length === 0 ? line : `${line}\u0000${marks.map((m) => `${m.from}:${m.to}:${m.kind}:${m.state}`).join(';')}`
    lines.push({ text: line, marks, key })
    lineStart = lineEnd + 1
  }
  return lines
}

/**
 * What changed between two lists of lines: the lines `start`..`before` of the old list are to be
 * replaced by the lines `start`..`after` of the new one; the lines before `start` and the ones after
 * are the same. One key typed changes one line; Enter adds one; a paste or a replaced flag, a few.
 */
export function changedLines(old: readonly string[], next: readonly string[]): { start: number; before: number; after: number } {
  const shortest = Math.min(old.length, next.length)
  let start = 0
  while (start < shortest && old[start] === next[start]) start++
  let end = 0
  while (end < shortest - start && old[old.length - 1 - end] === next[next.length - 1 - end]) end++
  return { start, before: old.length - end, after: next.length - end }
}
