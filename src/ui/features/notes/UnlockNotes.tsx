import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'
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

function UnlockForm({ status, onUnlocked }: { status: KeyStatus; onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const firstRun = status.state === 'needs-passphrase'

  if (status.state === 'unavailable') return <Alert color="red" title="Notes cannot be opened">{status.message}</Alert>
  if (status.state === 'ready') return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (firstRun && passphrase !== repeat) {
      setError('The two passphrases are not the same. Type it again in both fields.')
      return
    }
    setBusy(true)
    const result = await call('keys/unlock', { passphrase })
    setBusy(false)
    setPassphrase('')
    setRepeat('')
    if (result.ok) onUnlocked()
    else setError(result.error.message)
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={firstRun ? 'Protect notes with a passphrase' : 'Unlock notes'}>
      <Stack gap="sm" maw={460}>
        <Text fw={600}>{firstRun ? 'Protect confidential notes with a passphrase' : 'Notes are locked'}</Text>
        <Text size="sm" c="dimmed">
          {firstRun
            ? 'Notes are encrypted on this computer. This system has no keychain Hearth can use, so choose a passphrase of at least 10 characters. Without it the notes cannot be read — by anyone, including you.'
            : 'Enter the notes passphrase to read and write notes in this run of Hearth.'}
        </Text>
        <PasswordInput label="Passphrase" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete={firstRun ? 'new-password' : 'current-password'} data-autofocus />
        {firstRun ? <PasswordInput label="Passphrase again" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} autoComplete="new-password" /> : null}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={busy} disabled={passphrase.length === 0}>
            {firstRun ? 'Set passphrase' : 'Unlock notes'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
