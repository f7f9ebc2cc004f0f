import { Button, Group, Loader, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconPencil } from '@tabler/icons-react'
import type { SaveState } from './useAutosave'
import { useT } from '../i18n/LocaleContext'

/** Always says in words whether the edit is on disk; colour only repeats it. */
export function SaveStatus({ status, retry }: { status: SaveState; retry: () => void }) {
  const t = useT().app.saveStatus
  return (
    <Group gap={6} role="status" aria-live="polite" data-save-state={status.state}>
      {status.state === 'saved' ? (
        <>
          <IconCheck size={16} color="var(--mantine-color-green-text)" aria-hidden />
          <Text size="sm">{t.saved}</Text>
        </>
      ) : null}
      {/* Waiting for typing to pause: a still icon. A spinner would redraw the page every frame
          for as long as someone types, and each key would wait behind those frames. */}
      {status.state === 'pending' ? (
        <>
          <IconPencil size={16} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text size="sm">{t.saving}</Text>
        </>
      ) : null}
      {status.state === 'saving' ? (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm">{t.saving}</Text>
        </>
      ) : null}
      {status.state === 'invalid' ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-yellow-text)" aria-hidden />
          <Text size="sm">{t.notSaved(status.message)}</Text>
        </>
      ) : null}
      {status.state === 'error' ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" aria-hidden />
          <Text size="sm" c="red">
            {t.notSaved(status.message)}
            {status.retryInMs !== null ? t.retryInSeconds(Math.round(status.retryInMs / 1000)) : null}
          </Text>
          <Button size="compact-sm" variant="light" color="red" onClick={retry}>
            {t.retryNow}
          </Button>
        </>
      ) : null}
    </Group>
  )
}
