import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { SecretStore } from '../../../electron/services/crypto/secretStore'

/**
 * A stand-in for safeStorage: a real cipher under a key only this "keyring" holds, so a second
 * fake (a reset keyring, another machine) cannot decrypt what the first one wrapped.
 */
export function fakeSecretStore(options: { backend?: string; available?: boolean; async?: boolean } = {}) {
  const secret = randomBytes(32)
  const calls = { encrypt: 0, decrypt: 0 }
  const encrypt = (plain: Buffer) => {
    calls.encrypt++
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', secret, iv)
    const data = Buffer.concat([cipher.update(plain), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), data])
  }
  const decrypt = (blob: Buffer) => {
    calls.decrypt++
    const decipher = createDecipheriv('aes-256-gcm', secret, blob.subarray(0, 12))
    decipher.setAuthTag(blob.subarray(12, 28))
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()])
  }
  const store: SecretStore = options.async
    ? {
        backend: () => options.backend ?? 'gnome_libsecret',
        isAvailable: async () => options.available ?? true,
        encrypt: async (plain) => encrypt(plain),
        decrypt: async (blob) => decrypt(blob)
      }
    : {
        backend: () => options.backend ?? 'gnome_libsecret',
        isAvailable: () => options.available ?? true,
        encrypt,
        decrypt
      }
  return { store, calls }
}
