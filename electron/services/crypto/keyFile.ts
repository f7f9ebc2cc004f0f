import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto'
import type { ErrorText } from '../../../src/core/errors'
import { en } from '../../../src/core/i18n/en'
import { join } from 'node:path'
import { z } from 'zod'
import { SealedSchema } from '../../../src/core/storage/sealed'
import { writeFileDurably, type DurableWriteOptions } from '../storage/durableWrite'
import { errorCode, nodeFs, type DurableFs } from '../storage/fileSystem'
import { open, seal, type DataKey } from './sealedBox'
import type { SecretStore } from './secretStore'

/*
 * keys.json holds the one random 256-bit data key (DEK) that seals notes, never in the clear:
 * only wrapped, by the OS secret store and/or by a key derived from the person's passphrase.
 * Changing the passphrase or the store re-wraps the DEK; the notes themselves never change.
 */

export const KEY_FILE_NAME = 'keys.json'
export const keyFilePath = (dataDir: string) => join(dataDir, KEY_FILE_NAME)

export interface KdfParams {
  N: number
  r: number
  p: number
}

/** OWASP Password Storage Cheat Sheet's scrypt minimum: N=2^17, r=8, p=1 (about 128 MiB). */
export const DEFAULT_KDF_PARAMS: Readonly<KdfParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })
/** Node's default maxmem (32 MiB) rejects the OWASP parameters; 256 MiB leaves room for them. */
export const SCRYPT_MAXMEM = 256 * 1024 * 1024
const SALT_BYTES = 32
const CHECK_AAD = 'hearth-keys:v1:check'

// What OpenSSL allocates for scrypt (B plus V); a file asking for more is refused, not obeyed.
const scryptMemory = ({ N, r, p }: KdfParams) => 128 * r * (N + p + 2)
const isPowerOfTwo = (n: number) => n > 1 && (n & (n - 1)) === 0

const base64 = z.string().max(4096).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.')

