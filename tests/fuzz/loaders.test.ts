import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { HearthError } from '../../src/core/errors'
import { EMPTY_NOTES, NotesSchema } from '../../src/core/notes/notesSchema'
import { decodeDocument, encodeDocument } from '../../src/core/storage/documentKind'
import { SESSION_KIND } from '../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND, emptyWorkspace } from '../../src/core/storage/workspaceDocument'
import { imageInfo, storeImage } from '../../electron/services/certificates/images'
import { readKeyFile } from '../../electron/services/crypto/keyFile'
import { openJson, sealJson } from '../../electron/services/crypto/sealedBox'
import { messageProblem } from '../soak/ipcFuzzSoak'
import { anyValue, mutatedPayload, type Json } from './payloads'

/**
 * Every file Hearth reads, fed damaged and arbitrary contents: the workspace and session files,
 * keys.json, sealed notes and certificate images. None may throw anything but a HearthError with
 * a message a person can act on, and none may change the file it was given.
 */
const RUNS = Number(process.env.HEARTH_FUZZ_RUNS ?? 1000)
const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const dir = mkdtempSync(join(tmpdir(), 'hearth-loaders-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const fixtureTexts = {
  workspace: [readFileSync(join(FIXTURES, 'workspace-v1.json'), 'utf8'), readFileSync(join(FIXTURES, 'workspace-v2.json'), 'utf8'), encodeDocument(emptyWorkspace())],
  session: [readFileSync(join(FIXTURES, 'session-v1.json'), 'utf8')]
}

/** Damage the way disks and people do: cut short, a byte changed, a run zeroed, or a JSON field broken. */
function damaged(texts: string[]): fc.Arbitrary<string> {
  const json = texts.map((t) => JSON.parse(t) as Json)
  return fc.oneof(
    fc.tuple(fc.constantFrom(...texts), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([t, n, c]) => {
      const at = n % t.length
      return t.slice(0, at) + String.fromCharCode(c) + t.slice(at + 1)
    }),
    fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 64 })).map(([t, n, len]) => {
      const at = n % t.length
      return t.slice(0, at) + '\u0000'.repeat(len) + t.slice(at + len)
    }),
    mutatedPayload(json, ['', 'x', '../x']).map((value) => {
      try {
        return JSON.stringify(value) ?? ''
      } catch {
        return ''
      }
    }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', ' ', '\u0000\u0000', '{}', '[]', 'null', '{"format":"hearth-workspace","schemaVersion":1e309}', '{"__proto__":{"polluted":1}}')
  )
}

function expectDecodes(kind: typeof WORKSPACE_KIND | typeof SESSION_KIND, text: string): void {
  const outcome = decodeDocument(kind as typeof WORKSPACE_KIND, text)
  expect(['ok', 'future', 'unreadable']).toContain(outcome.status)
  if (outcome.status !== 'ok') expect(messageProblem(outcome.message), outcome.message).toBeNull()
  else expect(kind.schema.safeParse(outcome.value).success).toBe(true)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
}

describe('decodeDocument (workspace.json, sessions/*.json)', () => {
  it.each([
    ['workspace', WORKSPACE_KIND, fixtureTexts.workspace],
    ['session', SESSION_KIND, fixtureTexts.session]
  ] as const)('%s: damaged files and arbitrary text never throw and explain themselves', (_name, kind, texts) => {
    fc.assert(
      fc.property(damaged(texts), (text) => expectDecodes(kind, text)),
      { numRuns: RUNS }
    )
  })

  it('still reads the undamaged fixtures', () => {
    for (const text of fixtureTexts.workspace) expect(decodeDocument(WORKSPACE_KIND, text).status).toBe('ok')
    for (const text of fixtureTexts.session) expect(decodeDocument(SESSION_KIND, text).status).toBe('ok')
  })
})

