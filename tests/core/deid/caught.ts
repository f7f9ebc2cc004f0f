import { expect } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'

// What the checker's case tests ask of a sentence, in the scorer's terms (shared/data/README.md).

export const flagged = (text: string) => findIdentifiers(text).map((f) => [text.slice(f.start, f.end), f.kind] as const)

/** Whether every word of `part` (found in `text`) is inside some finding: the scorer's notion of caught. */
export function caught(text: string, part: string): boolean {
  const at = text.indexOf(part)
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`)
  const found = findIdentifiers(text)
  return [...part.matchAll(/[\p{L}\p{N}]+/gu)].every((m) => found.some((f) => f.start < at + m.index + m[0].length && f.end > at + m.index))
}

/** Whether any word of `part` is inside some finding (a false flag if `part` identifies no one). */
export function touched(text: string, part: string): boolean {
  const at = text.indexOf(part)
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`)
  return findIdentifiers(text).some((f) => f.start < at + part.length && f.end > at)
}

const said = (text: string, part: string) => `"${part}" in: ${text}\nflagged: ${JSON.stringify(flagged(text))}`

export function expectCaught(text: string, ...parts: string[]): void {
  for (const part of parts) expect(caught(text, part), said(text, part)).toBe(true)
}

export function expectNotCaught(text: string, ...parts: string[]): void {
  for (const part of parts) expect(caught(text, part), said(text, part)).toBe(false)
}

export function expectUnflagged(text: string, ...parts: string[]): void {
  for (const part of parts) expect(touched(text, part), said(text, part)).toBe(false)
}
