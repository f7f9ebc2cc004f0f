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
import { useLocale, useT } from '../../i18n/LocaleContext'

function BackupTable({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (backup: BackupInfo) => void }) {
  const locale = useLocale()
  const t = useT().backups
  if (backups.length === 0)
    return (
      <Alert icon={<IconArchive aria-hidden />} title={t.noneTitle} color="gray">
        {t.noneText}
      </Alert>
    )
  return (
    <Table striped withTableBorder highlightOnHover>
      <Table.Caption>{t.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t.table.taken}</Table.Th>
          <Table.Th scope="col">{t.table.why}</Table.Th>
          <Table.Th scope="col">{t.table.sessions}</Table.Th>
          <Table.Th scope="col">{t.table.size}</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>{t.table.actions}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.id}>
            <Table.Td>{backupDate(backup.takenAt, locale)}</Table.Td>
            <Table.Td>
              {reasonLabel(t.reasons, backup.reason)}
              {backup.valid ? null : (
                <Stack gap={2} align="flex-start">
                  <Badge color="red" variant="light" size="xs">
                    {t.damaged}
                  </Badge>
                  <Text size="xs" c="red">
                    {backup.problem}
                  </Text>
                </Stack>
              )}
            </Table.Td>
            <Table.Td>{backup.sessions}</Table.Td>
            <Table.Td>{backupSize(backup.bytes, locale)}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="default"
                disabled={!backup.valid}
                onClick={() => onRestore(backup)}
                aria-label={t.restoreFrom(backupDate(backup.takenAt, locale))}
              >
                {t.restoreEllipsis}
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
  const t = useT().backups
  const { loaded, reload } = useRequest('backups/list', {}, 'backups')
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const backUpNow = async () => {
    setBusy(true)
    const result = await call('backups/create', {})
    setBusy(false)
    notifications.show(result.ok ? { color: 'green', message: t.backedUp(backupDate(result.data.takenAt, locale)) } : { color: 'red', message: result.error.message })
    reload()
  }
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={
          <Button leftSection={<IconArchive aria-hidden size={18} />} onClick={() => void backUpNow()} loading={busy}>
            {t.backUpNow}
          </Button>
        }
      />
      <LoadState loaded={loaded} retry={reload}>
        {({ backups, problem }) => (
          <Stack maw={900}>
            {problem ? (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t.lastFailed} role="alert">
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
