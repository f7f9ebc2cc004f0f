import { Badge, Group, Paper, Stack, Switch, Text } from '@mantine/core'
import { MINUTE, itemStartTimes, type LiveState } from '../../../core/live/clock'
import { clockTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'

const minutes = (ms: number) => Math.round(ms / MINUTE)

/** The agenda as it stands: done (actual vs planned), now, and to come (with skip). */
export function Rundown({ state, now, onSkip }: { state: LiveState; now: number; onSkip: (itemId: string, skipped: boolean) => void }) {
  const starts = itemStartTimes(state, now)
  const locale = useLocale()
  const t = useT().live.rundown
  return (
    <Stack gap={6} role="list" aria-label={t.agenda}>
      {state.items.map((record, index) => {
        const isCurrent = index === state.currentIndex && state.status !== 'not-started' && state.status !== 'ended'
        const done = record.firstStartedAt !== null && !isCurrent
        const start = starts[index]
        return (
          <Paper
            key={record.item.id}
            withBorder
            p="xs"
            role="listitem"
            bg={isCurrent ? 'var(--mantine-primary-color-light)' : undefined}
            opacity={record.skipped ? 0.55 : 1}
            data-testid="rundown-item"
            aria-current={isCurrent ? 'step' : undefined}
          >
            {/* A narrow column puts the badges and the skip switch under the title rather than cut the title to a few letters. */}
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0, flex: '1 1 7rem' }}>
                <Text size="sm" fw={isCurrent ? 700 : 500} truncate td={record.skipped ? 'line-through' : undefined}>
                  {record.item.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {done
                    ? t.ran(minutes(record.elapsedMs), minutes(record.allottedMs))
                    : `${t.allotted(minutes(record.allottedMs))}${record.allottedMs !== record.plannedMinutes * MINUTE ? t.planned(record.plannedMinutes) : ''}${start !== undefined && !record.skipped ? ` · ${clockTime(start, locale)}` : ''}`}
                </Text>
              </Stack>
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                {record.item.protected ? (
                  <Badge size="xs" variant="light" color="teal">
                    {t.protected}
                  </Badge>
                ) : null}
                {isCurrent ? <Badge size="xs">{t.now}</Badge> : null}
                {!done && !isCurrent && state.status !== 'ended' ? (
                  <Switch
                    size="xs"
                    label={t.skip}
                    checked={record.skipped}
                    onChange={(event) => onSkip(record.item.id, event.currentTarget.checked)}
                    aria-label={t.skipItem(record.item.title)}
                  />
                ) : null}
              </Group>
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}
