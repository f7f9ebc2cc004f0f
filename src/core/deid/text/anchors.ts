import type { Token } from './tokenize'

// Pattern recognisers would be slow if every pattern were tried at every character of a note.
// Instead a cheap ASCII scan finds the few places where a pattern could start (a digit, an "@",
// a month name…) and the full pattern is tried only there, as a sticky match.

/** Start offsets of each match of a cheap global scan. */
export function anchors(text: string, scan: RegExp): number[] {
  const out: number[] = []
  scan.lastIndex = 0
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    out.push(m.index)
    if (m[0].length === 0) scan.lastIndex++
  }
  return out
}

/** The sticky pattern's match starting exactly at `at`, or null. */
export function matchAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at
  return sticky.exec(text)
}

/** A pattern made sticky, so it only matches where it is asked to. */
export function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')
}

/**
 * Every match of `pattern` that starts at one of the anchors, left to right, without overlaps
 * between matches of the same pattern.
 */
export function matchesAt(text: string, at: readonly number[], pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let reach = -1
  for (const a of at) {
    if (a < reach) continue
    const m = matchAt(pattern, text, a)
    if (m) {
      out.push(m)
      reach = a + Math.max(1, m[0].length)
    }
  }
  return out
}


/** Starts of the tokens that pass `pick`, in order. */
export function tokenStarts(tokens: readonly Token[], pick: (t: Token, i: number) => boolean): number[] {
  const out: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t && pick(t, i)) out.push(t.start)
  }
  return out
}

export const hasDigit = (t: Token | undefined) => !!t && (t.shape === 'number' || t.shape === 'alnum')

/**
 * Where a run of digits may start: at a number word, or at the "+", "(" or "#" just before it
 * ("+44 …", "(613) …", "#27").
 */
export function numberStarts(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = []
  for (const t of tokens) {
    if (!hasDigit(t)) continue
    for (let k = 2; k >= 1; k--) {
      // charAt, not text[…]: before the note's start text[-1] is a property lookup by the name "-1".
      const c = text.charAt(t.start - k)
      if (c === '(' || c === '+' || c === '#') out.push(t.start - k)
    }
    out.push(t.start)
  }
  return out
}
