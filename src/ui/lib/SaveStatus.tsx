import { Button, Group, Loader, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import type { SaveState } from './useAutosave'

/** Always says in words whether the edit is on disk; colour only repeats it. */
export function SaveStatus({ status, retry }: { status: SaveState; retry: () => void }) {
  return (
    <Group gap={6} role="status" aria-live="polite" data-save-state={status.state}>
      {status.state === 'saved' ? (
        <>
          <IconCheck size={16} color="var(--mantine-color-green-text)" aria-hidden />
          <Text size="sm">Saved</Text>
        </>
      ) : null}
      {status.state === 'pending' || status.state === 'saving' ? (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm">Saving…</Text>
        </>
      ) : null}
      {status.state === 'invalid' ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-yellow-text)" aria-hidden />
          <Text size="sm">Not saved: {status.message}</Text>
        </>
      ) : null}
      {status.state === 'error' ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" aria-hidden />
          <Text size="sm" c="red">
            Not saved: {status.message}
            {status.retryInMs !== null ? ` Hearth keeps your text here and tries again by itself (next try in ${Math.round(status.retryInMs / 1000)} s).` : null}
          </Text>
          <Button size="compact-sm" variant="light" color="red" onClick={retry}>
            Retry now
          </Button>
        </>
      ) : null}
    </Group>
  )
}
