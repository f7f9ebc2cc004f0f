import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useState } from 'react'
import type { KeyStatus } from '../../../core/notes/keyStatus'
import { call } from '../../lib/api'
import { useRequest } from '../../lib/useRequest'

/**
 * Shown instead of the notes while their key is locked: set a passphrase the first time, enter
 * it after each start. The passphrase goes to the service once and is never kept in the page.
 */
export function UnlockNotes({ onUnlocked }: { onUnlocked: () => void }) {
  const status = useRequest('keys/status', {}, 'keys')
  const ready = status.loaded.state === 'ready' && status.loaded.data.state === 'ready'
  useEffect(() => {
    if (ready) onUnlocked()
  }, [ready, onUnlocked])
  if (status.loaded.state === 'loading') return <Text c="dimmed">Checking how notes are protected…</Text>
  if (status.loaded.state === 'error') return <Alert color="red">{status.loaded.message}</Alert>
  return <UnlockForm status={status.loaded.data} onUnlocked={onUnlocked} />
}

/** The service's own minimum (MIN_PASSPHRASE_LENGTH), repeated here for an early, friendly message. */
const FIRST_PASSPHRASE_MIN = 10

function UnlockForm({ status, onUnlocked }: { status: KeyStatus; onUnlocked: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { passphrase: '', repeat: '' },
    validate: {
      // The service checks the same length; saying it here saves a round trip and a lost typing.
      passphrase: (value) => (firstRun && value.length < FIRST_PASSPHRASE_MIN ? `Use at least ${FIRST_PASSPHRASE_MIN} characters: a short sentence is easy to remember.` : value ? null : 'Enter the passphrase.'),
      repeat: (value, values) => (firstRun && value !== values.passphrase ? 'The two passphrases are not the same. Type it again in both fields.' : null)
    }
  })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const firstRun = status.state === 'needs-passphrase'

  if (status.state === 'unavailable') return <Alert color="red" title="Notes cannot be opened">{status.message}</Alert>
  if (status.state === 'ready') return null

  const submit = async ({ passphrase }: { passphrase: string }) => {
    setBusy(true)
    setError(null)
    const result = await call('keys/unlock', { passphrase })
    setBusy(false)
    form.setValues({ passphrase: '', repeat: '' })
    if (result.ok) onUnlocked()
    else setError(result.error.message)
  }

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} aria-label={firstRun ? 'Protect notes with a passphrase' : 'Unlock notes'}>
      <Stack gap="sm" maw={460}>
        <Text fw={600}>{firstRun ? 'Protect confidential notes with a passphrase' : 'Notes are locked'}</Text>
        <Text size="sm" c="dimmed">
          {firstRun
            ? 'Notes are encrypted on this computer. This system has no keychain Hearth can use, so choose a passphrase of at least 10 characters. Without it the notes cannot be read — by anyone, including you.'
            : 'Enter the notes passphrase to read and write notes in this run of Hearth.'}
        </Text>
        <PasswordInput label="Passphrase" {...form.getInputProps('passphrase')} autoComplete={firstRun ? 'new-password' : 'current-password'} data-autofocus />
        {firstRun ? <PasswordInput label="Passphrase again" {...form.getInputProps('repeat')} autoComplete="new-password" /> : null}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={busy} disabled={form.values.passphrase.length === 0}>
            {firstRun ? 'Set passphrase' : 'Unlock notes'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
