import { describe, expect, it } from 'vitest'
import { en } from '../../src/core/i18n/en'
import { frCA } from '../../src/core/i18n/fr-CA'
import { messagesFor } from '../../src/core/i18n/messages'

type Entry = { path: string; value: unknown }

function entries(tree: object, prefix = ''): Entry[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? entries(value, path) : [{ path, value }]
  })
}

// Words French writes the same way; anything else identical to the English is an untranslated copy.
const SAME_IN_FRENCH = new Set(['Hearth', 'Pause', 'Note', 'Notes', 'Actions', 'Orientation', 'Description', 'Total', 'Minutes', 'Date', 'Format', 'Minimum', 'Type', 'Rotation', 'Options', 'Question', 'Questions', 'Suggestions'])

/** Sample values for a message that takes arguments: numbers for counts, a short text for everything else. */
function sampleCall(fn: (...args: never[]) => unknown, path: string): unknown {
  const numeric = /count|minutes|n$|items|seconds|hours|share|number|total|size|kilo|percent/i
  const args = Array.from({ length: fn.length }, (_, i) => (numeric.test(path) ? 3 : i === 0 ? 'Ana' : 'x'))
  return (fn as (...args: unknown[]) => unknown)(...args)
}

describe('the message catalogues', () => {
  const english = entries(en)
  const french = new Map(entries(frCA).map((entry) => [entry.path, entry.value]))

  it('fr-CA has every message English has, and nothing else', () => {
    expect([...french.keys()].sort()).toEqual(english.map((entry) => entry.path).sort())
  })

  it('every message is words: non-empty text, or a function that takes as many values in both languages', () => {
    for (const { path, value } of english) {
      const other = french.get(path)
      if (typeof value === 'function') {
        expect(typeof other, path).toBe('function')
        expect((other as (...a: unknown[]) => unknown).length, path).toBe(value.length)
      } else if (Array.isArray(value)) {
        expect(Array.isArray(other), path).toBe(true)
      } else {
        expect(typeof value, path).toBe('string')
        expect(String(value).trim(), path).not.toBe('')
        expect(String(other).trim(), path).not.toBe('')
      }
    }
  })

  it('French is translated, not copied: each identical message is a word French spells the same way', () => {
    const copied = english.filter(({ path, value }) => typeof value === 'string' && value === french.get(path) && !SAME_IN_FRENCH.has(value))
    expect(copied.map(({ path, value }) => `${path}: ${String(value)}`)).toEqual([])
  })

  it('French typography: a no-break space before : ; ? ! and inside « »', () => {
    const bad: string[] = []
    for (const { path, value } of entries(frCA)) {
      const text = typeof value === 'function' ? String(sampleCall(value as (...args: never[]) => unknown, path)) : String(value)
      // A space that can break before high punctuation leaves "?" alone at the start of a line.
      if (/ [:;?!»]/.test(text) || /« /.test(text)) bad.push(`${path}: ${text}`)
    }
    expect(bad).toEqual([])
  })

  it('English serves en-CA, en-GB and en-US; French serves fr-CA', () => {
    expect(messagesFor('en-CA')).toBe(en)
    expect(messagesFor('en-GB')).toBe(en)
    expect(messagesFor('en-US')).toBe(en)
    expect(messagesFor('fr-CA')).toBe(frCA)
  })

  // The services' errors (errors area): each value given to a message reaches the sentence, in
  // both languages, so a French error still names the file, the code (ENOSPC) or the person.
  it('errors: every message that takes values says each of them, in English and in French', () => {
    const dropped: string[] = []
    for (const [language, tree] of [['en', en.errors], ['fr-CA', frCA.errors]] as const) {
      for (const { path, value } of entries(tree)) {
        if (typeof value !== 'function') continue
        const args = Array.from({ length: value.length }, (_, i) => `arg${i}x`)
        const text = String((value as (...a: unknown[]) => unknown)(...args))
        for (const arg of args) if (!text.includes(arg)) dropped.push(`${language} errors.${path} drops ${arg}: ${text}`)
      }
    }
    expect(dropped).toEqual([])
  })

})
