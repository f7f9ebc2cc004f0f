import { Alert, Button, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SessionSummary } from '../../../core/summary/sessionSummary'
import { notifications } from '@mantine/notifications'
import { call } from '../../lib/api'
import { useRequest } from '../../lib/useRequest'
import { clockTime, dueDate, weekdayDate, weekdayDateTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'
import type { Messages } from '../../../core/i18n/messages'

const delta = (a: SessionSummary['agenda'][number], words: Messages['closing']['summary']) =>
  a.actualMinutes === null ? (a.skipped ? words.skipped : words.notReached) : a.actualMinutes === a.plannedMinutes ? words.onTime : `${a.actualMinutes > a.plannedMinutes ? '+' : '−'}${Math.abs(a.actualMinutes - a.plannedMinutes)}`

/**
 * What the Word summary will say, before it is saved. The service assembles it through the notes
 * check, so an unresolved identifier shows here as a refusal with what to do.
 */
export function SummaryPreview({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const preview = useRequest('summary/preview', { sessionId }, sessionId)
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null)
  const t = useT()
  const words = t.closing.summary
  const save = async () => {
    const result = await call('summary/export', { sessionId })
    if (!result.ok) setSaved({ ok: false, text: result.error.message })
    else if (!result.data.cancelled) {
      setSaved({ ok: true, text: words.saved(result.data.files[0] ?? '') })
      notifications.show({ color: 'green', title: words.savedTitle, message: result.data.files[0] ?? '' })
    }
  }
  return (
    <Modal opened onClose={onClose} title={words.title} size="xl">
      {preview.loaded.state === 'loading' ? <Text c="dimmed">{words.preparing}</Text> : null}
      {preview.loaded.state === 'error' ? (
        <Alert color="orange" title={words.refused} data-testid="summary-refused">
          {preview.loaded.message}
        </Alert>
      ) : null}
      {preview.loaded.state === 'ready' ? <SummaryBody summary={preview.loaded.data} /> : null}
      {/* The actions stay in view at the foot of the dialog while a long summary scrolls. */}
      <Group justify="flex-end" mt="md" py="sm" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Button variant="default" onClick={onClose}>
          {words.close}
        </Button>
        <Button onClick={() => void save()} disabled={preview.loaded.state !== 'ready'}>
          {words.saveWord}
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
  const t = useT()
  const words = t.closing.summary
  return (
    <Stack gap="sm" data-testid="summary-preview">
      <Title order={3} size="h4">
        {summary.sessionTitle}
      </Title>
      <Text size="sm">
        {words.when(weekdayDate(summary.date, locale), clockTime(`${summary.date}T${summary.startTime}`, locale))}
        {summary.endTime ? `–${clockTime(`${summary.date}T${summary.endTime}`, locale)}` : ''}
        {words.facilitator(summary.facilitator || '—')}
        {summary.noteTaker ? words.noteTaker(summary.noteTaker) : ''}
      </Text>
      <Text size="sm">
        {words.attendance(summary.attendance.present.map((p) => (p.guest ? words.guest(p.name) : p.name)).join(', ') || words.nobodyMarked, summary.attendance.apologies.join(', ') || words.none)}
      </Text>
      <Table striped withTableBorder aria-label={words.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{words.item}</Table.Th>
            <Table.Th ta="right">{words.planned}</Table.Th>
            <Table.Th ta="right">{words.overUnder}</Table.Th>
            <Table.Th>{words.protocol}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.agenda.map((a) => (
            <Table.Tr key={a.title}>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {words.minutes(a.plannedMinutes)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {delta(a, words)}
              </Table.Td>
              <Table.Td>{a.protocol ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {themes.length > 0 ? <Text size="sm">{words.themes(themes.join(' · '))}</Text> : null}
      {summary.actions.length > 0 ? (
        <List size="sm">
          {summary.actions.map((a, i) => (
            <List.Item key={i}>
              {a.text}
              {a.owner ? t.closing.actionOwner(a.owner) : ''}
              {a.due ? t.closing.actionDue(dueDate(a.due, locale)) : ''}
              {a.done ? words.done : ''}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{words.noActions}</Text>
      )}
      <Text size="sm">
        {words.next(summary.next.scheduledStart ? weekdayDateTime(summary.next.scheduledStart, locale) : words.notSet)}
        {summary.next.facilitator ? words.facilitatedBy(summary.next.facilitator) : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {summary.confidentialityStatement}
      </Text>
    </Stack>
  )
}
