import { Card, Group, Text, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'

export function NotesHeading() {
  return (
    <Group gap="xs" mb="sm">
      <IconLock size={18} aria-hidden />
      <Title order={2} size="h4">
        Confidential notes
      </Title>
    </Group>
  )
}

/** What the notes panel shows while it opens, drawn the same while its code is still loading. */
export function NotesPlaceholder() {
  return (
    <Card withBorder padding="lg" data-testid="notes-panel">
      <NotesHeading />
      <Text c="dimmed">Opening notes…</Text>
    </Card>
  )
}
