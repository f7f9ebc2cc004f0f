import { Card, List, Text, Title } from '@mantine/core'
import { useRequest } from '../../lib/useRequest'
import { UnlockNotes } from '../notes/UnlockNotes'
import { dueDate } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'

/** The thread between sessions: what the group said it would do and has not yet done. */
export function OpenActionsCard({ groupId }: { groupId: string }) {
  const locale = useLocale()
  const t = useT()
  const open = useRequest('groups/open-actions', { groupId }, groupId)
  return (
    <Card withBorder padding="lg" data-testid="open-actions">
      <Title order={2} size="h4" mb="xs">
        {t.closing.openActions.title}
      </Title>
      {open.loaded.state === 'error' ? (
        open.loaded.code === 'locked' ? (
          <UnlockNotes onUnlocked={open.reload} />
        ) : (
          <Text c="red">{open.loaded.message}</Text>
        )
      ) : null}
      {open.loaded.state === 'ready' && open.loaded.data.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.closing.openActions.none}
        </Text>
      ) : null}
      {open.loaded.state === 'ready' && open.loaded.data.actions.length > 0 ? (
        <List size="sm" spacing={4}>
          {open.loaded.data.actions.map((a) => (
            <List.Item key={`${a.sessionId}-${a.text}`}>
              {a.text}
              {a.owner ? t.closing.actionOwner(a.owner) : ''}
              {a.due ? t.closing.actionDue(dueDate(a.due, locale)) : ''}{' '}
              <Text span size="xs" c="dimmed">
                ({a.sessionTitle})
              </Text>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Card>
  )
}
