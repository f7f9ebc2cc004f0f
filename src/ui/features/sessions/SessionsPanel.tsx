import { Button, Card, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import dayjs from 'dayjs'
import { IconCalendarPlus, IconChevronRight } from '@tabler/icons-react'
import { useState } from 'react'
import type { GroupDetail } from '../../../core/api/contract'
import { LocalDateTimeSchema } from '../../../core/model/plan'
import { suggestNextSession } from '../../../core/plan/nextSession'
import { call } from '../../lib/api'
import { formatSessionDate } from '../../lib/format'
import { hrefFor, navigate } from '../../lib/route'

function PlanSessionForm({ detail, onDone }: { detail: GroupDetail; onDone: () => void }) {
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
      title: (value) => (value.trim() ? null : 'Give the session a title.'),
      scheduledStart: (value) => (LocalDateTimeSchema.safeParse(value).success ? null : 'Enter a date and a start time.')
    }
  })
  const [saving, setSaving] = useState(false)
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setSaving(true)
        const result = await call('sessions/plan-from-template', { groupId: detail.group.id, ...values })
        setSaving(false)
        if (!result.ok) return form.setFieldError('title', result.error.message)
        onDone()
        navigate({ screen: 'plan', groupId: detail.group.id, sessionId: result.data.id })
      })}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          The plan starts from the default 90-minute CoP template; you can change every item afterwards.
        </Text>
        <TextInput label="Session title" required data-autofocus {...form.getInputProps('title')} />
        <TextInput label="Date and start time" type="datetime-local" required {...form.getInputProps('scheduledStart')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            Create plan
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function SessionsPanel({ detail, onChanged }: { detail: GroupDetail; onChanged: () => void }) {
  const [planning, setPlanning] = useState(false)
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Plan each call ahead: the agenda, its minutes, and which items may never be cut.
        </Text>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setPlanning(true)}>
          Plan next session
        </Button>
      </Group>
      {detail.sessions.length === 0 ? (
        <Text py="xl" ta="center" c="dimmed">
          No sessions planned yet.
        </Text>
      ) : (
        detail.sessions.map((session) => (
          <Card
            key={session.id}
            withBorder
            component="a"
            href={hrefFor({ screen: 'plan', groupId: detail.group.id, sessionId: session.id })}
            aria-label={`Open plan: ${session.title}`}
          >
            <Group justify="space-between">
              <Stack gap={2}>
                <Text fw={600}>{session.title}</Text>
                <Text size="sm" c="dimmed">
                  {formatSessionDate(session.scheduledStart)}
                </Text>
              </Stack>
              <IconChevronRight aria-hidden />
            </Group>
          </Card>
        ))
      )}
      <Modal opened={planning} onClose={() => setPlanning(false)} title="Plan the next session">
        <PlanSessionForm detail={detail} onDone={onChanged} />
      </Modal>
    </Stack>
  )
}
