import { scryptSync } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_KDF_PARAMS, deriveKek, KeyFileSchema, SCRYPT_MAXMEM } from '../../../electron/services/crypto/keyFile'
import { passphraseKeyProvider } from '../../../electron/services/crypto/passphraseKeyProvider'

describe('production KDF parameters', () => {
  it('are the OWASP scrypt minimum, with maxmem raised so Node accepts them', () => {
    expect(DEFAULT_KDF_PARAMS).toEqual({ N: 131072, r: 8, p: 1 })
    expect(SCRYPT_MAXMEM).toBe(256 * 1024 * 1024)
    // Node's default maxmem (32 MiB) refuses these parameters outright: the reason maxmem is set.
    expect(() => scryptSync('x', 'salt', 32, { N: 131072, r: 8, p: 1 })).toThrow(/memory/i)
  })

  it('derive a key, and the default provider writes and unlocks with them', async () => {
    const kek = await deriveKek('a passphrase of some length', Buffer.alloc(16, 7), DEFAULT_KDF_PARAMS)
    expect(kek).toHaveLength(32)

    const dir = await mkdtemp(join(tmpdir(), 'hearth-kdf-'))
    try {
      // Two more derivations (set, then unlock after a "restart"): about a second each on a slow machine.
      expect((await passphraseKeyProvider({ dataDir: dir }).unlock('a passphrase of some length')).ok).toBe(true)
      const file = KeyFileSchema.parse(JSON.parse(await readFile(join(dir, 'keys.json'), 'utf8')))
      expect(file.wrappings[0]).toMatchObject({ kind: 'passphrase', kdf: { N: 131072, r: 8, p: 1 } })
      expect((await passphraseKeyProvider({ dataDir: dir }).unlock('a passphrase of some length')).ok).toBe(true)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
