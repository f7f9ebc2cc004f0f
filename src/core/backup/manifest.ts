import { z } from 'zod'

export const BACKUP_REASONS = ['live-interval', 'session-end', 'manual', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** A backup's folder name: its time, made safe for every file system, plus a counter on a clash. */
export const BackupIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d{1,3})?$/, 'That is not the name of a Hearth backup.')

export const backupIdFor = (takenAt: Date, clash = 0): string =>
  `${takenAt.toISOString().replace(/[:.]/g, '-')}${clash > 0 ? `-${clash + 1}` : ''}`

/** The time a backup id names, or null for a folder Hearth did not name. */
export function timeOfBackupId(id: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id)
  if (!match) return null
  const at = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
  return Number.isNaN(at) ? null : at
}

/** Paths inside a backup mirror the data folder; only these shapes are ever copied back. */
export const BackupPathSchema = z
  .string()
  .regex(/^(workspace\.json|keys\.json|sessions\/[A-Za-z0-9_-]{1,64}\.json|images\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,120})$/)
  .refine((path) => !path.includes('..'), 'No parent folders.')

export const BackupFileSchema = z.object({
  path: BackupPathSchema,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
})

/** Written last into a backup folder: what it holds, so every copy can be checked later. */
export const BackupManifestSchema = z.object({
  format: z.literal('hearth-backup'),
  version: z.literal(1),
  takenAt: z.string().datetime(),
  reason: z.enum(BACKUP_REASONS),
  /** The Hearth file formats the copies are in (workspace and session schemaVersion). */
  formats: z.object({ workspace: z.number().int().positive(), session: z.number().int().positive() }),
  files: z.array(BackupFileSchema).max(100_000),
  /** Files in the data folder that did not validate and so were left out, with why. */
  skipped: z.array(z.object({ path: z.string().max(300), reason: z.string().max(500) })).max(100_000)
})

export type BackupManifest = z.infer<typeof BackupManifestSchema>
export type BackupFile = z.infer<typeof BackupFileSchema>
