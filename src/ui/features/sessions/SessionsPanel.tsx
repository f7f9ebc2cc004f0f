import { Badge, Button, Card, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import dayjs from 'dayjs'
import { IconCalendarPlus, IconChevronRight } from '@tabler/icons-react'
import { useState } from 'react'
import type { GroupDetail } from '../../../core/api/contract'
import { LocalDateTimeSchema } from '../../../core/model/plan'
import { suggestNextSession } from '../../../core/plan/nextSession'
import { call } from '../../lib/api'
import { sessionDateTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'
import { hrefFor, navigate } from '../../lib/route'
import { useRequest } from '../../lib/useRequest'
import { CycleTalkCard } from './CycleTalkCard'
import { CycleDashboardCard } from '../closing/CycleDashboardCard'
import { OpenActionsCard } from '../closing/OpenActionsCard'

const DEFAULT_TEMPLATE = 'built-in'
const STATUS_COLOR = { planned: 'gray', live: 'red', ended: 'teal' } as const

function PlanSessionForm({ detail, onDone }: { detail: GroupDetail; onDone: () => void }) {
  const t = useT().sessions.planForm
  const suggestion = suggestNextSession(
    detail.group.rhythm,
    detail.sessions.map((s) => s.scheduledStart),
    dayjs().format('YYYY-MM-DDTHH:mm'),
    detail.sessions.length + 1
  )
  const form = useForm({
    mode: 'controlled',
    initialValues: suggestion,
    validate: {
      title: (value) => (value.trim() ? null : t.titleMissing),
      scheduledStart: (value) => (LocalDateTimeSchema.safeParse(value).success ? null : t.startMissing)
    }
  })
  const [saving, setSaving] = useState(false)
  const [templateId, setTemplateId] = useState<string>(DEFAULT_TEMPLATE)
  const templates = useRequest('templates/list', { groupId: detail.group.id }, detail.group.id)
  const options = [
    { value: DEFAULT_TEMPLATE, label: t.defaultTemplate },
    ...(templates.loaded.state === 'ready' ? templates.loaded.data.map((template) => ({ value: template.id, label: template.name })) : [])
  ]
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setSaving(true)
        const result = await call('sessions/plan-from-template', {
          groupId: detail.group.id,
          ...values,
          ...(templateId === DEFAULT_TEMPLATE ? {} : { templateId })
        })
        setSaving(false)
        if (!result.ok) return form.setFieldError('title', result.error.message)
        onDone()
        navigate({ screen: 'plan', groupId: detail.group.id, sessionId: result.data.id })
      })}
    >
      <Stack>
        <Select label={t.startFrom} data={options} value={templateId} onChange={(v) => setTemplateId(v ?? DEFAULT_TEMPLATE)} allowDeselect={false} />
        <Text size="sm" c="dimmed">
          {t.changeLater}
        </Text>
        <TextInput label={t.title} required data-autofocus {...form.getInputProps('title')} />
        <TextInput label={t.start} type="datetime-local" required {...form.getInputProps('scheduledStart')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t.create}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function SessionsPanel({ detail, onChanged }: { detail: GroupDetail; onChanged: () => void }) {
  const locale = useLocale()
  const t = useT().sessions.panel
  const [planning, setPlanning] = useState(false)
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t.intro}
        </Text>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setPlanning(true)}>
          {t.planNext}
        </Button>
      </Group>
      {detail.sessions.length === 0 ? (
        <Stack align="center" py="xl" gap="sm">
          <Text c="dimmed" ta="center">
            {t.empty}
          </Text>
          <Button variant="light" leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setPlanning(true)}>
            {t.planFirst}
          </Button>
        </Stack>
      ) : (
        detail.sessions.map((session) => (
          <Card
            key={session.id}
            withBorder
            component="a"
            href={hrefFor({ screen: session.status === 'planned' ? 'plan' : 'live', groupId: detail.group.id, sessionId: session.id })}
          >
            <Group justify="space-between">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{session.title}</Text>
                  <Badge size="sm" variant="light" color={STATUS_COLOR[session.status]}>
                    {t.status[session.status]}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {sessionDateTime(session.scheduledStart, locale)}
                </Text>
              </Stack>
              <IconChevronRight aria-hidden />
            </Group>
          </Card>
        ))
      )}
      <OpenActionsCard groupId={detail.group.id} />
      <CycleDashboardCard groupId={detail.group.id} />
      <CycleTalkCard groupId={detail.group.id} />
      <Modal opened={planning} onClose={() => setPlanning(false)} title={t.planTitle}>
        <PlanSessionForm detail={detail} onDone={onChanged} />
      </Modal>
    </Stack>
  )
}
