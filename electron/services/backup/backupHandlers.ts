import { join } from 'node:path'
import type { AppStatus, Handlers } from '../../../src/core/api/contract'
import type { BackupFs } from './backupFs'
import { problemWith } from './checkContent'
import type { BackupService } from './backupService'
import type { ServiceContext } from '../serviceContext'

type BackupChannels = 'backups/list' | 'backups/create' | 'backups/restore'

export function backupHandlers(context: ServiceContext, backups: BackupService): Pick<Handlers, BackupChannels> {
  return {
    'backups/list': async () => backups.list(await context.errorWords()),
    'backups/create': async () => {
      const created = await backups.create('manual')
      // A manual backup is never skipped as unchanged; null only means there was nothing to copy.
      if (!created) throw new Error('A manual backup gave no result')
      return created
    },
    'backups/restore': ({ backupId }) => backups.restore(backupId, context.withStoresClosed)
  }
}

/**
 * The data files kept aside as `<name>.unreadable-<time>` whose original is still missing or
 * unreadable: what a restore would bring back. Named as inside the data folder.
 */
async function filesStillMissing(dataDir: string, fs: BackupFs): Promise<string[]> {
  const missing = new Set<string>()
  for (const [dir, prefix] of [[dataDir, ''], [join(dataDir, 'sessions'), 'sessions/']] as const) {
    for (const entry of await fs.listEntries(dir)) {
      const at = entry.name.indexOf('.unreadable-')
      if (at <= 0) continue
      const path = prefix + entry.name.slice(0, at)
      const current = await fs.readBytes(join(dataDir, path)).catch(() => null)
      if (!current || problemWith(path, current)) missing.add(path)
    }
  }
  return [...missing]
}

/** Adds to the "file kept aside" notice the newest backup that can bring the file back. */
export async function offerRestore(status: AppStatus, dataDir: string, fs: BackupFs, backups: BackupService): Promise<AppStatus> {
  const index = status.notices.findIndex((n) => n.kind === 'quarantined')
  if (index < 0) return status
  const missing = await filesStillMissing(dataDir, fs)
  if (missing.length === 0) return status
  const offer = await backups.newestValidHolding(missing)
  if (!offer) return status
  return { ...status, notices: status.notices.map((notice, i) => (i === index ? { ...notice, restore: offer } : notice)) }
}
