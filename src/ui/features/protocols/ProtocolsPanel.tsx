import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { protocolMinutes } from '../../../core/protocols/phaseClock'
import type { Protocol } from '../../../core/protocols/protocolSchema'
import { LoadState } from '../../components/LoadState'
import { useRequest } from '../../lib/useRequest'
import { ProtocolEditor } from './ProtocolEditor'
import { blankProtocol } from './blankProtocol'
import { useT } from '../../i18n/LocaleContext'

/** The group's protocol library: the built-in ones (or the group's edited copies) and its own. */
export function ProtocolsPanel({ groupId }: { groupId: string }) {
  const { loaded, reload } = useRequest('protocols/list', { groupId }, groupId)
  const [editing, setEditing] = useState<Protocol | null>(null)
  const t = useT().protocols
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
          {t.panel.intro}
        </Text>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(blankProtocol(t.blank))}>
          {t.panel.newProtocol}
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
                    <Badge variant="light">{t.panel.minutes(protocolMinutes(protocol.phases))}</Badge>
                  </Group>
                  <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                    {protocol.summary}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t.panel.phasesAndVersion(protocol.phases.length, protocol.version)}
                  </Text>
                  <Group>
                    <Button size="xs" variant="light" onClick={() => setEditing(protocol)} aria-label={t.panel.editNamed(protocol.name)}>
                      {t.panel.edit}
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
