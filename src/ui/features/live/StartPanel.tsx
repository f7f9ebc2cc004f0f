import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { SessionPlan } from '../../../core/model/plan'
import { MINUTE } from '../../../core/live/clock'

/**
 * A late start raises the question SessionLab asks: keep the booked end, or run the full length
 * from now? The answer becomes the hard end everything is measured against.
 */
export function StartPanel({ plan, now, onStart }: { plan: SessionPlan; now: number; onStart: (endAt: number) => void }) {
  const scheduledEnd = dayjs(plan.scheduledStart).add(plan.plannedMinutes, 'minute').valueOf()
  const fullLength = now + plan.plannedMinutes * MINUTE
  const slotStillOpen = scheduledEnd > now + 15 * MINUTE && dayjs(plan.scheduledStart).valueOf() < now + 60 * MINUTE
  const [choice, setChoice] = useState<'scheduled' | 'full'>(slotStillOpen ? 'scheduled' : 'full')
  const clock = (at: number) => dayjs(at).format('HH:mm')
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="lg">
      <Stack>
        <Title order={2}>Ready to start?</Title>
        <Text c="dimmed">
          {plan.items.length} items, {plan.plannedMinutes} minutes planned. The clock runs from the moment you start, even if
          Hearth is closed.
        </Text>
        <Radio.Group label="End the session at" value={choice} onChange={(value) => setChoice(value === 'scheduled' ? 'scheduled' : 'full')}>
          <Stack gap="xs" mt="xs">
            <Radio value="scheduled" disabled={!slotStillOpen} label={`${clock(scheduledEnd)}, as scheduled`} description={slotStillOpen ? undefined : 'The scheduled slot has passed or is too close.'} />
            <Radio value="full" label={`${clock(fullLength)}: the full ${plan.plannedMinutes} minutes from now`} />
          </Stack>
        </Radio.Group>
        <Group>
          <Button size="lg" leftSection={<IconPlayerPlay aria-hidden />} onClick={() => onStart(choice === 'scheduled' ? scheduledEnd : fullLength)}>
            Start session
          </Button>
          <Text size="sm" c="dimmed">
            or press Space
          </Text>
        </Group>
      </Stack>
    </Card>
  )
}
