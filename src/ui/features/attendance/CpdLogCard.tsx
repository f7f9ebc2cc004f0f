import { Alert, Button, Card, Group, Select, Text, TextInput, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { Member } from '../../../core/model/member'
import { notifications } from '@mantine/notifications'
import { call } from '../../lib/api'

/** A member's CPD log across a cycle (six months by default), as Word and CSV. */
export function CpdLogCard({ groupId, members }: { groupId: string; members: readonly Member[] }) {
  const [memberId, setMemberId] = useState<string | null>(members[0]?.id ?? null)
  const [from, setFrom] = useState(dayjs().subtract(6, 'month').format('YYYY-MM-DD'))
  const [to, setTo] = useState(dayjs().format('YYYY-MM-DD'))
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const save = async () => {
    if (!memberId) return
    const result = await call('cpd/export-log', { groupId, memberId, from, to })
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    if (result.data.cancelled) return
    setMessage({ ok: true, text: `Saved ${result.data.files.join(' and ')}` })
    notifications.show({ color: 'green', title: 'CPD log saved', message: result.data.files.join(' and ') })
  }

  return (
    <Card withBorder padding="lg" data-testid="cpd-log">
      <Title order={2} size="h4" mb="sm">
        CPD log for a member
      </Title>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          Add members on the Members tab first; each one’s log lists the sessions they attended.
        </Text>
      ) : null}
      <Group align="flex-end">
        <Select label="Member" data={members.map((m) => ({ value: m.id, label: m.name }))} value={memberId} onChange={setMemberId} allowDeselect={false} w={220} />
        <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label="To" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button onClick={() => void save()} disabled={!memberId}>
          Save log (.docx and .csv)…
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        Each ended session in the cycle where the member met the group’s rule, with hours, credit type and the month’s reflection prompt.
      </Text>
      {message ? (
        <Alert mt="sm" color={message.ok ? 'green' : 'red'} role="status">
          {message.text}
        </Alert>
      ) : null}
    </Card>
  )
}
