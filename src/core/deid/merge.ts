import type { Finding, IdentifierKind } from './types'

// When findings overlap, the merged one takes the kind of its longest part: "77 Rideau Terrace"
// (an address) beats "Rideau" (read as a name), and a phone number beats the digits inside it.
// As a switch rather than an object read by the kind's name: that read saw every kind and turned generic.
function priority(kind: IdentifierKind): number {
  switch (kind) {
    case 'CONTACT':
      return 7
    case 'ID':
      return 6
    case 'DATE':
      return 5
    case 'AGE':
      return 4
    case 'LOCATION':
      return 3
    case 'ORGANIZATION':
      return 2
    case 'PERSON':
      return 1
  }
}

/** Sorted, non-overlapping findings; touching findings of one kind separated by a space become one. */
export function mergeFindings(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = findings
    .filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Finding[] = []
  let current: Finding | undefined
  let best: Finding | undefined
  for (const f of sorted) {
    if (current && best && (f.start < current.end || (f.kind === current.kind && /^[ \t]+$/.test(text.slice(current.end, f.start)) && f.kind !== 'PERSON'))) {
      current = { start: current.start, end: Math.max(current.end, f.end), kind: current.kind }
      if (longer(f, best)) best = f
      current.kind = best.kind
      continue
    }
    if (current) out.push(current)
    current = { ...f }
    best = f
  }
  if (current) out.push(current)
  return out
}

function longer(a: Finding, b: Finding): boolean {
  const la = a.end - a.start
  const lb = b.end - b.start
  return la > lb || (la === lb && priority(a.kind) > priority(b.kind))
}
