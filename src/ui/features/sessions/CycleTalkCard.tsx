import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { formatCountdown } from '../../../core/live/format'
import { useRequest } from '../../lib/useRequest'
import { useT } from '../../i18n/LocaleContext'

/** Talk time per person over the last six months of held sessions: a private aid to fair airtime. */
export function CycleTalkCard({ groupId }: { groupId: string }) {
  const t = useT().sessions.cycleTalk
  const from = dayjs().subtract(6, 'month').format('YYYY-MM-DDTHH:mm')
  const to = dayjs().add(1, 'day').format('YYYY-MM-DDTHH:mm')
  const { loaded } = useRequest('talk/cycle', { groupId, from, to }, `${groupId}-${from.slice(0, 10)}`)
  if (loaded.state !== 'ready' || loaded.data.people.length === 0) return null
  return (
    <Card withBorder data-testid="cycle-talk">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t.titleCount(loaded.data.sessions)}
          </Title>
          <Text size="xs" c="dimmed">
            {t.private}
          </Text>
        </Group>
        {loaded.data.people.map((person) => (
          <Group key={person.id} gap="sm" wrap="nowrap">
            <Text size="sm" w={180} truncate>
              {person.name}
            </Text>
            <Progress value={person.sharePercent} style={{ flex: 1 }} aria-label={t.share(person.name, String(Math.round(person.sharePercent)))} />
            <Text size="sm" w={110} ta="right">
              {formatCountdown(person.talkMs)} · {Math.round(person.sharePercent)} %
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  )
}