describe('readKeyFile (keys.json)', () => {
  const valid = JSON.stringify({ format: 'hearth-keys', version: 1, keyId: 'k', wrappings: [], check: {} })
  it('any contents give ok, unusable or missing, never a throw, and the file is left byte for byte', async () => {
    const path = join(dir, 'keys.json')
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged([valid]), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'))), async (text) => {
        writeFileSync(path, text)
        const read = await readKeyFile(path)
        expect(['ok', 'unusable']).toContain(read.status)
        if (read.status === 'unusable') expect(messageProblem(read.message), read.message).toBeNull()
        expect(readFileSync(path, 'utf8')).toBe(Buffer.from(text).toString('utf8'))
      }),
      { numRuns: RUNS }
    )
  })
})

describe('sealed notes', () => {
  const key = { keyId: 'fuzz-key', key: new Uint8Array(randomBytes(32)) }
  const aad = 'hearth-notes:v1:session-1'
  const sealed = sealJson(key.key, key.keyId, EMPTY_NOTES, aad)

  const expectUnreadable = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      expect(error).toBeInstanceOf(HearthError)
      expect((error as HearthError).code).toBe('unreadable-file')
      expect(messageProblem((error as HearthError).message)).toBeNull()
      return
    }
    throw new Error('a damaged sealed value opened')
  }

  it('opens the untouched value', () => {
    expect(openJson(key, sealed, aad, NotesSchema)).toEqual(EMPTY_NOTES)
  })

  it('any change to a sealed value, or any value at all in its place, fails as unreadable-file', () => {
    // Only the fields the value has: an extra, unknown field is dropped by the schema and changes nothing sealed.
    const field = fc.constantFrom(...Object.keys(sealed))
    const changed = fc.oneof(
      fc.tuple(field, fc.oneof(fc.string(), anyValue)).map(([name, value]) => ({ ...sealed, [name]: value })),
      fc.tuple(fc.constantFrom('iv', 'tag', 'data'), fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')).map(([name, n, c]) => {
        const text = (sealed as unknown as Record<string, string>)[name] ?? ''
        const at = n % text.length
        return text[at] === c ? { ...sealed, [name]: `${text}x` } : { ...sealed, [name]: text.slice(0, at) + c + text.slice(at + 1) }
      }),
      anyValue
    )
    fc.assert(
      fc.property(changed, (value) => expectUnreadable(() => openJson(key, value as typeof sealed, aad, NotesSchema))),
      { numRuns: RUNS }
    )
  })

  it('a value moved to another session does not open there', () => {
    expectUnreadable(() => openJson(key, sealed, 'hearth-notes:v1:session-2', NotesSchema))
  })
})

describe('certificate images (signature, logo)', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
  const jpegHead = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20])
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(fc.constantFrom(png, jpegHead), fc.nat(), fc.uint8Array({ maxLength: 40 })).map(([head, cut, tail]) => new Uint8Array(Buffer.concat([head.subarray(0, cut % (head.length + 1)), tail])))
  )

  it('imageInfo reads any bytes without throwing, and a size only from a real PNG or JPEG header', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        const info = imageInfo(data)
        if (info) {
          expect(['png', 'jpg']).toContain(info.type)
          expect(Number.isInteger(info.widthPx) && info.widthPx >= 0).toBe(true)
          expect(Number.isInteger(info.heightPx) && info.heightPx >= 0).toBe(true)
        }
      }),
      { numRuns: RUNS * 5 }
    )
    expect(imageInfo(png)).toEqual({ type: 'png', widthPx: 1, heightPx: 1 })
  })

  it('storeImage keeps a real image and refuses anything else with invalid-input', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        try {
          const ref = await storeImage(dir, 'group-1', 'logo', data)
          expect(readFileSync(join(dir, 'images', ref.file))).toEqual(Buffer.from(data))
        } catch (error) {
          expect(error).toBeInstanceOf(HearthError)
          expect((error as HearthError).code).toBe('invalid-input')
          expect(messageProblem((error as HearthError).message)).toBeNull()
        }
      }),
      { numRuns: Math.min(RUNS, 500) }
    )
  })
})
