import { Group, Progress, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconClockHour4 } from '@tabler/icons-react'
import type { AgendaItem } from '../../../core/model/plan'
import { planBalance } from '../../../core/plan/planTotals'

/** The agenda's total against the session length, said in words, not only in colour. */
export function PlanTotal({ items, plannedMinutes }: { items: AgendaItem[]; plannedMinutes: number }) {
  const balance = planBalance(items, plannedMinutes)
  const look =
    balance.state === 'exact'
      ? { color: 'green', icon: IconCircleCheck, text: `Exactly ${plannedMinutes} minutes planned` }
      : balance.state === 'under'
        ? { color: 'blue', icon: IconClockHour4, text: `${balance.minutesLeft} min left to plan` }
        : { color: 'red', icon: IconAlertTriangle, text: `${balance.minutesOver} min over the session length` }
  const Icon = look.icon
  return (
    <Stack gap={6} data-testid="plan-total" data-state={balance.state}>
      <Group justify="space-between">
        <Group gap={6}>
          <Icon size={20} color={`var(--mantine-color-${look.color}-text)`} aria-hidden />
          <Text fw={600}>{look.text}</Text>
        </Group>
        <Text fw={600} aria-label={`Total ${balance.totalMinutes} of ${plannedMinutes} minutes`}>
          {balance.totalMinutes} / {plannedMinutes} min
        </Text>
      </Group>
      <Progress
        value={Math.min(100, (balance.totalMinutes / plannedMinutes) * 100)}
        color={look.color}
        size="md"
        aria-label="Planned minutes against session length"
      />
    </Stack>
  )
}
