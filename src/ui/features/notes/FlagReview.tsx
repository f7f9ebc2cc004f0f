import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { Flag, LocatedFlag } from '../../../core/notes/flagRules'
import { useT } from '../../i18n/LocaleContext'
import { FlagList, type FlagAction } from './FlagList'

/**
 * Saving the notes with flags still open asks about each one: replace it, say it is not an
 * identifier, or confirm it may stay. Nothing is kept by default.
 */
export function FlagReview(props: {
  opened: boolean
  onClose: () => void
  flags: readonly LocatedFlag[]
  items: readonly { id: string; title: string }[]
  onFlag: (flag: LocatedFlag, action: FlagAction) => void
  pseudonymOf: (flag: Flag) => string | null
  onDone: () => void
}) {
  const { opened, onClose, flags, items, onFlag, pseudonymOf, onDone } = props
  const t = useT()
  const places = new Map<string, LocatedFlag[]>()
  for (const flag of flags) {
    const key = `${flag.itemId}|${flag.spot.field}`
    places.set(key, [...(places.get(key) ?? []), flag])
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t.notes.review.title} size="lg">
      <Stack gap="md">
        {flags.length === 0 ? (
          <Text>{t.notes.review.allResolved}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t.notes.review.howTo}
          </Text>
        )}
        {[...places].map(([key, here]) => {
          const first = here[0]!
          return (
            <div key={key}>
              <Text size="sm" fw={600}>
                {items.find((i) => i.id === first.itemId)?.title ?? t.notes.review.agendaItem} · {t.notes.fields[first.spot.field]}
              </Text>
              <FlagList flags={here} onFlag={(flag, action) => onFlag(here.find((f) => f === flag) ?? first, action)} pseudonymOf={pseudonymOf} />
            </div>
          )
        })}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.notes.review.back}
          </Button>
          <Button
            disabled={flags.length > 0}
            onClick={() => {
              onClose()
              onDone()
            }}
          >
            {t.notes.review.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
