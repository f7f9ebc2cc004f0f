import { Group, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useT } from '../../i18n/LocaleContext'

export function NotesHeading() {
  const t = useT()
  return (
    <Group gap="xs" mb="sm">
      <IconLock size={18} aria-hidden />
      <Title order={2} size="h4">
        {t.notes.heading}
      </Title>
    </Group>
  )
}
