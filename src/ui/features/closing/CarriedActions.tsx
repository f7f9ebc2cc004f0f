import { Card, List, Text, Title } from '@mantine/core'
import { useRequest } from '../../lib/useRequest'
import { useNotes } from '../notes/useNotes'
import { UnlockNotes } from '../notes/UnlockNotes'
import { dueDate } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'

/**
 * Open actions this session's notes hold, e.g. carried from last month: shown on the plan so the
 * follow-up item is prepared. They live in the sealed notes, so the notes must be unlocked.
 */
export function CarriedActions({ sessionId, groupId }: { sessionId: string; groupId: string }) {
  // A session without notes has nothing carried: no passphrase is asked for on its plan.
  const exists = useRequest('notes/exists', { sessionId }, sessionId)
  if (exists.loaded.state !== 'ready' || !exists.loaded.data.exists) return null
  return <CarriedList sessionId={sessionId} groupId={groupId} />
}

function CarriedList({ sessionId, groupId }: { sessionId: string; groupId: string }) {
  const locale = useLocale()
  const t = useT()
  const { load, notes, reload } = useNotes(sessionId)
  const group = useRequest('groups/get', { groupId }, groupId)
  const people = group.loaded.state === 'ready' ? group.loaded.data.members : []
  if (load.state === 'locked')
    return (
      <Card withBorder>
        <Text size="sm" mb="xs">
          {t.closing.carried.locked}
        </Text>
        <UnlockNotes onUnlocked={() => void reload()} />
      </Card>
    )
  const open = notes ? Object.values(notes.items).flatMap((item) => item.actions.filter((a) => !a.done)) : []
  if (load.state !== 'ready' || open.length === 0) return null
  return (
    <Card withBorder data-testid="carried-actions">
      <Title order={2} size="h5" mb="xs">
        {t.closing.carried.title}
      </Title>
      <List size="sm">
        {open.map((action) => (
          <List.Item key={action.id}>
            {action.text}
            {action.ownerId ? t.closing.actionOwner(people.find((p) => p.id === action.ownerId)?.name ?? '') : ''}
            {action.due ? t.closing.actionDue(dueDate(action.due, locale)) : ''}
          </List.Item>
        ))}
      </List>
    </Card>
  )
}
