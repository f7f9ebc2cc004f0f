import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { BackupInfo } from '../../../core/api/contract'
import { call } from '../../lib/api'
import { useReloadAllData } from '../../lib/dataReload'
import { backupDate, reasonLabel } from './backupText'
import { useLocale, useT } from '../../i18n/LocaleContext'

/**
 * Says exactly what a restore does before it happens; on success every screen reads the data
 * again. Used by the Backups screen and by the notice about a file Hearth could not read.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupInfo | null; onClose: () => void }) {
  const locale = useLocale()
  const words = useT().backups
  const t = words.restore
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
      message: t.done(backupDate(backup.takenAt, locale))
    })
    onClose()
    reloadAll()
  }
  return (
    <Modal opened={backup !== null} onClose={close} title={t.title} closeButtonProps={{ 'aria-label': t.close }}>
      {backup ? (
        <Stack>
          <Text size="sm">
            {t.putBackBefore} <strong>{backupDate(backup.takenAt, locale)}</strong> {t.putBackAfter(reasonLabel(words.reasons, backup.reason).toLowerCase())}
          </Text>
          <Text size="sm">
            {t.safety}
          </Text>
          {error ? (
            <Alert color="red" role="alert" title={t.notRestored}>
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t.cancel}
            </Button>
            <Button color="red" onClick={() => void restore()} loading={busy}>
              {t.confirm}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
