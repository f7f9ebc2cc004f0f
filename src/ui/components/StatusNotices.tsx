import { Alert, Stack } from '@mantine/core'
import { IconInfoCircle, IconLock, IconShieldExclamation } from '@tabler/icons-react'
import type { AppStatus } from '../../core/api/contract'

const LOOK = {
  quarantined: { color: 'red', title: 'A data file could not be read', icon: IconShieldExclamation },
  'read-only': { color: 'yellow', title: 'Read-only: saved by a newer Hearth', icon: IconLock },
  migrated: { color: 'blue', title: 'Data upgraded', icon: IconInfoCircle }
} as const

/** What happened to the data files at start-up, said plainly at the top of every screen. */
export function StatusNotices({ status }: { status: AppStatus }) {
  if (status.notices.length === 0) return null
  return (
    <Stack gap="xs" mb="md">
      {status.notices.map((notice) => {
        const look = LOOK[notice.kind]
        const Icon = look.icon
        return (
          <Alert key={notice.message} color={look.color} title={look.title} icon={<Icon aria-hidden />} role="status">
            {notice.message}
          </Alert>
        )
      })}
    </Stack>
  )
}
