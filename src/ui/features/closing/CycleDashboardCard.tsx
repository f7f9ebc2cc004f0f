import { Card, Group, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useRequest } from '../../lib/useRequest'
import { useT } from '../../i18n/LocaleContext'

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  )
}

/** The cycle at a glance, as a CoP steward reports it: sessions, attendance, CPD, participation. */
export function CycleDashboardCard({ groupId }: { groupId: string }) {
  const [from, setFrom] = useState(dayjs().subtract(6, 'month').format('YYYY-MM-DD'))
  const [to, setTo] = useState(dayjs().format('YYYY-MM-DD'))
  const t = useT()
  const words = t.closing.cycle
  const cycle = useRequest('groups/cycle', { groupId, from, to }, `${groupId}:${from}:${to}`)
  return (
    <Card withBorder padding="lg" data-testid="cycle-dashboard">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4">
          {words.title}
        </Title>
        <Group gap="xs">
          <TextInput size="xs" label={words.from} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput size="xs" label={words.to} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
      </Group>
      {cycle.loaded.state === 'error' ? <Text c="red">{cycle.loaded.message}</Text> : null}
      {cycle.loaded.state === 'ready' ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
            <Figure label={words.sessionsHeld} value={String(cycle.loaded.data.sessionsHeld)} />
            <Figure label={words.averageAttendance} value={words.percent(cycle.loaded.data.averageAttendancePercent)} />
            <Figure label={words.membersWhoCame} value={words.share(cycle.loaded.data.activeMembers, cycle.loaded.data.memberCount)} />
            <Figure label={words.guestVisits} value={String(cycle.loaded.data.guestVisits)} />
          </SimpleGrid>
          <Table striped aria-label={words.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{words.member}</Table.Th>
                <Table.Th ta="right">{words.sessions}</Table.Th>
                <Table.Th ta="right">{words.attendance}</Table.Th>
                <Table.Th ta="right">{words.cpdHours}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycle.loaded.data.members.map((m) => (
                <Table.Tr key={m.id} data-member={m.name}>
                  <Table.Td>
                    {m.role === 'guest' ? words.guest(m.name) : m.name}
                  </Table.Td>
                  <Table.Td ta="right">{m.attended}</Table.Td>
                  <Table.Td ta="right">{m.role === 'guest' ? '—' : words.percent(m.ratePercent)}</Table.Td>
                  <Table.Td ta="right">{words.hours(Number(m.cpdHours))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Card>
  )
}
