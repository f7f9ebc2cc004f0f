import { Alert, Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconArchive } from '@tabler/icons-react'
import { useState } from 'react'
import type { BackupInfo } from '../../../core/api/contract'
import { LoadState } from '../../components/LoadState'
import { PageHeader } from '../../components/PageHeader'
import { call } from '../../lib/api'
import { useRequest } from '../../lib/useRequest'
import { RestoreDialog } from './RestoreDialog'
import { backupDate, backupSize, reasonLabel } from './backupText'
import { useLocale } from '../../i18n/LocaleContext'

function BackupTable({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (backup: BackupInfo) => void }) {
  const locale = useLocale()
  if (backups.length === 0)
    return (
      <Alert icon={<IconArchive aria-hidden />} title="No backups yet" color="gray">
        Hearth backs up every five minutes during a live session and when it ends. Choose “Back up now” to make the first one.
      </Alert>
    )
  return (
    <Table striped withTableBorder highlightOnHover>
      <Table.Caption>Newest first. Hearth keeps the last 10, and the newest of each of the last 7 days.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Taken</Table.Th>
          <Table.Th scope="col">Why</Table.Th>
          <Table.Th scope="col">Sessions</Table.Th>
          <Table.Th scope="col">Size</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.id}>
            <Table.Td>{backupDate(backup.takenAt, locale)}</Table.Td>
            <Table.Td>
              {reasonLabel(backup.reason)}
              {backup.valid ? null : (
                <Stack gap={2} align="flex-start">
                  <Badge color="red" variant="light" size="xs">
                    Damaged
                  </Badge>
                  <Text size="xs" c="red">
                    {backup.problem}
                  </Text>
                </Stack>
              )}
            </Table.Td>
            <Table.Td>{backup.sessions}</Table.Td>
            <Table.Td>{backupSize(backup.bytes)}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="default"
                disabled={!backup.valid}
                onClick={() => onRestore(backup)}
                aria-label={`Restore the backup from ${backupDate(backup.takenAt, locale)}`}
              >
                Restore…
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function BackupsScreen() {
  const locale = useLocale()
  const { loaded, reload } = useRequest('backups/list', {}, 'backups')
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const backUpNow = async () => {
    setBusy(true)
    const result = await call('backups/create', {})
    setBusy(false)
    notifications.show(result.ok ? { color: 'green', message: `Backed up (${backupDate(result.data.takenAt, locale)}).` } : { color: 'red', message: result.error.message })
    reload()
  }
  return (
    <>
      <PageHeader
        title="Backups"
        subtitle="Copies of your groups, sessions, sealed notes, key file and images, kept in the data folder’s backups folder. Each one is checked when it is made and when it is listed."
        actions={
          <Button leftSection={<IconArchive aria-hidden size={18} />} onClick={() => void backUpNow()} loading={busy}>
            Back up now
          </Button>
        }
      />
      <LoadState loaded={loaded} retry={reload}>
        {({ backups, problem }) => (
          <Stack maw={900}>
            {problem ? (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="The last backup failed" role="alert">
                {problem}
              </Alert>
            ) : null}
            <BackupTable backups={backups} onRestore={setRestoring} />
          </Stack>
        )}
      </LoadState>
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
    </>
  )
}
