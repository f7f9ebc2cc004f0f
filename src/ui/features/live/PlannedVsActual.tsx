import { Table, Text } from '@mantine/core'
import { MINUTE, type LiveState } from '../../../core/live/clock'
import { useT } from '../../i18n/LocaleContext'

const min = (ms: number) => Math.round(ms / MINUTE)

/** The timing record of an ended session: what was planned, what ran, and the difference. */
export function PlannedVsActual({ state }: { state: LiveState }) {
  const t = useT().live.plannedVsActual
  return (
    <Table aria-label={t.table} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.item}</Table.Th>
          <Table.Th ta="right">{t.planned}</Table.Th>
          <Table.Th ta="right">{t.actual}</Table.Th>
          <Table.Th ta="right">{t.overUnder}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {state.items.map((r) => {
          const diff = min(r.elapsedMs) - r.plannedMinutes
          return (
            <Table.Tr key={r.item.id}>
              <Table.Td>{r.item.title}</Table.Td>
              <Table.Td ta="right">{t.minutes(r.plannedMinutes)}</Table.Td>
              <Table.Td ta="right">{r.firstStartedAt === null ? (r.skipped ? t.skipped : t.notReached) : t.minutes(min(r.elapsedMs))}</Table.Td>
              <Table.Td ta="right">
                <Text span c={diff > 0 ? 'red' : undefined}>
                  {r.firstStartedAt === null ? '—' : diff === 0 ? t.onTime : t.difference(diff)}
                </Text>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
