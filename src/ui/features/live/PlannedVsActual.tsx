import { Table, Text } from '@mantine/core'
import { MINUTE, type LiveState } from '../../../core/live/clock'

const min = (ms: number) => Math.round(ms / MINUTE)

/** The timing record of an ended session: what was planned, what ran, and the difference. */
export function PlannedVsActual({ state }: { state: LiveState }) {
  return (
    <Table aria-label="Planned and actual minutes" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Item</Table.Th>
          <Table.Th ta="right">Planned</Table.Th>
          <Table.Th ta="right">Actual</Table.Th>
          <Table.Th ta="right">Over / under</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {state.items.map((r) => {
          const diff = min(r.elapsedMs) - r.plannedMinutes
          return (
            <Table.Tr key={r.item.id}>
              <Table.Td>{r.item.title}</Table.Td>
              <Table.Td ta="right">{r.plannedMinutes} min</Table.Td>
              <Table.Td ta="right">{r.firstStartedAt === null ? (r.skipped ? 'skipped' : 'not reached') : `${min(r.elapsedMs)} min`}</Table.Td>
              <Table.Td ta="right">
                <Text span c={diff > 0 ? 'red' : undefined}>
                  {r.firstStartedAt === null ? '—' : diff === 0 ? 'on time' : `${diff > 0 ? '+' : '−'}${Math.abs(diff)} min`}
                </Text>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
