import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Radio, Stack, Table, Text, Title } from '@mantine/core'
import { IconCertificate } from '@tabler/icons-react'
import { useState } from 'react'
import type { AttendanceRow } from '../../../core/api/contract'
import { notifications } from '@mantine/notifications'
import { call } from '../../lib/api'
import { hrefFor } from '../../lib/route'
import { useRequest } from '../../lib/useRequest'

/**
 * After the session: who attended how long, who meets the group's rule, and certificates for
 * one person or all eligible at once, as a file each or one file with a page each.
 */
/** `revision` moves when the live log on disk changes, so the figures are read again. */
export function CertificatesPanel({ sessionId, groupId, revision }: { sessionId: string; groupId: string; revision: number }) {
  const summary = useRequest('attendance/summary', { sessionId }, `${sessionId}:${revision}`)
  const [chosen, setChosen] = useState<Set<string> | null>(null)
  const [layout, setLayout] = useState<'file-per-person' | 'one-file'>('file-per-person')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: true; message: string; files: string[] } | { ok: false; message: string } | null>(null)

  if (summary.loaded.state !== 'ready') return summary.loaded.state === 'error' ? <Alert color="red">{summary.loaded.message}</Alert> : null
  const data = summary.loaded.data
  const eligible = data.rows.filter((r) => r.eligible)
  const selected = chosen ?? new Set(eligible.map((r) => r.personId))
  const toggle = (row: AttendanceRow, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(row.personId)
    else next.delete(row.personId)
    setChosen(next)
  }

  const exportNow = async () => {
    setBusy(true)
    setResult(null)
    const reply = await call('certificates/export', { sessionId, personIds: [...selected], layout })
    setBusy(false)
    if (!reply.ok) return setResult({ ok: false, message: reply.error.message })
    if (reply.data.cancelled) return
    const n = reply.data.files.length
    const dup = reply.data.duplicates > 0 ? ` ${reply.data.duplicates} re-issued, marked Duplicate with the same ID.` : ''
    setResult({ ok: true, message: `Saved ${n} file${n === 1 ? '' : 's'}.${dup}`, files: reply.data.files })
    notifications.show({ color: 'green', title: 'Certificates saved', message: `${n} file${n === 1 ? '' : 's'}.${dup}` })
    summary.reload()
  }

  return (
    <Card withBorder padding="lg" data-testid="certificates-panel">
      <Group gap="xs" mb="xs">
        <IconCertificate size={20} aria-hidden />
        <Title order={2} size="h4">
          Attendance and certificates
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {data.sessionMinutes} credited minutes ({data.breakMinutes} min of breaks excluded). A certificate needs {data.minAttendancePercent} % of the session.
      </Text>
      {data.ruleProblem ? (
        <Alert color="yellow" mb="sm">
          {data.ruleProblem} <Anchor href={hrefFor({ screen: 'group', groupId, tab: 'certificates' })}>Open the CPD settings</Anchor>
        </Alert>
      ) : null}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Text size="xs" c="dimmed">
                Issue
              </Text>
            </Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Attended</Table.Th>
            <Table.Th>CPD hours</Table.Th>
            <Table.Th>Certificate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => (
            <Table.Tr key={row.personId} data-person={row.name}>
              <Table.Td>
                <Checkbox aria-label={`Certificate for ${row.name}`} checked={selected.has(row.personId)} disabled={!row.eligible} onChange={(e) => toggle(row, e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{row.name}</Text>
                  {row.role === 'guest' ? <Badge size="xs" variant="light" color="gray">guest</Badge> : null}
                  {row.late ? <Badge size="xs" variant="light" color="orange">late</Badge> : null}
                  {row.leftEarly ? <Badge size="xs" variant="light" color="orange">left early</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.status === 'present' ? `${row.attendedMinutes} min (${row.percent} %)` : row.status === 'apologies' ? 'Apologies' : 'Not marked'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.eligible ? row.hours : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c={row.eligible ? undefined : 'dimmed'}>
                  {row.issued ? `Issued ${row.issued.id}` : row.eligible ? 'Eligible' : row.reason}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs" mt="md">
        <Radio.Group value={layout} onChange={(v) => setLayout(v === 'one-file' ? 'one-file' : 'file-per-person')} label="Save as">
          <Group mt={4}>
            <Radio value="file-per-person" label="One Word file per person, in a folder" />
            <Radio value="one-file" label="One Word file with a page per person" />
          </Group>
        </Radio.Group>
        <Group>
          <Button onClick={() => void exportNow()} loading={busy} disabled={!data.ended || selected.size === 0 || data.ruleProblem !== null}>
            {selected.size === 1 ? 'Save 1 certificate…' : `Save ${selected.size} certificates…`}
          </Button>
          {!data.ended ? <Text size="sm" c="dimmed">Certificates are issued once the session has ended.</Text> : null}
        </Group>
        {result ? (
          <Alert color={result.ok ? 'green' : 'red'} role="status" data-testid="certificates-result">
            {result.message}
            {result.ok ? (
              <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                {result.files.map((f) => (
                  <li key={f}>
                    <Text size="xs">{f}</Text>
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  )
}
