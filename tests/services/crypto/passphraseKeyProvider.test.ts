import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFs, type DurableFs } from '../../../electron/services/storage/fileSystem'
import { KeyFileSchema, type KdfParams } from '../../../electron/services/crypto/keyFile'
import { passphraseKeyProvider } from '../../../electron/services/crypto/passphraseKeyProvider'
import { openJson, sealJson } from '../../../electron/services/crypto/sealedBox'
import { recordingFs } from '../recordingFs'

// Small N keeps each derivation to a few milliseconds; the OWASP default is tested on its own.
const kdfParams: KdfParams = { N: 1024, r: 8, p: 1 }
const PASS = 'correct horse battery staple'

let dir: string
let keys: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-keys-'))
  keys = join(dir, 'keys.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const provider = (fs?: DurableFs) => passphraseKeyProvider({ dataDir: dir, kdfParams, fs, platform: 'linux' })

async function dataKeyOf(p: ReturnType<typeof provider>) {
  const result = await p.dataKey()
  if (!result.ok) throw new Error(result.error.message)
  return result.data
}

describe('passphrase key provider', () => {
  it('first run: refuses a short passphrase, then creates keys.json with the key only in wrapped form', async () => {
    const p = provider()
    expect(await p.status()).toEqual({ state: 'needs-passphrase', reason: 'first-run' })
    expect(await p.dataKey()).toMatchObject({ ok: false, error: { code: 'not-found' } })

    const short = await p.unlock('too short')
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/at least 10 characters/) } })
    expect(await readdir(dir)).toEqual([])

    expect(await p.unlock(PASS)).toEqual({ ok: true, data: { state: 'ready', protection: 'passphrase' } })
    const dek = await dataKeyOf(p)
    expect(dek.key).toHaveLength(32)

    const text = await readFile(keys, 'utf8')
    const file = KeyFileSchema.parse(JSON.parse(text))
    expect(file).toMatchObject({ format: 'hearth-keys', version: 1, keyId: dek.keyId })
    expect(file.wrappings).toHaveLength(1)
    expect(file.wrappings[0]).toMatchObject({ kind: 'passphrase', kdf: { name: 'scrypt', N: 1024, r: 8, p: 1 } })
    const raw = Buffer.from(dek.key)
    for (const encoding of ['hex', 'base64', 'base64url'] as const) expect(text).not.toContain(raw.toString(encoding))
    expect(text).not.toContain(PASS)
    expect(await readdir(dir)).toEqual(['keys.json'])
  })

  it('after a restart, unlocks only with the right passphrase and gives back the same key', async () => {
    const first = provider()
    await first.unlock(PASS)
    const before = await dataKeyOf(first)
    const note = sealJson(before.key, before.keyId, { theme: 'boundaries' }, 'hearth-notes:v1:s1')

    const restarted = provider()
    expect(await restarted.status()).toEqual({ state: 'locked', reason: 'passphrase' })
    expect(await restarted.dataKey()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/locked/) } })

    const wrong = await restarted.unlock('correct horse battery stapler')
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^That passphrase does not unlock/) } })
    expect(await restarted.unlock('')).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await restarted.status()).toEqual({ state: 'locked', reason: 'passphrase' })

    expect((await restarted.unlock(PASS)).ok).toBe(true)
    const after = await dataKeyOf(restarted)
    expect(after.keyId).toBe(before.keyId)
    expect(Buffer.from(after.key).equals(Buffer.from(before.key))).toBe(true)
    expect(openJson(after, note, 'hearth-notes:v1:s1')).toEqual({ theme: 'boundaries' })
  })

  it('accepts the same passphrase typed in another Unicode form', async () => {
    await provider().unlock('Caf\u00e9 au lait, s\u00edl vous pla\u00eet')
    expect((await provider().unlock('Cafe\u0301 au lait, si\u0301l vous plai\u0302t')).ok).toBe(true)
  })

  it('creates one key when two first-run unlocks overlap', async () => {
    const p = provider()
    const results = await Promise.all([p.unlock(PASS), p.unlock(PASS)])
    expect(results.every((r) => r.ok)).toBe(true)
    const file = KeyFileSchema.parse(JSON.parse(await readFile(keys, 'utf8')))
    expect((await dataKeyOf(p)).keyId).toBe(file.keyId)
  })

  it('a failed first save leaves no key file and can be retried', async () => {
    const { fs } = recordingFs({ failAt: 2, code: 'ENOSPC' })
    const p = provider(fs)
    expect(await p.unlock(PASS)).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringMatching(/ENOSPC/) } })
    expect(await readdir(dir)).toEqual([])
    expect(await p.status()).toEqual({ state: 'needs-passphrase', reason: 'first-run' })
    expect((await p.unlock(PASS)).ok).toBe(true)
  })

  it('refuses a key file whose KDF parameters were lowered by hand', async () => {
    await provider().unlock(PASS)
    const file = JSON.parse(await readFile(keys, 'utf8'))
    file.wrappings[0].kdf.N = 2048
    await writeFile(keys, JSON.stringify(file))
    expect(await provider().unlock(PASS)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('changes the passphrase by re-wrapping the same key', async () => {
    const p = provider()
    await p.unlock(PASS)
    const dek = await dataKeyOf(p)
    const NEW = 'a longer and newer passphrase'

    const before = await readFile(keys, 'utf8')
    expect(await p.changePassphrase('not it at all', NEW)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await p.changePassphrase(PASS, 'short')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at least 10/) } })
    expect(await readFile(keys, 'utf8')).toBe(before)

    expect((await p.changePassphrase(PASS, NEW)).ok).toBe(true)
    expect((await provider().unlock(PASS)).ok).toBe(false)
    const restarted = provider()
    expect((await restarted.unlock(NEW)).ok).toBe(true)
    const again = await dataKeyOf(restarted)
    expect(again.keyId).toBe(dek.keyId)
    expect(Buffer.from(again.key).equals(Buffer.from(dek.key))).toBe(true)
  })

  it('forgets the key when locked', async () => {
    const p = provider()
    await p.unlock(PASS)
    p.lock()
    expect(await p.status()).toEqual({ state: 'locked', reason: 'passphrase' })
    expect((await p.dataKey()).ok).toBe(false)
  })
})

