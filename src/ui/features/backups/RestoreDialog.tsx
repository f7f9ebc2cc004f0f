import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { BackupInfo } from '../../../core/api/contract'
import { call } from '../../lib/api'
import { useReloadAllData } from '../../lib/dataReload'
import { backupDate, reasonLabel } from './backupText'
import { useLocale } from '../../i18n/LocaleContext'

/**
 * Says exactly what a restore does before it happens; on success every screen reads the data
 * again. Used by the Backups screen and by the notice about a file Hearth could not read.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupInfo | null; onClose: () => void }) {
  const locale = useLocale()
  const reloadAll = useReloadAllData()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    if (busy) return
    setError(null)
    onClose()
  }
  const restore = async () => {
    if (!backup) return
    setBusy(true)
    const result = await call('backups/restore', { backupId: backup.id })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    notifications.show({
      color: 'green',
      message: `Restored the backup from ${backupDate(backup.takenAt, locale)}. Your data as it was just before is kept as a backup (“Before a restore”).`
    })
    onClose()
    reloadAll()
  }
  return (
    <Modal opened={backup !== null} onClose={close} title="Restore this backup?" closeButtonProps={{ 'aria-label': 'Close' }}>
      {backup ? (
        <Stack>
          <Text size="sm">
            Hearth will put back the groups, sessions, notes and images as they were on <strong>{backupDate(backup.takenAt, locale)}</strong> ({reasonLabel(backup.reason).toLowerCase()}).
          </Text>
          <Text size="sm">
            First, your current data is saved as a new backup, “Before a restore”, so nothing is lost: you can restore that one to undo this. Changes made after the
            chosen backup will then only be in that new backup.
          </Text>
          {error ? (
            <Alert color="red" role="alert" title="Not restored">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void restore()} loading={busy}>
              Restore
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
