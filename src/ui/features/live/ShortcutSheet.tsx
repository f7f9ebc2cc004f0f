import { Kbd, Modal, Table, Text } from '@mantine/core'
import type { Settings } from '../../../core/storage/workspaceDocument'
import { SHORTCUT_HELP } from './liveCommands'

export function ShortcutSheet({ opened, onClose, settings }: { opened: boolean; onClose: () => void; settings: Settings | null }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts">
      <Table aria-label="Keyboard shortcuts">
        <Table.Tbody>
          {SHORTCUT_HELP.map((row) => (
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
          In the desktop app these also work while the video call has focus: {settings.globalShortcuts.toggle || 'off'} start/pause,{' '}
          {settings.globalShortcuts.next || 'off'} next, {settings.globalShortcuts.previous || 'off'} previous.
        </Text>
      ) : null}
    </Modal>
  )
}
