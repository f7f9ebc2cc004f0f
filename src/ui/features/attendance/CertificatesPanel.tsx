import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Radio, Stack, Table, Text, Title } from '@mantine/core'
import { IconCertificate } from '@tabler/icons-react'
import { useState } from 'react'
import type { AttendanceRow } from '../../../core/api/contract'
import { notifications } from '@mantine/notifications'
import { call } from '../../lib/api'
import { hrefFor } from '../../lib/route'
import { useRequest } from '../../lib/useRequest'
import { creditReason } from '../../../core/attendance/cpdCredit'
import { useT } from '../../i18n/LocaleContext'

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
  const t = useT()
  const words = t.attendance.certificates

  if (summary.loaded.state !== 'ready') return summary.loaded.state === 'error' ? <Alert color="red">{summary.loaded.message}</Alert> : null
  const data = summary.loaded.data
  const eligible = data.rows.filter((r) => r.eligible)
  const selected = chosen ?? new Set(eligible.map((r) => r.personId))
  // The service words its reason in English; the row holds all it rests on, so it is said here in the screen's language.
  const reason = (row: AttendanceRow) =>
    creditReason(
      { sessionRan: data.sessionMinutes > 0, status: row.status, percent: row.percent, minAttendancePercent: data.minAttendancePercent, creditedMinutes: Number(row.hours) > 0 ? 1 : 0 },
      t.attendance.reasons
    )
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
    const dup = reply.data.duplicates > 0 ? words.duplicates(reply.data.duplicates) : ''
    setResult({ ok: true, message: words.savedFiles(n, dup), files: reply.data.files })
    notifications.show({ color: 'green', title: words.savedTitle, message: words.files(n, dup) })
    summary.reload()
  }

  return (
    <Card withBorder padding="lg" data-testid="certificates-panel">
      <Group gap="xs" mb="xs">
        <IconCertificate size={20} aria-hidden />
        <Title order={2} size="h4">
          {words.title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {words.intro(data.sessionMinutes, data.breakMinutes, data.minAttendancePercent)}
      </Text>
      {data.ruleProblem ? (
        <Alert color="yellow" mb="sm">
          {data.ruleProblem} <Anchor href={hrefFor({ screen: 'group', groupId, tab: 'certificates' })}>{words.openSettings}</Anchor>
        </Alert>
      ) : null}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Text size="xs" c="dimmed">
                {words.issue}
              </Text>
            </Table.Th>
            <Table.Th>{words.person}</Table.Th>
            <Table.Th>{words.attended}</Table.Th>
            <Table.Th>{words.cpdHours}</Table.Th>
            <Table.Th>{words.certificate}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => (
            <Table.Tr key={row.personId} data-person={row.name}>
              <Table.Td>
                <Checkbox aria-label={words.certificateFor(row.name)} checked={selected.has(row.personId)} disabled={!row.eligible} onChange={(e) => toggle(row, e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{row.name}</Text>
                  {row.role === 'guest' ? <Badge size="xs" variant="light" color="gray">{words.guest}</Badge> : null}
                  {row.late ? <Badge size="xs" variant="light" color="orange">{words.late}</Badge> : null}
                  {row.leftEarly ? <Badge size="xs" variant="light" color="orange">{words.leftEarly}</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.status === 'present' ? words.attendedMinutes(row.attendedMinutes, row.percent) : row.status === 'apologies' ? words.apologies : words.notMarked}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.eligible ? words.hours(Number(row.hours)) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c={row.eligible ? undefined : 'dimmed'}>
                  {row.issued ? words.issued(row.issued.id) : row.eligible ? words.eligible : reason(row)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs" mt="md">
        <Radio.Group value={layout} onChange={(v) => setLayout(v === 'one-file' ? 'one-file' : 'file-per-person')} label={words.saveAs}>
          <Group mt={4}>
            <Radio value="file-per-person" label={words.filePerPerson} />
            <Radio value="one-file" label={words.oneFile} />
          </Group>
        </Radio.Group>
        <Group>
          <Button onClick={() => void exportNow()} loading={busy} disabled={!data.ended || selected.size === 0 || data.ruleProblem !== null}>
            {words.save(selected.size)}
          </Button>
          {!data.ended ? <Text size="sm" c="dimmed">{words.afterEnd}</Text> : null}
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
