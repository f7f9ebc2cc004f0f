import { Alert, Button, Stack } from '@mantine/core'
import { IconInfoCircle, IconLock, IconShieldExclamation } from '@tabler/icons-react'
import { useState } from 'react'
import type { AppStatus, BackupInfo } from '../../core/api/contract'
import { RestoreDialog } from '../features/backups/RestoreDialog'
import { backupDate } from '../features/backups/backupText'
import { useLocale, useT } from '../i18n/LocaleContext'

const LOOK = {
  quarantined: { color: 'red', title: 'quarantined', icon: IconShieldExclamation },
  'read-only': { color: 'yellow', title: 'readOnly', icon: IconLock },
  migrated: { color: 'blue', title: 'migrated', icon: IconInfoCircle }
} as const

/** What happened to the data files at start-up, said plainly at the top of every screen. */
export function StatusNotices({ status }: { status: AppStatus }) {
  const locale = useLocale()
  const t = useT().app.statusNotices
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  if (status.notices.length === 0) return null
  return (
    <Stack gap="xs" mb="md">
      {status.notices.map((notice) => {
        const look = LOOK[notice.kind]
        const Icon = look.icon
        const offer = notice.restore
        return (
          <Alert key={notice.message} color={look.color} title={t[look.title]} icon={<Icon aria-hidden />} role="status">
            {notice.message}
            {offer ? (
              <Button display="block" mt="sm" size="xs" color={look.color} onClick={() => setRestoring(offer)}>
                {t.restoreNewest(backupDate(offer.takenAt, locale))}
              </Button>
            ) : null}
          </Alert>
        )
      })}
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  )
}
