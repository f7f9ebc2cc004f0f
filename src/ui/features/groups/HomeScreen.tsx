import { Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconArrowRight, IconFlask, IconPlus, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import type { GroupSummary } from '../../../core/api/contract'
import { LoadState } from '../../components/LoadState'
import { call } from '../../lib/api'
import { hrefFor, navigate } from '../../lib/route'
import type { Loaded } from '../../lib/useRequest'
import { useT } from '../../i18n/LocaleContext'

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
  const t = useT().groups.welcome
  return (
    <Stack maw={860} mx="auto" mt="lg" gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {t.title}
        </Title>
        <Text size="lg">
          {t.intro}
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
                {t.sampleTitle}
              </Title>
            </Group>
            <Text size="sm" style={{ flex: 1 }}>
              {t.sampleText}
            </Text>
            <Button variant="light" w="fit-content" loading={sample.loading} onClick={() => void sample.load()} rightSection={<IconArrowRight size={18} aria-hidden />}>
              {t.sampleButton}
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
                {t.setUpTitle}
              </Title>
            </Group>
            <List type="ordered" spacing={4} size="sm" style={{ flex: 1 }}>
              <List.Item>{t.stepName}</List.Item>
              <List.Item>{t.stepMembers}</List.Item>
              <List.Item>{t.stepPlan}</List.Item>
            </List>
            <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />} w="fit-content">
              {t.setUpButton}
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  )
}

function YourGroups({ groups, onGroupsChanged }: { groups: GroupSummary[]; onGroupsChanged: () => void }) {
  const sample = useSample(onGroupsChanged)
  const t = useT().groups
  return (
    <Stack maw={860} mx="auto" mt="lg" gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t.home.title}
        </Title>
        <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />}>
          {t.home.newGroup}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {groups.map((group) => (
          <Card key={group.id} withBorder padding="lg" component="a" href={hrefFor({ screen: 'group', groupId: group.id, tab: 'sessions' })}>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={700}>{group.name}</Text>
                <Text size="sm" c="dimmed">
                  {t.listCount(group.openness === 'closed', group.memberCount, group.guestCount)}
                </Text>
              </Stack>
              <IconArrowRight aria-hidden />
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t.home.practise}
        </Text>
        <Button size="compact-sm" variant="subtle" loading={sample.loading} onClick={() => void sample.load()}>
          {t.home.openSample}
        </Button>
      </Group>
    </Stack>
  )
}
