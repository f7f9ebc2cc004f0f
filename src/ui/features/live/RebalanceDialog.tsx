import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core'
import type { RebalanceProposal } from '../../../core/live/rebalance'
import { useT } from '../../i18n/LocaleContext'

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
  const t = useT().live.rebalance
  return (
    <Modal opened={opened} onClose={onClose} title={over ? t.overTitle(proposal.minutesOver) : t.inHandTitle(-proposal.minutesOver)} size="lg">
      <Stack>
        <Text size="sm">
          {over ? t.overText : t.inHandText}
        </Text>
        {!proposal.fits ? (
          <Alert color="red" title={t.noFitTitle}>
            {t.noFitText}
          </Alert>
        ) : null}
        <Table aria-label={t.preview} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.item}</Table.Th>
              <Table.Th ta="right">{t.before}</Table.Th>
              <Table.Th ta="right">{t.after}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.lines.map((line) => (
              <Table.Tr key={line.itemId}>
                <Table.Td>
                  {line.title}{' '}
                  {line.protected ? (
                    <Badge size="xs" color="teal" variant="light">
                      {t.protected}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{t.minutes(line.before)}</Table.Td>
                <Table.Td ta="right" fw={line.after !== line.before ? 700 : undefined}>
                  {t.minutes(line.after)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.dismiss}
          </Button>
          <Button onClick={onApply} data-autofocus>
            {t.apply}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
