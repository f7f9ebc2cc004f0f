import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useState } from 'react'
import type { KeyStatus } from '../../../core/notes/keyStatus'
import { call } from '../../lib/api'
import { useRequest } from '../../lib/useRequest'
import { useT } from '../../i18n/LocaleContext'

/**
 * Shown instead of the notes while their key is locked: set a passphrase the first time, enter
 * it after each start. The passphrase goes to the service once and is never kept in the page.
 */
export function UnlockNotes({ onUnlocked }: { onUnlocked: () => void }) {
  const status = useRequest('keys/status', {}, 'keys')
  const t = useT()
  const ready = status.loaded.state === 'ready' && status.loaded.data.state === 'ready'
  useEffect(() => {
    if (ready) onUnlocked()
  }, [ready, onUnlocked])
  if (status.loaded.state === 'loading') return <Text c="dimmed">{t.notes.unlock.checking}</Text>
  if (status.loaded.state === 'error') return <Alert color="red">{status.loaded.message}</Alert>
  return <UnlockForm status={status.loaded.data} onUnlocked={onUnlocked} />
}

/** The service's own minimum (MIN_PASSPHRASE_LENGTH), repeated here for an early, friendly message. */
const FIRST_PASSPHRASE_MIN = 10

function UnlockForm({ status, onUnlocked }: { status: KeyStatus; onUnlocked: () => void }) {
  const t = useT()
  const words = t.notes.unlock
  const form = useForm({
    mode: 'controlled',
    initialValues: { passphrase: '', repeat: '' },
    validate: {
      // The service checks the same length; saying it here saves a round trip and a lost typing.
      passphrase: (value) => (firstRun && value.length < FIRST_PASSPHRASE_MIN ? words.tooShort(FIRST_PASSPHRASE_MIN) : value ? null : words.enter),
      repeat: (value, values) => (firstRun && value !== values.passphrase ? words.mismatch : null)
    }
  })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const firstRun = status.state === 'needs-passphrase'

  if (status.state === 'unavailable') return <Alert color="red" title={words.cannotOpen}>{status.message}</Alert>
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
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} aria-label={firstRun ? words.protectForm : words.unlockForm}>
      <Stack gap="sm" maw={460}>
        <Text fw={600}>{firstRun ? words.protectTitle : words.lockedTitle}</Text>
        <Text size="sm" c="dimmed">
          {firstRun ? words.protectHelp(FIRST_PASSPHRASE_MIN) : words.unlockHelp}
        </Text>
        <PasswordInput label={words.passphrase} {...form.getInputProps('passphrase')} autoComplete={firstRun ? 'new-password' : 'current-password'} data-autofocus />
        {firstRun ? <PasswordInput label={words.again} {...form.getInputProps('repeat')} autoComplete="new-password" /> : null}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={busy} disabled={form.values.passphrase.length === 0}>
            {firstRun ? words.set : words.unlock}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
