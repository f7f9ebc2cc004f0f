import { Group, Progress, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconClockHour4 } from '@tabler/icons-react'
import type { AgendaItem } from '../../../core/model/plan'
import { planBalance } from '../../../core/plan/planTotals'
import { useT } from '../../i18n/LocaleContext'

/** The agenda's total against the session length, said in words, not only in colour. */
export function PlanTotal({ items, plannedMinutes }: { items: AgendaItem[]; plannedMinutes: number }) {
  const t = useT().sessions.total
  const balance = planBalance(items, plannedMinutes)
  const look =
    balance.state === 'exact'
      ? { color: 'green', icon: IconCircleCheck, text: t.exactMinutes(plannedMinutes) }
      : balance.state === 'under'
        ? { color: 'blue', icon: IconClockHour4, text: t.leftMinutes(balance.minutesLeft) }
        : { color: 'red', icon: IconAlertTriangle, text: t.overMinutes(balance.minutesOver) }
  const Icon = look.icon
  const iconColor = `var(--mantine-color-${look.color}-text)`
  return (
    <Stack gap={6} data-testid="plan-total" data-state={balance.state}>
      <Group justify="space-between">
        <Group gap={6}>
          <Icon size={20} color={iconColor} aria-hidden />
          <Text fw={600}>{look.text}</Text>
        </Group>
        <Text fw={600} aria-label={t.ofMinutes(balance.totalMinutes, plannedMinutes)}>
          {t.shortMinutes(balance.totalMinutes, plannedMinutes)}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, (balance.totalMinutes / plannedMinutes) * 100)}
        color={look.color}
        size="md"
        aria-label={t.bar}
      />
    </Stack>
  )
}
