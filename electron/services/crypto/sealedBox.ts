import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { z } from 'zod'
import { HearthError, type ErrorText } from '../../../src/core/errors'
import { SealedSchema, type Sealed } from '../../../src/core/storage/sealed'

const ALG = 'aes-256-gcm'
const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16

/** A data key together with its id, as a KeyProvider hands it out. */
export interface DataKey {
  keyId: string
  key: Uint8Array
}

const UNREADABLE: ErrorText = (w) => w.notes.unreadable

/**
 * What GCM authenticates besides the data. The algorithm and key id are bound in as well as the
 * caller's context, so editing `keyId` in the file, or moving a sealed value to another session
 * (another `aad`), fails to open instead of decrypting in the wrong place. JSON of an array is
 * unambiguous: no choice of keyId and aad can collide with another.
 */
const boundAad = (keyId: string, aad: string) => Buffer.from(JSON.stringify(['A256GCM', keyId, aad]), 'utf8')

function checkKey(key: Uint8Array): void {
  // A wrong-sized key is a programming error, not a bad file: say so rather than "unreadable".
  if (key.length !== KEY_BYTES) throw new HearthError('internal', (w) => w.notes.keyWrongLength)
}

/**
 * Node's base64 decoder silently skips junk and ignores trailing bits; a sealed value that is not
 * exactly what we wrote is a changed file, so decode strictly (round-trip must match).
 */
function strictBase64(text: string, bytes?: number): Buffer {
  const decoded = Buffer.from(text, 'base64')
  if (decoded.toString('base64') !== text) throw new HearthError('unreadable-file', UNREADABLE)
  if (bytes !== undefined && decoded.length !== bytes) throw new HearthError('unreadable-file', UNREADABLE)
  return decoded
}

/** Encrypts with AES-256-GCM under a fresh random 96-bit IV: an (IV, key) pair is never reused. */
export function seal(key: Uint8Array, keyId: string, plaintext: Uint8Array, aad: string): Sealed {
  checkKey(key)
  // The result must pass SealedSchema when read back, or the notes would be sealed but unopenable.
  if (keyId.length < 1 || keyId.length > 64) throw new HearthError('internal', (w) => w.notes.keyBadId)
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv(ALG, key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(boundAad(keyId, aad))
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return {
    alg: 'A256GCM',
    keyId,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64')
  } satisfies Sealed
}

/**
 * Decrypts and authenticates. Any change to the IV, tag, data, key id or context, or the wrong
 * key, throws HearthError('unreadable-file'); the message never echoes file contents. Pass a
 * DataKey (not bare bytes) to have a different key id reported before trying to decrypt.
 */
export function open(key: Uint8Array | DataKey, sealed: Sealed, aad: string): Uint8Array {
  const bytes = key instanceof Uint8Array ? key : key.key
  checkKey(bytes)
  const parsed = SealedSchema.safeParse(sealed)
  if (!parsed.success) throw new HearthError('unreadable-file', UNREADABLE)
  const box = parsed.data
  if (!(key instanceof Uint8Array) && key.keyId !== box.keyId)
    throw new HearthError('unreadable-file', (w) => w.notes.otherKey)
  const iv = strictBase64(box.iv, IV_BYTES)
  const tag = strictBase64(box.tag, TAG_BYTES)
  const data = strictBase64(box.data)
  try {
    const decipher = createDecipheriv(ALG, bytes, iv, { authTagLength: TAG_BYTES })
    decipher.setAAD(boundAad(box.keyId, aad))
    decipher.setAuthTag(tag)
    return new Uint8Array(Buffer.concat([decipher.update(data), decipher.final()]))
  } catch {
    // OpenSSL's message ("Unsupported state or unable to authenticate data") means nothing to a facilitator.
    throw new HearthError('unreadable-file', UNREADABLE)
  }
}

export function sealJson(key: Uint8Array, keyId: string, value: unknown, aad: string): Sealed {
  return seal(key, keyId, Buffer.from(JSON.stringify(value), 'utf8'), aad)
}

/**
 * Opens and parses a sealed JSON value. With `schema`, the result is validated too: an
 * authentic payload from an older or newer Hearth is still reported rather than trusted blindly.
 */
export function openJson(key: Uint8Array | DataKey, sealed: Sealed, aad: string): unknown
export function openJson<T>(key: Uint8Array | DataKey, sealed: Sealed, aad: string, schema: z.ZodType<T>): T
export function openJson<T>(key: Uint8Array | DataKey, sealed: Sealed, aad: string, schema?: z.ZodType<T>): unknown {
  const text = Buffer.from(open(key, sealed, aad)).toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new HearthError('unreadable-file', UNREADABLE)
  }
  if (!schema) return value
  const checked = schema.safeParse(value)
  if (!checked.success)
    throw new HearthError('unreadable-file', (w) => w.notes.unknownContents)
  return checked.data
}
