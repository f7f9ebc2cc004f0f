import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import type { LiveSnapshot } from '../../../core/api/contract'
import { marksFor, replayAttendance, type PersonMarks } from '../../../core/attendance/marks'
import type { LiveEvent } from '../../../core/live/events'
import type { AppLocale } from '../../../core/model/locale'
import { clockTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'
import type { Messages } from '../../../core/i18n/messages'

function describe(marks: PersonMarks, startedAt: number | null, locale: AppLocale, words: Messages['attendance']['panel']): string {
  const time = (ms: number) => clockTime(ms, locale)
  const first = marks.intervals[0]
  const last = marks.intervals.at(-1)
  if (marks.status === 'apologies') return words.apologies
  if (marks.status === 'absent') return words.absent
  if (!first || !last) return words.notMarked
  const joined = startedAt !== null && first.from > startedAt ? words.joined(time(first.from)) : words.fromStart
  if (marks.inRoom) return marks.intervals.length > 1 ? words.backSince(time(last.from)) : words.here(joined)
  return words.left(time(last.to ?? last.from), joined)
}

/**
 * One tap per person: here (joined now), left (leaving early), apologies; undo takes back the
 * latest mark. Minutes attended and CPD credit come from these times after the session.
 */
export function AttendancePanel({ people, events, append, startedAt }: { people: LiveSnapshot['people']; events: readonly LiveEvent[]; append: (event: LiveEvent) => boolean; startedAt: number | null }) {
  const marks = useMemo(() => replayAttendance(events), [events])
  const locale = useLocale()
  const words = useT().attendance.panel
  const here = people.filter((p) => marksFor(marks, p.id).inRoom).length
  return (
    <Card withBorder data-testid="attendance-panel">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {words.title}
        </Title>
        <Text size="sm" c="dimmed" aria-live="polite">
          {words.hereCount(here, people.length)}
        </Text>
      </Group>
      <Stack gap={6}>
        {people.map((person) => {
          const m = marksFor(marks, person.id)
          const mark = (event: LiveEvent) => append(event)
          return (
            // In a narrow column (a small laptop, French buttons) the buttons go under the name rather than over its status.
            <Group key={person.id} justify="space-between" wrap="wrap" gap="xs" data-person={person.name}>
              <div style={{ minWidth: 0, flex: '1 1 7rem' }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500} truncate>
                    {person.name}
                  </Text>
                  {person.role === 'guest' ? (
                    <Badge size="xs" variant="light" color="gray">
                      {words.guest}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed" data-testid="attendance-status">
                  {describe(m, startedAt, locale, words)}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                {m.inRoom ? (
                  <Button size="compact-xs" variant="light" color="orange" onClick={() => mark({ type: 'attendance-left', at: Date.now(), personId: person.id })} aria-label={words.markLeftLabel(person.name)}>
                    {words.markLeft}
                  </Button>
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => mark({ type: 'attendance-joined', at: Date.now(), personId: person.id })} aria-label={words.markHereLabel(person.name)}>
                    {words.markHere}
                  </Button>
                )}
                {m.status === 'unmarked' ? (
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => mark({ type: 'attendance-status', at: Date.now(), personId: person.id, status: 'apologies' })} aria-label={words.markApologiesLabel(person.name)}>
                    {words.markApologies}
                  </Button>
                ) : null}
                {m.standingMarks > 0 ? (
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => mark({ type: 'attendance-undone', at: Date.now(), personId: person.id })} aria-label={words.undoLabel(person.name)}>
                    {words.undo}
                  </Button>
                ) : null}
              </Group>
            </Group>
          )
        })}
      </Stack>
    </Card>
  )
}
