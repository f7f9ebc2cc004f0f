import fc from 'fast-check'

/**
 * Payload arbitraries for the IPC fuzzer: arbitrary values of every shape structured clone (IPC)
 * or JSON (the test host) can carry, and valid payloads with a few fields broken. A mutation is a
 * plain record of choices, so fast-check can shrink it and replay it from the seed.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Values that tend to break handlers: edges of numbers, odd strings, wrong containers. */
/** A fresh set each call: a payload may be mutated later, and must never change a shared value. */
const edgeValues = (): unknown[] => [
  null,
  undefined,
  '',
  ' ',
  '\u0000',
  '../../etc/passwd',
  'a'.repeat(5000),
  '<script>alert(1)</script>',
  '__proto__',
  0,
  -1,
  1.5,
  -0,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  '2026-02-30T25:61',
  '9999-12-31',
  '0000-00-00',
  new Date(Number.NaN),
  new Map([['a', 1]]),
  new Set([1]),
  10n,
  new Uint8Array([1, 2, 3])
]

const EDGE_COUNT = edgeValues().length

export const edgeValue = fc.nat({ max: EDGE_COUNT - 1 }).map((i) => edgeValues()[i])

/** Anything at all: JSON, and what structured clone adds (Map, Set, Date, BigInt, typed arrays, null prototypes). */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true
    })
  },
  { weight: 1, arbitrary: edgeValue }
)

type Step = string | number
type Mutation = { at: number; op: 'delete' | 'replace' | 'edge' | 'id' | 'extra-key' | 'wrap' | 'string'; value: unknown; pick: number; text: string }

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'edge', 'id', 'id', 'extra-key', 'wrap', 'string'),
  value: anyValue,
  pick: fc.nat(),
  text: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }))
})

/** Only plain objects and arrays are walked into; a boxed string or a Map is a leaf to replace. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** Every path in a JSON-like value, the root included, in a stable order. */
function paths(value: unknown, prefix: Step[] = [], seen: WeakSet<object> = new WeakSet()): Step[][] {
  const found: Step[][] = [prefix]
  // A value placed twice in one payload (or inside itself) is walked once.
  if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return found
    seen.add(value)
  }
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...paths(v, [...prefix, i], seen)))
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...prefix, k], seen))
  return found
}

function setAt(root: unknown, path: Step[], change: (parent: Record<Step, unknown>, key: Step) => void): unknown {
  if (path.length === 0) {
    const holder: Record<Step, unknown> = { root }
    change(holder, 'root')
    return holder.root
  }
  let parent = root as Record<Step, unknown>
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<Step, unknown>
  change(parent, path[path.length - 1] as Step)
  return root
}

function applyMutation(value: unknown, m: Mutation, ids: readonly string[]): unknown {
  const all = paths(value)
  const path = all[m.at % all.length] ?? []
  return setAt(value, path, (parent, key) => {
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
        else delete parent[key]
        break
      case 'replace':
        parent[key] = m.value
        break
      case 'edge':
        parent[key] = edgeValues()[m.pick % EDGE_COUNT]
        break
      case 'id':
        parent[key] = ids[m.pick % ids.length]
        break
      case 'string':
        parent[key] = m.text
        break
      case 'extra-key': {
        const target = parent[key]
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[m.text || '__proto__'] = m.value
        else parent[key] = m.value
        break
      }
      case 'wrap':
        parent[key] = [parent[key]]
        break
    }
  })
}

/**
 * Valid examples with one to four fields broken: deleted, swapped for any value or an edge value,
 * given the id of something that exists (or does not), an extra key, or wrapped in an array.
 */
export function mutatedPayload(examples: readonly Json[], ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.nat({ max: Math.max(0, examples.length - 1) }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([index, mutations]) => mutations.reduce<unknown>((value, m) => applyMutation(value, m, ids), structuredClone(examples[index] ?? {})))
}

/** Valid examples with every id field pointed at something else, existing or not. */
export function reboundIds(examples: readonly Json[], ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.tuple(fc.nat({ max: Math.max(0, examples.length - 1) }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 })).map(([index, picks]) => {
    const copy = structuredClone(examples[index] ?? {})
    let n = 0
    const idPaths = paths(copy).filter((p) => {
      const last = p[p.length - 1]
      return typeof last === 'string' && /id$/i.test(last)
    })
    for (const path of idPaths) setAt(copy, path, (parent, key) => (parent[key] = ids[(picks[n++ % picks.length] ?? 0) % ids.length]))
    return copy
  })
}

/**
 * Valid examples with one to three leaves changed but kept to their type: a string becomes any
 * string, a number any number, a boolean flips. Many still pass the schema, so these reach deep
 * into the handlers with odd but well-typed values.
 */
export function tweakedPayload(examples: readonly Json[]): fc.Arbitrary<unknown> {
  const leafChange = fc.record({
    at: fc.nat(),
    text: fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('', ' ', 'x'.repeat(300), '\u202e', 'Robert"); --')),
    number: fc.oneof(fc.integer(), fc.integer({ min: -2, max: 200 }), fc.double())
  })
  return fc
    .tuple(fc.nat({ max: Math.max(0, examples.length - 1) }), fc.array(leafChange, { minLength: 1, maxLength: 3 }))
    .map(([index, changes]) => {
      const copy = structuredClone(examples[index] ?? {})
      for (const change of changes) {
        const leaves = paths(copy).filter((p) => p.length > 0 && !isPlainObject(get(copy, p)) && !Array.isArray(get(copy, p)))
        const path = leaves[change.at % Math.max(1, leaves.length)]
        if (!path) continue
        setAt(copy, path, (parent, key) => {
          const old = parent[key]
          parent[key] = typeof old === 'string' ? change.text : typeof old === 'number' ? change.number : typeof old === 'boolean' ? !old : old
        })
      }
      return copy
    })
}

function get(root: unknown, path: Step[]): unknown {
  let at = root
  for (const step of path) at = (at as Record<Step, unknown>)[step]
  return at
}

/** The mix each handler gets: anything at all, broken-but-shaped, well-typed oddities, ids moved around, and the valid examples. */
export function payloadFor(examples: readonly Json[], ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: anyValue },
    { weight: 4, arbitrary: mutatedPayload(examples, ids) },
    { weight: 4, arbitrary: tweakedPayload(examples) },
    { weight: 2, arbitrary: reboundIds(examples, ids) },
    { weight: 1, arbitrary: fc.constantFrom(...examples) }
  )
}
