import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { backupsToKeep, DEFAULT_RETENTION } from '../../../src/core/backup/retention'
import { backupIdFor, BackupIdSchema, timeOfBackupId } from '../../../src/core/backup/manifest'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 22, 15, 0)
const utcDay = (at: number) => String(Math.floor(at / DAY))

/** Backups over the last few weeks (and a few from a clock set ahead), some marked before-restore. */
const backupsArb = fc.array(
  fc.record({ at: fc.integer({ min: NOW - 30 * DAY, max: NOW + DAY }), beforeRestore: fc.boolean() }),
  { maxLength: 80 }
)
const protect = (b: { beforeRestore: boolean }) => b.beforeRestore

describe('backupsToKeep', () => {
  test.prop([backupsArb])('never deletes the newest backup', (backups) => {
    const kept = backupsToKeep(backups, NOW)
    if (backups.length === 0) {
      expect(kept).toEqual([])
      return
    }
    const newest = Math.max(...backups.map((b) => b.at))
    expect(kept.some((b) => b.at === newest)).toBe(true)
  })

  test.prop([backupsArb])('keeps at most 10 + 7, plus the newest before-restore one', (backups) => {
    expect(backupsToKeep(backups, NOW).length).toBeLessThanOrEqual(DEFAULT_RETENTION.recent + DEFAULT_RETENTION.days)
    expect(backupsToKeep(backups, NOW, { protect }).length).toBeLessThanOrEqual(DEFAULT_RETENTION.recent + DEFAULT_RETENTION.days + 1)
  })

  test.prop([backupsArb])('keeps the newest backup of each of the last 7 days that has one', (backups) => {
    const kept = new Set(backupsToKeep(backups, NOW, { dayOf: utcDay }))
    for (let back = 0; back < 7; back++) {
      const day = utcDay(NOW - back * DAY)
      const ofDay = backups.filter((b) => utcDay(b.at) === day)
      if (ofDay.length === 0) continue
      const newest = Math.max(...ofDay.map((b) => b.at))
      expect(ofDay.some((b) => b.at === newest && kept.has(b)), `day -${back}`).toBe(true)
    }
  })

  test.prop([backupsArb])('keeps the 10 newest and the newest before-restore backup', (backups) => {
    const kept = new Set(backupsToKeep(backups, NOW, { protect }))
    const newestFirst = [...backups].sort((a, b) => b.at - a.at)
    const tenth = newestFirst[Math.min(9, newestFirst.length - 1)]
    if (tenth) for (const b of backups) if (b.at > tenth.at) expect(kept.has(b)).toBe(true)
    const guarded = newestFirst.find(protect)
    if (guarded) expect(backups.some((b) => b.beforeRestore && b.at === guarded.at && kept.has(b))).toBe(true)
  })

  test.prop([backupsArb])('is idempotent: pruning what was kept removes nothing more', (backups) => {
    const once = backupsToKeep(backups, NOW, { protect })
    expect(backupsToKeep(once, NOW, { protect })).toEqual(once)
  })

  test.prop([backupsArb])('returns a subset in the input order', (backups) => {
    const kept = backupsToKeep(backups, NOW, { protect })
    let from = 0
    for (const b of kept) {
      const at = backups.indexOf(b, from)
      expect(at).toBeGreaterThanOrEqual(from)
      from = at + 1
    }
  })

  it('a week of 5-minute backups during two live sessions a day leaves 10 recent and one per day', () => {
    const backups = []
    for (let day = 0; day < 14; day++) for (let k = 0; k < 36; k++) backups.push({ at: NOW - day * DAY - k * 5 * 60_000 })
    const kept = backupsToKeep(backups, NOW, { dayOf: utcDay })
    const days = new Set(kept.map((b) => utcDay(b.at)))
    expect(days.size).toBe(7)
    expect(kept).toHaveLength(10 + 6)
  })
})

describe('backup ids', () => {
  test.prop([fc.date({ min: new Date('2000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 50 })])(
    'name a time that reads back, and are safe as folder names',
    (date, clash) => {
      const id = backupIdFor(date, clash)
      expect(BackupIdSchema.safeParse(id).success).toBe(true)
      expect(timeOfBackupId(id)).toBe(date.getTime())
      expect(id).not.toMatch(/[:./\\]/)
    }
  )

  it('refuse names that could leave the backups folder', () => {
    for (const bad of ['..', '../workspace.json', '2026-11-22T15-00-00-000Z/..', '2026-11-22T15:00:00.000Z', ''])
      expect(BackupIdSchema.safeParse(bad).success, bad).toBe(false)
  })
})
