import { Alert, Button, Stack } from '@mantine/core'
import { IconInfoCircle, IconLock, IconShieldExclamation } from '@tabler/icons-react'
import { useState } from 'react'
import type { AppStatus, BackupInfo } from '../../core/api/contract'
import { RestoreDialog } from '../features/backups/RestoreDialog'
import { backupDate } from '../features/backups/backupText'
import { useLocale } from '../i18n/LocaleContext'

const LOOK = {
  quarantined: { color: 'red', title: 'A data file could not be read', icon: IconShieldExclamation },
  'read-only': { color: 'yellow', title: 'Read-only: saved by a newer Hearth', icon: IconLock },
  migrated: { color: 'blue', title: 'Data upgraded', icon: IconInfoCircle }
} as const

/** What happened to the data files at start-up, said plainly at the top of every screen. */
export function StatusNotices({ status }: { status: AppStatus }) {
  const locale = useLocale()
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  if (status.notices.length === 0) return null
  return (
    <Stack gap="xs" mb="md">
      {status.notices.map((notice) => {
        const look = LOOK[notice.kind]
        const Icon = look.icon
        const offer = notice.restore
        return (
          <Alert key={notice.message} color={look.color} title={look.title} icon={<Icon aria-hidden />} role="status">
            {notice.message}
            {offer ? (
              <Button display="block" mt="sm" size="xs" color={look.color} onClick={() => setRestoring(offer)}>
                Restore the newest valid backup ({backupDate(offer.takenAt, locale)})…
              </Button>
            ) : null}
          </Alert>
        )
      })}
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  )
}
