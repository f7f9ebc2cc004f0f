import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core'
import type { RebalanceProposal } from '../../../core/live/rebalance'

export function RebalanceDialog({
  proposal,
  opened,
  onApply,
  onClose
}: {
  proposal: RebalanceProposal
  opened: boolean
  onApply: () => void
  onClose: () => void
}) {
  const over = proposal.minutesOver > 0
  return (
    <Modal opened={opened} onClose={onClose} title={over ? `Rebalance: ${proposal.minutesOver} min over` : `Rebalance: ${-proposal.minutesOver} min in hand`} size="lg">
      <Stack>
        <Text size="sm">
          {over
            ? 'Breaks give their time first, then the other items in proportion to their length. Protected items are never cut.'
            : 'The spare minutes go to the remaining items in proportion to their length.'}
        </Text>
        {!proposal.fits ? (
          <Alert color="red" title="Even this does not fit">
            With every item that can be shortened at one minute, the session still ends late. Consider skipping an item.
          </Alert>
        ) : null}
        <Table aria-label="Rebalance preview" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th ta="right">Before</Table.Th>
              <Table.Th ta="right">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.lines.map((line) => (
              <Table.Tr key={line.itemId}>
                <Table.Td>
                  {line.title}{' '}
                  {line.protected ? (
                    <Badge size="xs" color="teal" variant="light">
                      protected
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{line.before} min</Table.Td>
                <Table.Td ta="right" fw={line.after !== line.before ? 700 : undefined}>
                  {line.after} min
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Dismiss
          </Button>
          <Button onClick={onApply} data-autofocus>
            Apply
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
