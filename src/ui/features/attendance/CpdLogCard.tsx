import { Alert, Button, Card, Group, Select, Text, TextInput, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { Member } from '../../../core/model/member'
import { notifications } from '@mantine/notifications'
import { call } from '../../lib/api'
import { useT } from '../../i18n/LocaleContext'

/** A member's CPD log across a cycle (six months by default), as Word and CSV. */
export function CpdLogCard({ groupId, members }: { groupId: string; members: readonly Member[] }) {
  const [memberId, setMemberId] = useState<string | null>(members[0]?.id ?? null)
  const [from, setFrom] = useState(dayjs().subtract(6, 'month').format('YYYY-MM-DD'))
  const [to, setTo] = useState(dayjs().format('YYYY-MM-DD'))
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const words = useT().attendance.log

  const save = async () => {
    if (!memberId) return
    const result = await call('cpd/export-log', { groupId, memberId, from, to })
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    if (result.data.cancelled) return
    const files = result.data.files.join(words.and)
    setMessage({ ok: true, text: words.saved(files) })
    notifications.show({ color: 'green', title: words.savedTitle, message: files })
  }

  return (
    <Card withBorder padding="lg" data-testid="cpd-log">
      <Title order={2} size="h4" mb="sm">
        {words.title}
      </Title>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {words.noMembers}
        </Text>
      ) : null}
      <Group align="flex-end">
        <Select label={words.member} data={members.map((m) => ({ value: m.id, label: m.name }))} value={memberId} onChange={setMemberId} allowDeselect={false} w={220} />
        <TextInput label={words.from} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label={words.to} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button onClick={() => void save()} disabled={!memberId}>
          {words.save}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {words.help}
      </Text>
      {message ? (
        <Alert mt="sm" color={message.ok ? 'green' : 'red'} role="status">
          {message.text}
        </Alert>
      ) : null}
    </Card>
  )
}
