import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chooseKeyProvider } from '../../../electron/services/crypto/chooseKeyProvider'
import { KeyFileSchema, type KdfParams } from '../../../electron/services/crypto/keyFile'
import { osStoreKeyProvider } from '../../../electron/services/crypto/osStoreKeyProvider'
import { passphraseKeyProvider } from '../../../electron/services/crypto/passphraseKeyProvider'
import type { KeyProvider } from '../../../electron/services/crypto/keyProvider'
import type { SecretStore } from '../../../electron/services/crypto/secretStore'
import { fakeSecretStore } from './fakeSecretStore'

const kdfParams: KdfParams = { N: 1024, r: 8, p: 1 }

let dir: string
let keys: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-osstore-'))
  keys = join(dir, 'keys.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function dataKeyOf(p: KeyProvider) {
  const result = await p.dataKey()
  if (!result.ok) throw new Error(result.error.message)
  return result.data
}

const osProvider = (secretStore: SecretStore) => osStoreKeyProvider({ dataDir: dir, secretStore, platform: 'linux' })

describe('OS-store key provider', () => {
  for (const async of [false, true]) {
    it(`creates the key on first use and gets the same key back after a restart (${async ? 'async' : 'sync'} store)`, async () => {
      const { store, calls } = fakeSecretStore({ async })
      const first = osProvider(store)
      expect(await first.status()).toEqual({ state: 'ready', protection: 'os-store' })
      const dek = await dataKeyOf(first)
      expect(calls.encrypt).toBe(1)

      const text = await readFile(keys, 'utf8')
      const file = KeyFileSchema.parse(JSON.parse(text))
      expect(file.wrappings).toEqual([{ kind: 'os-store', backend: 'gnome_libsecret', data: expect.any(String) }])
      for (const encoding of ['hex', 'base64'] as const) expect(text).not.toContain(Buffer.from(dek.key).toString(encoding))

      const restarted = osProvider(store)
      const again = await dataKeyOf(restarted)
      expect(again.keyId).toBe(dek.keyId)
      expect(Buffer.from(again.key).equals(Buffer.from(dek.key))).toBe(true)
      expect(calls.encrypt).toBe(1)
    })
  }

  it('reports a keychain that can no longer unwrap the key and keeps the file', async () => {
    await dataKeyOf(osProvider(fakeSecretStore().store))
    const before = await readFile(keys)
    const reset = osProvider(fakeSecretStore().store)
    expect(await reset.status()).toMatchObject({ state: 'unavailable', reason: 'os-store-unavailable', message: expect.stringMatching(/keychain could not unlock/) })
    expect((await reset.dataKey()).ok).toBe(false)
    expect((await readFile(keys)).equals(before)).toBe(true)
  })

  for (const backend of ['basic_text', 'unknown']) {
    it(`refuses to protect the key with the '${backend}' backend and writes nothing`, async () => {
      const { store, calls } = fakeSecretStore({ backend })
      const p = osProvider(store)
      expect(await p.status()).toMatchObject({ state: 'unavailable', message: expect.stringMatching(/Use a passphrase/) })
      expect((await p.dataKey()).ok).toBe(false)
      expect(calls.encrypt).toBe(0)
      expect(await readdir(dir)).toEqual([])
    })
  }

  it('has no passphrase to unlock', async () => {
    const p = osProvider(fakeSecretStore().store)
    expect(await p.unlock('any passphrase at all')).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/no passphrase is needed/) } })
  })
})

describe('chooseKeyProvider', () => {
  const choose = (secretStore?: SecretStore) => chooseKeyProvider({ dataDir: dir, secretStore, kdfParams, platform: 'linux' })

  it('uses a real OS store when there is one', async () => {
    expect((await choose(fakeSecretStore({ backend: 'kwallet6' }).store)).protection).toBe('os-store')
  })

  it.each([
    ['Linux without a keyring (basic_text)', { backend: 'basic_text' }],
    ['before the app is ready (unknown)', { backend: 'unknown' }],
    ['a store that says it is unavailable', { available: false }]
  ])('asks for a passphrase for %s', async (_, options) => {
    const p = await choose(fakeSecretStore(options).store)
    expect(p.protection).toBe('passphrase')
    expect(await p.status()).toEqual({ state: 'needs-passphrase', reason: 'first-run' })
  })

  it('asks for a passphrase when there is no store at all (tests, the test host)', async () => {
    expect((await choose()).protection).toBe('passphrase')
  })

  it('stays with a passphrase once the key is passphrase-protected, even if a keychain appears', async () => {
    await passphraseKeyProvider({ dataDir: dir, kdfParams }).unlock('my long enough passphrase')
    const p = await choose(fakeSecretStore().store)
    expect(p.protection).toBe('passphrase')
    expect(await p.status()).toEqual({ state: 'locked', reason: 'passphrase' })
  })

  it('keeps a keychain-protected key with the keychain and says why it is unavailable when the keychain is gone', async () => {
    await dataKeyOf(osProvider(fakeSecretStore().store))
    const p = await choose(fakeSecretStore({ backend: 'basic_text' }).store)
    expect(p.protection).toBe('os-store')
    expect(await p.status()).toMatchObject({ state: 'unavailable', reason: 'os-store-unavailable' })
  })

  it('an unreadable key file is reported whichever provider is chosen, and kept', async () => {
    await writeFile(keys, '{"format":"hearth-keys",')
    for (const store of [undefined, fakeSecretStore().store]) {
      const p = await choose(store)
      expect(await p.status()).toMatchObject({ state: 'unavailable', reason: 'unreadable-key-file' })
      expect((await p.dataKey()).ok).toBe(false)
      expect(await readFile(keys, 'utf8')).toBe('{"format":"hearth-keys",')
    }
  })
})
