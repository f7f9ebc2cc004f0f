/**
 * Which backups to keep. Pure: the caller passes the backups, the current time and how to name
 * a calendar day (the service uses the person's local day; UTC by default).
 *
 * Kept: the `recent` newest (a bad edit during a call can be undone minutes later), plus the
 * newest of each of the last `days` calendar days (a problem noticed next week can still be
 * undone), plus the newest backup the caller marks as protected (the one taken just before a
 * restore, so a restore can itself be undone even after many new backups).
 */
export interface RetentionPolicy {
  recent: number
  days: number
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 10, days: 7 }

export interface Dated {
  /** When the backup was taken, in ms since the epoch. */
  at: number
}

/** Days since the epoch in UTC: the default day boundary (core has no time zone). */
const utcDay = (at: number) => String(Math.floor(at / 86_400_000))

export function backupsToKeep<T extends Dated>(
  backups: readonly T[],
  now: number,
  options: { policy?: RetentionPolicy; dayOf?: (at: number) => string; protect?: (backup: T) => boolean } = {}
): T[] {
  const { recent, days } = options.policy ?? DEFAULT_RETENTION
  const dayOf = options.dayOf ?? utcDay
  // Newest first; ties keep their input order so the result does not depend on sorting luck.
  const newestFirst = backups.map((backup, index) => ({ backup, index })).sort((a, b) => b.backup.at - a.backup.at || a.index - b.index)
  const kept = new Set<number>()
  newestFirst.slice(0, recent).forEach(({ index }) => kept.add(index))

  // The last `days` calendar days, counted back from today as the caller names days.
  const wantedDays = new Set<string>()
  for (let back = 0, probe = now; wantedDays.size < days && back < days * 2; back++, probe -= 86_400_000) wantedDays.add(dayOf(probe))
  const seenDays = new Set<string>()
  for (const { backup, index } of newestFirst) {
    const day = dayOf(backup.at)
    if (!wantedDays.has(day) || seenDays.has(day)) continue
    seenDays.add(day)
    kept.add(index)
  }

  const protect = options.protect
  const guarded = protect ? newestFirst.find(({ backup }) => protect(backup)) : undefined
  if (guarded) kept.add(guarded.index)
  return backups.filter((_, index) => kept.has(index))
}
