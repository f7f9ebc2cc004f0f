import { Button, Card, List, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { call } from '../../lib/api'
import { hrefFor, navigate } from '../../lib/route'

/** The empty state teaches the order of things: a group, its members, then a session plan. */
export function HomeScreen({ onGroupsChanged }: { onGroupsChanged: () => void }) {
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const loadSample = async () => {
    setLoading(true)
    const result = await call('app/load-sample', {})
    setLoading(false)
    if (!result.ok) return setError(result.error.message)
    onGroupsChanged()
    navigate({ screen: 'live', groupId: result.data.groupId, sessionId: result.data.sessionId })
  }
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <Stack>
        <Title order={1} size="h2">
          Welcome to Hearth
        </Title>
        <Text>
          Hearth runs your Community of Practice’s live call: a timed agenda, case discussions, confidential notes kept only
          on this computer, and Word exports. Everything stays on this machine.
        </Text>
        <List type="ordered" spacing="xs">
          <List.Item>Create your group and answer the questions a group settles when it forms.</List.Item>
          <List.Item>Add the members, with their professional body if they log CPD.</List.Item>
          <List.Item>Plan the next session from the 90-minute template and adjust it.</List.Item>
        </List>
        <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />} size="md" w="fit-content">
          Create a group
        </Button>
        <Text size="sm" c="dimmed">
          Or look around first: the sample group has two finished sessions with attendance, ready for certificates and CPD logs.
        </Text>
        <Button variant="light" w="fit-content" loading={loading} onClick={() => void loadSample()}>
          Try it with a sample group
        </Button>
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}
