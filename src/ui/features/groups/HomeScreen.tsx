import { Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconArrowRight, IconFlask, IconPlus, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import type { GroupSummary } from '../../../core/api/contract'
import { LoadState } from '../../components/LoadState'
import { call } from '../../lib/api'
import { plural } from '../../lib/format'
import { hrefFor, navigate } from '../../lib/route'
import type { Loaded } from '../../lib/useRequest'

/** The first screen: a welcome with two ways in while the workspace is empty, the groups after. */
export function HomeScreen({ groups, retry, onGroupsChanged }: { groups: Loaded<GroupSummary[]>; retry: () => void; onGroupsChanged: () => void }) {
  return (
    <LoadState loaded={groups} retry={retry}>
      {(list) => (list.length === 0 ? <Welcome onGroupsChanged={onGroupsChanged} /> : <YourGroups groups={list} onGroupsChanged={onGroupsChanged} />)}
    </LoadState>
  )
}

function useSample(onGroupsChanged: () => void) {
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const load = async () => {
    setLoading(true)
    const result = await call('app/load-sample', {})
    setLoading(false)
    if (!result.ok) return setError(result.error.message)
    onGroupsChanged()
    navigate({ screen: 'live', groupId: result.data.groupId, sessionId: result.data.sessionId })
  }
  return { loading, error, load }
}

/** The empty state teaches the order of things: a group, its members, then a session plan. */
function Welcome({ onGroupsChanged }: { onGroupsChanged: () => void }) {
  const sample = useSample(onGroupsChanged)
  return (
    <Stack maw={860} mx="auto" mt="lg" gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2">
          Welcome to Hearth
        </Title>
        <Text size="lg">
          Hearth runs your Community of Practice’s live call: a timed agenda, case discussions, confidential notes kept only on
          this computer, and Word exports. Everything stays on this machine.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Stack h="100%">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size="lg" variant="light" aria-hidden>
                <IconFlask size={20} />
              </ThemeIcon>
              <Title order={2} size="h4">
                Try it with a sample group
              </Title>
            </Group>
            <Text size="sm" style={{ flex: 1 }}>
              A made-up group with members, two finished sessions and a plan ready to run. Press Space to start the clock and
              look around; nothing you do there touches your own groups.
            </Text>
            <Button variant="light" w="fit-content" loading={sample.loading} onClick={() => void sample.load()} rightSection={<IconArrowRight size={18} aria-hidden />}>
              Try with a sample group
            </Button>
            {sample.error ? (
              <Text c="red" size="sm" role="alert">
                {sample.error}
              </Text>
            ) : null}
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack h="100%">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size="lg" variant="light" aria-hidden>
                <IconUsersGroup size={20} />
              </ThemeIcon>
              <Title order={2} size="h4">
                Set up my group
              </Title>
            </Group>
            <List type="ordered" spacing={4} size="sm" style={{ flex: 1 }}>
              <List.Item>Name your group; the charter questions can wait.</List.Item>
              <List.Item>Add the members, with their professional body if they log CPD.</List.Item>
              <List.Item>Plan the next session from the 90-minute template.</List.Item>
            </List>
            <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />} w="fit-content">
              Set up my group
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  )
}

function YourGroups({ groups, onGroupsChanged }: { groups: GroupSummary[]; onGroupsChanged: () => void }) {
  const sample = useSample(onGroupsChanged)
  return (
    <Stack maw={860} mx="auto" mt="lg" gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Your groups
        </Title>
        <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />}>
          New group
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {groups.map((group) => (
          <Card key={group.id} withBorder padding="lg" component="a" href={hrefFor({ screen: 'group', groupId: group.id, tab: 'sessions' })}>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={700}>{group.name}</Text>
                <Text size="sm" c="dimmed">
                  {group.openness === 'closed' ? 'Closed' : 'Open'} · {plural(group.memberCount, 'member')}
                  {group.guestCount ? `, ${plural(group.guestCount, 'guest')}` : ''}
                </Text>
              </Stack>
              <IconArrowRight aria-hidden />
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Want to practise first?
        </Text>
        <Button size="compact-sm" variant="subtle" loading={sample.loading} onClick={() => void sample.load()}>
          Open a sample group
        </Button>
      </Group>
    </Stack>
  )
}
