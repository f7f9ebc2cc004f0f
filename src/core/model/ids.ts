import { z } from 'zod'

/**
 * Ids become file names (sessions/<id>.json), so the schema is also the path-traversal guard:
 * lowercase letters, digits and dashes only.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'That id is not one Hearth made.')

export type Id = z.infer<typeof IdSchema>

/** Supplied by the caller (services use crypto.randomUUID) so core stays deterministic. */
export type NewId = () => Id
