import { Card, Group, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useRequest } from '../../lib/useRequest'

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
  const cycle = useRequest('groups/cycle', { groupId, from, to }, `${groupId}:${from}:${to}`)
  return (
    <Card withBorder padding="lg" data-testid="cycle-dashboard">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4">
          This cycle
        </Title>
        <Group gap="xs">
          <TextInput size="xs" label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput size="xs" label="To" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
      </Group>
      {cycle.loaded.state === 'error' ? <Text c="red">{cycle.loaded.message}</Text> : null}
      {cycle.loaded.state === 'ready' ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
            <Figure label="sessions held" value={String(cycle.loaded.data.sessionsHeld)} />
            <Figure label="average attendance" value={`${cycle.loaded.data.averageAttendancePercent} %`} />
            <Figure label="members who came" value={`${cycle.loaded.data.activeMembers} of ${cycle.loaded.data.memberCount}`} />
            <Figure label="guest visits" value={String(cycle.loaded.data.guestVisits)} />
          </SimpleGrid>
          <Table striped aria-label="Attendance and CPD per member">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Member</Table.Th>
                <Table.Th ta="right">Sessions</Table.Th>
                <Table.Th ta="right">Attendance</Table.Th>
                <Table.Th ta="right">CPD hours</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycle.loaded.data.members.map((m) => (
                <Table.Tr key={m.id} data-member={m.name}>
                  <Table.Td>
                    {m.name}
                    {m.role === 'guest' ? ' (guest)' : ''}
                  </Table.Td>
                  <Table.Td ta="right">{m.attended}</Table.Td>
                  <Table.Td ta="right">{m.role === 'guest' ? '—' : `${m.ratePercent} %`}</Table.Td>
                  <Table.Td ta="right">{m.cpdHours}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Card>
  )
}