const KdfSchema = z
  .object({
    name: z.literal('scrypt'),
    // Lower bound keeps tests fast while refusing a file that asks for a trivially weak KDF.
    N: z.number().int().min(1024).max(2 ** 20).refine(isPowerOfTwo, 'N must be a power of two.'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64.min(22)
  })
  .refine((kdf) => scryptMemory(kdf) <= SCRYPT_MAXMEM, 'The key file asks for more memory than Hearth allows.')

const PassphraseWrappingSchema = z.object({ kind: z.literal('passphrase'), kdf: KdfSchema, sealed: SealedSchema })
const OsStoreWrappingSchema = z.object({ kind: z.literal('os-store'), backend: z.string().max(64), data: base64.min(1) })
const WrappingSchema = z.discriminatedUnion('kind', [PassphraseWrappingSchema, OsStoreWrappingSchema])

export const KeyFileSchema = z
  .object({
    format: z.literal('hearth-keys'),
    version: z.literal(1),
    keyId: z.string().regex(/^[0-9a-f]{32}$/),
    wrappings: z.array(WrappingSchema).min(1).max(2),
    /** An empty payload sealed with the DEK: proves an unwrapped key is this file's key. */
    check: SealedSchema
  })
  .refine((file) => new Set(file.wrappings.map((w) => w.kind)).size === file.wrappings.length, 'One wrapping of each kind.')

export type KeyFile = z.infer<typeof KeyFileSchema>
export type PassphraseWrapping = z.infer<typeof PassphraseWrappingSchema>
export type OsStoreWrapping = z.infer<typeof OsStoreWrappingSchema>

export type KeyFileRead =
  | { status: 'missing' }
  | { status: 'ok'; file: KeyFile }
  /** Unreadable, unparseable, or from a newer Hearth: the file must be kept exactly as it is. */
  | { status: 'unusable'; reason: 'unreadable' | 'future-version'; message: string; text: ErrorText }

/** `message` in English for logs and tests; `text` for the facilitator, in the app's language. */
const unusable = (reason: 'unreadable' | 'future-version', text: ErrorText): KeyFileRead => ({ status: 'unusable', reason, message: text(en.errors), text })

/** Reads and validates keys.json. Never changes, moves or replaces it. */
export async function readKeyFile(path: string, fs: DurableFs = nodeFs): Promise<KeyFileRead> {
  let text: string
  try {
    text = await fs.readText(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { status: 'missing' }
    const code = errorCode(error) ?? null
    return unusable('unreadable', (w) => w.keys.fileUnreadable(code))
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return unusable('unreadable', (w) => w.keys.fileDamaged)
  }
  const header = z.object({ format: z.literal('hearth-keys'), version: z.number() }).safeParse(json)
  if (header.success && header.data.version > 1)
    return unusable('future-version', (w) => w.keys.fileFuture)
  const parsed = KeyFileSchema.safeParse(json)
  if (!parsed.success)
    return unusable('unreadable', (w) => w.keys.fileUnknown)
  return { status: 'ok', file: parsed.data }
}

export function writeKeyFile(path: string, file: KeyFile, options: DurableWriteOptions = {}): Promise<void> {
  return writeFileDurably(path, `${JSON.stringify(KeyFileSchema.parse(file), null, 2)}\n`, options)
}

export const newDataKey = (): DataKey => ({ keyId: randomBytes(16).toString('hex'), key: new Uint8Array(randomBytes(32)) })

export function buildKeyFile(dek: DataKey, wrappings: KeyFile['wrappings']): KeyFile {
  return {
    format: 'hearth-keys',
    version: 1,
    keyId: dek.keyId,
    wrappings,
    check: seal(dek.key, dek.keyId, new Uint8Array(0), CHECK_AAD)
  } satisfies KeyFile
}

/** True when `key` is the DEK this file describes (used after an unwrap that has no AAD of its own). */
export function isFileKey(file: KeyFile, key: Uint8Array): boolean {
  if (key.length !== 32) return false
  try {
    open(key, file.check, CHECK_AAD)
    return true
  } catch {
    return false
  }
}

/** Unicode has several byte forms of "é"; a passphrase typed on another keyboard must still work. */
const passphraseBytes = (passphrase: string) => Buffer.from(passphrase.normalize('NFC'), 'utf8')

/** Derives the 256-bit key-encryption key. Runs on libuv's thread pool, so the main process stays responsive. */
export function deriveKek(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<Buffer> {
  const options = { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM } satisfies ScryptOptions
  return new Promise((resolve, reject) => {
    scrypt(passphraseBytes(passphrase), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/**
 * The wrap's AAD is the file header and the KDF parameters, so nobody can lower N or swap the
 * salt or key id in the file without the unwrap failing. An array keeps the order fixed.
 */
const wrapAad = (keyId: string, kdf: PassphraseWrapping['kdf']) =>
  `hearth-keys:v1:passphrase:${JSON.stringify(['hearth-keys', 1, keyId, kdf.name, kdf.N, kdf.r, kdf.p, kdf.salt])}`

export async function wrapWithPassphrase(dek: DataKey, passphrase: string, params: KdfParams): Promise<PassphraseWrapping> {
  const salt = randomBytes(SALT_BYTES)
  const kdf = { name: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64') } satisfies PassphraseWrapping['kdf']
  const kek = await deriveKek(passphrase, salt, params)
  try {
    return { kind: 'passphrase', kdf, sealed: seal(kek, dek.keyId, dek.key, wrapAad(dek.keyId, kdf)) }
  } finally {
    kek.fill(0)
  }
}

/** The DEK, or null when the passphrase is wrong (GCM authentication fails; no hash is stored). */
export async function unwrapWithPassphrase(file: KeyFile, wrapping: PassphraseWrapping, passphrase: string): Promise<Uint8Array | null> {
  const { kdf } = wrapping
  const kek = await deriveKek(passphrase, Buffer.from(kdf.salt, 'base64'), kdf)
  try {
    const key = open(kek, wrapping.sealed, wrapAad(file.keyId, kdf))
    return isFileKey(file, key) ? key : null
  } catch {
    return null
  } finally {
    kek.fill(0)
  }
}

export async function wrapWithOsStore(dek: DataKey, store: SecretStore): Promise<OsStoreWrapping> {
  const cipher = await store.encrypt(Buffer.from(dek.key))
  return { kind: 'os-store', backend: store.backend(), data: cipher.toString('base64') }
}

/** The DEK, or null when the store cannot give it back (a reset keyring, another user or machine). */
export async function unwrapWithOsStore(file: KeyFile, wrapping: OsStoreWrapping, store: SecretStore): Promise<Uint8Array | null> {
  try {
    const key = new Uint8Array(await store.decrypt(Buffer.from(wrapping.data, 'base64')))
    return isFileKey(file, key) ? key : null
  } catch {
    return null
  }
}

export const findWrapping = <K extends KeyFile['wrappings'][number]['kind']>(file: KeyFile, kind: K) =>
  file.wrappings.find((w): w is Extract<KeyFile['wrappings'][number], { kind: K }> => w.kind === kind)
