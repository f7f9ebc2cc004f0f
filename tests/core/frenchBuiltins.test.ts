import { describe, expect, it } from 'vitest'
import { DEFAULT_COP_TEMPLATE, defaultTemplate } from '../../src/core/plan/defaultTemplate'
import { PROTOCOL_LIBRARY, builtInProtocol, protocolLibrary } from '../../src/core/protocols/library'
import type { Protocol } from '../../src/core/protocols/protocolSchema'
import { sampleWords } from '../../electron/services/sample/sampleWords'
import { findIdentifiers } from '../../src/core/deid'

// The built-in protocols, the default template and the sample group in French: the same
// structure, ids and minutes as the English ones, every word translated, French typography.

/** Every string in a value, with where it is. */
function texts(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k))
  return []
}

/** A protocol's words; what is left is its structure. */
const wordsOf = (p: Protocol) => ({
  name: p.name,
  summary: p.summary,
  source: p.source,
  roles: p.roles.map((r) => r.label),
  phases: p.phases.map((phase) => [phase.title, phase.prompt, phase.speaking.label])
})
const structureOf = (p: Protocol) => ({
  ...p,
  name: '',
  summary: '',
  source: '',
  roles: p.roles.map((r) => ({ ...r, label: '' })),
  phases: p.phases.map((phase) => ({ ...phase, title: '', prompt: '', speaking: { ...phase.speaking, label: '' } }))
})

/** French typography as the catalogues keep it: no breakable space before : ; ? ! » or after «. */
const badTypography = (list: { path: string; text: string }[]) => list.filter(({ text }) => / [:;?!»]/.test(text) || /« /.test(text)).map((t) => `${t.path}: ${t.text}`)

describe('the built-in protocols in French', () => {
  const french = protocolLibrary('fr-CA')

  it('are the English library, protocol for protocol: ids, versions, roles, phase keys, minutes and rules', () => {
    expect(french.map((p) => p.id)).toEqual(PROTOCOL_LIBRARY.map((p) => p.id))
    for (const [i, protocol] of french.entries()) expect(structureOf(protocol), protocol.id).toEqual(structureOf(PROTOCOL_LIBRARY[i]!))
  })

  it('translate every word: nothing empty, nothing left in English, French typography', () => {
    for (const [i, protocol] of french.entries()) {
      const english = texts(wordsOf(PROTOCOL_LIBRARY[i]!))
      const words = texts(wordsOf(protocol))
      expect(words.length).toBe(english.length)
      for (const [j, { path, text }] of words.entries()) {
        expect(text.trim(), `${protocol.id}.${path}`).not.toBe('')
        expect(text, `${protocol.id}.${path}`).not.toBe(english[j]!.text)
      }
      expect(badTypography(words)).toEqual([])
    }
  })

  it('keep the names a French-speaking practitioner knows, and the rules that make each protocol what it is', () => {
    expect(builtInProtocol('tuning', 'fr-CA')?.name).toBe('Protocole d’harmonisation')
    expect(builtInProtocol('consultancy', 'fr-CA')?.phases.find((p) => p.key === 'discussion')?.speaking.label).toMatch(/se tait/)
    expect(builtInProtocol('troika', 'fr-CA')?.phases.find((p) => p.key === 'consult')?.speaking).toMatchObject({ presenterAway: true, label: expect.stringMatching(/caméra fermée/) })
    // English stays the default and the library every English locale gets.
    expect(builtInProtocol('tuning')?.name).toBe('Tuning')
    for (const locale of ['en-CA', 'en-GB', 'en-US'] as const) expect(protocolLibrary(locale)).toBe(PROTOCOL_LIBRARY)
  })
})

describe('the default template in French', () => {
  const french = defaultTemplate('fr-CA')

  it('is the same session item for item: minutes, kinds, protections, protocols and timing', () => {
    const structure = (t: typeof french) => ({ ...t, name: '', items: t.items.map((item) => ({ ...item, title: '', prompt: '' })) })
    expect(structure(french)).toEqual(structure(DEFAULT_COP_TEMPLATE))
    expect(defaultTemplate('en-GB')).toBe(DEFAULT_COP_TEMPLATE)
  })

  it('translates every title and prompt, with French typography', () => {
    const words = texts({ name: french.name, items: french.items.map((i) => [i.title, i.prompt]) })
    const english = texts({ name: DEFAULT_COP_TEMPLATE.name, items: DEFAULT_COP_TEMPLATE.items.map((i) => [i.title, i.prompt]) })
    for (const [j, { path, text }] of words.entries()) {
      expect(text.trim(), path).not.toBe('')
      expect(text, path).not.toBe(english[j]!.text)
    }
    expect(badTypography(words)).toEqual([])
    expect(french.items[3]?.title).toBe('Cas 1\u00a0: protocole de consultation')
  })
})

describe('the sample group’s words in French', () => {
  const [french, english] = [sampleWords('fr-CA'), sampleWords('en-CA')]

  it('has the same shape as the English, every text translated but the professional bodies’ acronyms', () => {
    const words = texts(french)
    const originals = texts(english)
    expect(words.map((w) => w.path)).toEqual(originals.map((w) => w.path))
    // The bodies' own acronyms (ICF, BPS/HCPC) are the same in any language: members' profiles match on them.
    const sameEverywhere = /^creditTypes\[\d\]\.body$/
    for (const [j, { path, text }] of words.entries()) {
      expect(text.trim(), path).not.toBe('')
      if (sameEverywhere.test(path)) expect(text, path).toBe(originals[j]!.text)
      else expect(text, path).not.toBe(originals[j]!.text)
    }
    expect(badTypography(words)).toEqual([])
  })

  it('has notes the identifier checker finds nothing in, in either language (the summary export refuses open flags)', () => {
    for (const words of [french, english]) {
      const { themes, summary, questions, actions, reflections } = words.notes
      const flagged = [...themes, summary, questions, ...actions, reflections].flatMap((text) => findIdentifiers(text).map((f) => text.slice(f.start, f.end)))
      expect(flagged).toEqual([])
    }
  })

  it('keeps the placeholders, which are data, and names its pseudonym in the summary and an action', () => {
    expect(french.notes.summary).toContain('[AGE]')
    expect(french.notes.summary).toContain(french.notes.pseudonym.pseudonym)
    expect(french.notes.actions[1]).toContain(french.notes.pseudonym.pseudonym)
  })
})
