import { Group, Title } from '@mantine/core'
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
