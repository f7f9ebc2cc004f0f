import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { protocolMinutes } from '../../../core/protocols/phaseClock'
import type { Protocol } from '../../../core/protocols/protocolSchema'
import { LoadState } from '../../components/LoadState'
import { useRequest } from '../../lib/useRequest'
import { ProtocolEditor } from './ProtocolEditor'

const BLANK: Protocol = {
  id: 'our-protocol',
  version: 1,
  name: 'Our protocol',
  summary: '',
  source: 'Written by the group.',
  roles: [
    { key: 'presenter', label: 'Presenter', many: false },
    { key: 'consultants', label: 'Consultants', many: true },
    { key: 'facilitator', label: 'Facilitator', many: false }
  ],
  phases: [
    {
      key: 'phase-1',
      title: 'First phase',
      minutes: 10,
      timing: 'default',
      speaking: { speakers: 'all', label: 'Everyone', presenterAway: false },
      prompt: '',
      turnTaking: 'open',
      optional: false
    }
  ]
}

/** The group's protocol library: the built-in ones (or the group's edited copies) and its own. */
export function ProtocolsPanel({ groupId }: { groupId: string }) {
  const { loaded, reload } = useRequest('protocols/list', { groupId }, groupId)
  const [editing, setEditing] = useState<Protocol | null>(null)
  if (editing)
    return (
      <ProtocolEditor
        groupId={groupId}
        initial={editing}
        onDone={() => {
          setEditing(null)
          reload()
        }}
      />
    )
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={720}>
          Case-discussion protocols run as timed phases inside an agenda item, each with a rule for who may speak. Edit one to
          make it your group’s own; sessions keep the version they ran.
        </Text>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(BLANK)}>
          New protocol
        </Button>
      </Group>
      <LoadState loaded={loaded} retry={reload}>
        {(protocols) => (
          <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
            {protocols.map((protocol) => (
              <Card key={protocol.id} withBorder padding="md" data-testid="protocol-card">
                <Stack gap={6} h="100%">
                  <Group justify="space-between" align="flex-start">
                    <Text fw={700}>{protocol.name}</Text>
                    <Badge variant="light">{protocolMinutes(protocol.phases)} min</Badge>
                  </Group>
                  <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                    {protocol.summary}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {protocol.phases.length} phases · version {protocol.version}
                  </Text>
                  <Group>
                    <Button size="xs" variant="light" onClick={() => setEditing(protocol)} aria-label={`Edit ${protocol.name}`}>
                      Edit
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </LoadState>
    </Stack>
  )
}
