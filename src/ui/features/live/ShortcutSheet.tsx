import { Kbd, Modal, Table, Text } from '@mantine/core'
import type { Settings } from '../../../core/storage/workspaceDocument'
import { shortcutHelp } from './liveCommands'
import { useT } from '../../i18n/LocaleContext'

export function ShortcutSheet({ opened, onClose, settings }: { opened: boolean; onClose: () => void; settings: Settings | null }) {
  const t = useT().live.shortcuts
  return (
    <Modal opened={opened} onClose={onClose} title={t.title}>
      <Table aria-label={t.title}>
        <Table.Tbody>
          {shortcutHelp(t).map((row) => (
            <Table.Tr key={row.keys}>
              <Table.Td w={90}>
                <Kbd>{row.keys}</Kbd>
              </Table.Td>
              <Table.Td>{row.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {settings ? (
        <Text size="sm" c="dimmed" mt="md">
          {t.global(settings.globalShortcuts.toggle || t.off, settings.globalShortcuts.next || t.off, settings.globalShortcuts.previous || t.off)}
        </Text>
      ) : null}
    </Modal>
  )
}