describe('a key file Hearth cannot use is reported and kept byte for byte', () => {
  const validFile = async () => {
    const other = await mkdtemp(join(tmpdir(), 'hearth-keys-src-'))
    await passphraseKeyProvider({ dataDir: other, kdfParams }).unlock(PASS)
    const text = await readFile(join(other, 'keys.json'), 'utf8')
    await rm(other, { recursive: true, force: true })
    return text
  }

  const cases: [string, (valid: string) => string | Buffer, RegExp][] = [
    ['not JSON', () => 'this is not json', /damaged/],
    ['empty', () => '', /damaged/],
    ['NUL-filled after a power cut', () => Buffer.alloc(600), /damaged/],
    ['truncated', (valid) => valid.slice(0, Math.floor(valid.length / 2)), /damaged/],
    ['another format', () => JSON.stringify({ format: 'something-else', version: 1 }), /not one Hearth recognises/],
    ['missing its wrapping', (valid) => JSON.stringify({ ...JSON.parse(valid), wrappings: [] }), /not one Hearth recognises/],
    ['asking for absurd scrypt memory', (valid) => valid.replace('"N": 1024', '"N": 1048576').replace('"r": 8', '"r": 32'), /not one Hearth recognises/],
    ['from a newer Hearth', (valid) => valid.replace('"version": 1', '"version": 2'), /newer version/]
  ]

  for (const [name, make, message] of cases) {
    it(name, async () => {
      const bytes = Buffer.from(make(await validFile()))
      await writeFile(keys, bytes)
      const p = provider()
      const status = await p.status()
      expect(status).toMatchObject({ state: 'unavailable', message: expect.stringMatching(message) })
      const attempt = await p.unlock(PASS)
      expect(attempt).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } })
      if (!attempt.ok) expect(attempt.error.code).toBe(name.includes('newer') ? 'future-version' : 'unreadable-file')
      expect((await p.changePassphrase(PASS, 'another long passphrase')).ok).toBe(false)
      expect((await readFile(keys)).equals(bytes)).toBe(true)
      expect(await readdir(dir)).toEqual(['keys.json'])
    })
  }

  it('a key file that cannot be read (permissions) is reported with its cause and nothing is written', async () => {
    await writeFile(keys, await validFile())
    const before = await readFile(keys)
    const { fs: recording, log } = recordingFs()
    const denied: DurableFs = {
      ...recording,
      readText: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' })
      }
    }
    const p = provider(denied)
    expect(await p.status()).toMatchObject({ state: 'unavailable', reason: 'unreadable-key-file', message: expect.stringMatching(/EACCES/) })
    expect(await p.unlock(PASS)).toMatchObject({ ok: false, error: { code: 'unreadable-file' } })
    expect(log).toEqual([])
    expect((await readFile(keys)).equals(before)).toBe(true)
    expect(await nodeFs.readText(keys)).toBe(before.toString('utf8'))
  })
})
