import { z } from 'zod'

const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.')

/**
 * An AES-256-GCM sealed payload as it sits inside a JSON file. The plaintext never touches disk;
 * `keyId` names the data key that sealed it so a wrong or rotated key is reported, not guessed.
 */
export const SealedSchema = z.object({
  alg: z.literal('A256GCM'),
  keyId: z.string().min(1).max(64),
  /** 96-bit IV, fresh for every seal. */
  iv: base64(24),
  /** 128-bit authentication tag. */
  tag: base64(32),
  data: base64(64 * 1024 * 1024)
})

export type Sealed = z.infer<typeof SealedSchema>
