import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import dayjs from 'dayjs'
import type { SessionPlan } from '../../../core/model/plan'
import { MINUTE } from '../../../core/live/clock'
import { clockTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'

export type EndChoice = 'scheduled' | 'full'

/** The two possible hard ends, and whether the booked slot is still a sensible one. */
export function endOptions(plan: SessionPlan, now: number) {
  const scheduledEnd = dayjs(plan.scheduledStart).add(plan.plannedMinutes, 'minute').valueOf()
  const fullLength = now + plan.plannedMinutes * MINUTE
  const slotStillOpen = scheduledEnd > now + 15 * MINUTE && dayjs(plan.scheduledStart).valueOf() < now + 60 * MINUTE
  return { scheduledEnd, fullLength, slotStillOpen }
}

export function endAtFor(choice: EndChoice | null, plan: SessionPlan, now: number): number {
  const { scheduledEnd, fullLength, slotStillOpen } = endOptions(plan, now)
  const chosen = choice ?? (slotStillOpen ? 'scheduled' : 'full')
  return chosen === 'scheduled' && slotStillOpen ? scheduledEnd : fullLength
}

/**
 * A late start raises the question SessionLab asks: keep the booked end, or run the full length
 * from now? The answer becomes the hard end everything is measured against.
 */
export function StartPanel({
  plan,
  now,
  choice,
  onChoice,
  onStart
}: {
  plan: SessionPlan
  now: number
  /** null until the facilitator picks: then the sensible default applies. */
  choice: EndChoice | null
  onChoice: (choice: EndChoice) => void
  onStart: () => void
}) {
  const { scheduledEnd, fullLength, slotStillOpen } = endOptions(plan, now)
  const selected = choice ?? (slotStillOpen ? 'scheduled' : 'full')
  const locale = useLocale()
  const t = useT().live.start
  const clock = (at: number) => clockTime(at, locale)
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="lg">
      <Stack>
        <Title order={2}>{t.title}</Title>
        <Text c="dimmed">{t.planned(plan.items.length, plan.plannedMinutes)}</Text>
        <Radio.Group label={t.endAt} value={selected} onChange={(value) => onChoice(value === 'scheduled' ? 'scheduled' : 'full')}>
          <Stack gap="xs" mt="xs">
            <Radio value="scheduled" disabled={!slotStillOpen} label={t.asScheduled(clock(scheduledEnd))} description={slotStillOpen ? undefined : t.slotPassed} />
            <Radio value="full" label={t.fullLength(clock(fullLength), plan.plannedMinutes)} />
          </Stack>
        </Radio.Group>
        <Group>
          <Button size="lg" leftSection={<IconPlayerPlay aria-hidden />} onClick={onStart}>
            {t.startSession}
          </Button>
          <Text size="sm" c="dimmed">
            {t.orPressSpace}
          </Text>
        </Group>
      </Stack>
    </Card>
  )
}
