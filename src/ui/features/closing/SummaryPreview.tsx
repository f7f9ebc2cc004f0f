import { Alert, Button, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SessionSummary } from '../../../core/summary/sessionSummary'
import { notifications } from '@mantine/notifications'
import { call } from '../../lib/api'
import { useRequest } from '../../lib/useRequest'
import { clockTime, dueDate, weekdayDate, weekdayDateTime } from '../../../core/i18n/dates'
import { useLocale } from '../../i18n/LocaleContext'

const delta = (a: SessionSummary['agenda'][number]) =>
  a.actualMinutes === null ? (a.skipped ? 'skipped' : 'not reached') : a.actualMinutes === a.plannedMinutes ? 'on time' : `${a.actualMinutes > a.plannedMinutes ? '+' : '−'}${Math.abs(a.actualMinutes - a.plannedMinutes)}`

/**
 * What the Word summary will say, before it is saved. The service assembles it through the notes
 * check, so an unresolved identifier shows here as a refusal with what to do.
 */
export function SummaryPreview({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const preview = useRequest('summary/preview', { sessionId }, sessionId)
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null)
  const save = async () => {
    const result = await call('summary/export', { sessionId })
    if (!result.ok) setSaved({ ok: false, text: result.error.message })
    else if (!result.data.cancelled) {
      setSaved({ ok: true, text: `Saved ${result.data.files[0] ?? ''}` })
      notifications.show({ color: 'green', title: 'Summary saved', message: result.data.files[0] ?? '' })
    }
  }
  return (
    <Modal opened onClose={onClose} title="Session summary" size="xl">
      {preview.loaded.state === 'loading' ? <Text c="dimmed">Preparing the summary…</Text> : null}
      {preview.loaded.state === 'error' ? (
        <Alert color="orange" title="The summary cannot be saved yet" data-testid="summary-refused">
          {preview.loaded.message}
        </Alert>
      ) : null}
      {preview.loaded.state === 'ready' ? <SummaryBody summary={preview.loaded.data} /> : null}
      {/* The actions stay in view at the foot of the dialog while a long summary scrolls. */}
      <Group justify="flex-end" mt="md" py="sm" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        <Button onClick={() => void save()} disabled={preview.loaded.state !== 'ready'}>
          Save as Word…
        </Button>
      </Group>
      {saved ? (
        <Alert mt="sm" color={saved.ok ? 'green' : 'red'} role="status" data-testid="summary-saved">
          {saved.text}
        </Alert>
      ) : null}
    </Modal>
  )
}

function SummaryBody({ summary }: { summary: SessionSummary }) {
  const themes = [...new Set(summary.notes.flatMap((n) => n.themes))]
  const locale = useLocale()
  return (
    <Stack gap="sm" data-testid="summary-preview">
      <Title order={3} size="h4">
        {summary.sessionTitle}
      </Title>
      <Text size="sm">
        {weekdayDate(summary.date, locale)}, {clockTime(`${summary.date}T${summary.startTime}`, locale)}
        {summary.endTime ? `–${clockTime(`${summary.date}T${summary.endTime}`, locale)}` : ''} · facilitator {summary.facilitator || '—'}
        {summary.noteTaker ? ` · notes ${summary.noteTaker}` : ''}
      </Text>
      <Text size="sm">
        Present: {summary.attendance.present.map((p) => `${p.name}${p.guest ? ' (guest)' : ''}`).join(', ') || 'nobody marked'}. Apologies: {summary.attendance.apologies.join(', ') || 'none'}.
      </Text>
      <Table striped withTableBorder aria-label="Planned and actual minutes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Planned</Table.Th>
            <Table.Th ta="right">Over / under</Table.Th>
            <Table.Th>Protocol</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.agenda.map((a) => (
            <Table.Tr key={a.title}>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {a.plannedMinutes} min
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {delta(a)}
              </Table.Td>
              <Table.Td>{a.protocol ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {themes.length > 0 ? <Text size="sm">Themes: {themes.join(' · ')}</Text> : null}
      {summary.actions.length > 0 ? (
        <List size="sm">
          {summary.actions.map((a, i) => (
            <List.Item key={i}>
              {a.text}
              {a.owner ? ` — ${a.owner}` : ''}
              {a.due ? `, by ${dueDate(a.due, locale)}` : ''}
              {a.done ? ' (done)' : ''}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">No actions were recorded.</Text>
      )}
      <Text size="sm">
        Next session: {summary.next.scheduledStart ? weekdayDateTime(summary.next.scheduledStart, locale) : 'not set'}
        {summary.next.facilitator ? `, facilitated by ${summary.next.facilitator}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {summary.confidentialityStatement}
      </Text>
    </Stack>
  )
}
