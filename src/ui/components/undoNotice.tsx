import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { currentWords } from '../lib/currentWords'

/**
 * Says what was just removed and offers to put it back for a while: quicker than a confirmation
 * for small things (an agenda item, an action), and nothing is lost by a slip. The button's word is
 * the page's language unless the caller gives one.
 */
export function showUndo(message: string, undo: () => void, undoLabel = currentWords().app.undo): void {
  const id = `undo-${crypto.randomUUID()}`
  notifications.show({
    id,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            undo()
            notifications.hide(id)
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    )
  })
}
