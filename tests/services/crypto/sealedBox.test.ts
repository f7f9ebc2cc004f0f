import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { z } from 'zod'
import { HearthError } from '../../../src/core/errors'
import { SealedSchema, type Sealed } from '../../../src/core/storage/sealed'
import { open, openJson, seal, sealJson } from '../../../electron/services/crypto/sealedBox'

const key = new Uint8Array(randomBytes(32))
const keyId = 'a'.repeat(32)
const aad = 'hearth-notes:v1:session-1'

const bytes = fc.uint8Array({ maxLength: 2048 })
const expectUnreadable = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(HearthError)
    expect((error as HearthError).code).toBe('unreadable-file')
    return (error as HearthError).message
  }
  throw new Error('expected open to fail')
}

type Part = 'iv' | 'tag' | 'data'
const flipBit = (sealed: Sealed, part: Part, index: number, bit: number): Sealed => {
  const raw = Buffer.from(sealed[part], 'base64')
  raw[index % raw.length]! ^= 1 << bit
  return { ...sealed, [part]: raw.toString('base64') }
}

describe('seal / open', () => {
  test.prop([bytes, fc.string()])('round-trips any bytes under any context', (plain, context) => {
    const sealed = seal(key, keyId, plain, context)
    expect(SealedSchema.safeParse(sealed).success).toBe(true)
    expect(open(key, sealed, context)).toEqual(plain)
  })

  test.prop([fc.string({ unit: 'grapheme' })])('round-trips any Unicode text as JSON', (text) => {
    expect(openJson(key, sealJson(key, keyId, { text }, aad), aad)).toEqual({ text })
  })

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 512 }), fc.constantFrom<Part>('iv', 'tag', 'data'), fc.nat(), fc.integer({ min: 0, max: 7 })])(
    'fails to open when any single bit of the IV, tag or data is flipped',
    (plain, part, index, bit) => {
      const sealed = seal(key, keyId, plain, aad)
      expectUnreadable(() => open(key, flipBit(sealed, part, index, bit), aad))
    }
  )

  test.prop([bytes, fc.constantFrom<Part>('iv', 'tag', 'data'), fc.nat(), fc.constantFrom(...'ABCabc019+/='.split(''))])(
    'fails to open when any character of the stored base64 text is changed',
    (plain, part, index, replacement) => {
      const sealed = seal(key, keyId, plain, aad)
      const text = sealed[part]
      fc.pre(text.length > 0)
      const at = index % text.length
      fc.pre(text[at] !== replacement)
      expectUnreadable(() => open(key, { ...sealed, [part]: text.slice(0, at) + replacement + text.slice(at + 1) }, aad))
    }
  )

  test.prop([bytes, fc.string(), fc.string()])('fails to open under another context (another session)', (plain, a, b) => {
    fc.pre(a !== b)
    expectUnreadable(() => open(key, seal(key, keyId, plain, a), b))
  })

  test.prop([bytes, fc.uint8Array({ minLength: 32, maxLength: 32 })])('fails to open with another key', (plain, other) => {
    fc.pre(Buffer.compare(Buffer.from(other), Buffer.from(key)) !== 0)
    expectUnreadable(() => open(other, seal(key, keyId, plain, aad), aad))
  })

  test.prop([bytes, fc.string({ minLength: 1, maxLength: 64 })])('fails to open when the key id in the file is edited', (plain, otherId) => {
    fc.pre(otherId !== keyId)
    expectUnreadable(() => open(key, { ...seal(key, keyId, plain, aad), keyId: otherId }, aad))
  })

  it('uses a fresh IV for every seal of the same plaintext', () => {
    const plain = new TextEncoder().encode('same words every time')
    const seals = Array.from({ length: 5000 }, () => seal(key, keyId, plain, aad))
    expect(new Set(seals.map((s) => s.iv)).size).toBe(seals.length)
    expect(new Set(seals.map((s) => s.data)).size).toBe(seals.length)
    expect(Buffer.from(seals[0]!.iv, 'base64')).toHaveLength(12)
    expect(Buffer.from(seals[0]!.tag, 'base64')).toHaveLength(16)
  })

  it('names a different key id before trying to decrypt, without echoing contents', () => {
    const sealed = sealJson(key, keyId, { note: 'Client mentioned her brother' }, aad)
    const message = expectUnreadable(() => open({ keyId: 'b'.repeat(32), key }, sealed, aad))
    expect(message).toMatch(/different key/)
    expect(message).not.toMatch(/brother/)
    expect(openJson({ keyId, key }, sealed, aad)).toEqual({ note: 'Client mentioned her brother' })
  })

  it('never puts plaintext in an error message or the sealed value', () => {
    const secret = 'Ms Example from Tralee, her coach said'
    const sealed = sealJson(key, keyId, secret, aad)
    expect(JSON.stringify(sealed)).not.toContain('Tralee')
    const message = expectUnreadable(() => open(key, flipBit(sealed, 'data', 3, 0), aad))
    expect(message).not.toContain('Tralee')
  })

  it('validates the opened JSON when given a schema', () => {
    const sealed = sealJson(key, keyId, { version: 9 }, aad)
    const schema = z.object({ text: z.string() })
    const message = expectUnreadable(() => openJson(key, sealed, aad, schema))
    expect(message).toMatch(/does not recognise/)
    expect(openJson(key, sealJson(key, keyId, { text: 'ok' }, aad), aad, schema).text).toBe('ok')
  })

  it('rejects malformed sealed values and wrong-sized keys clearly', () => {
    expectUnreadable(() => open(key, { alg: 'A256GCM', keyId, iv: '', tag: '', data: '' }, aad))
    expectUnreadable(() => open(key, JSON.parse('{"alg":"none"}') as Sealed, aad))
    expect(() => seal(new Uint8Array(16), keyId, new Uint8Array(1), aad)).toThrow(/wrong length/)
    expect(() => seal(key, '', new Uint8Array(1), aad)).toThrow(/invalid id/)
  })
})
