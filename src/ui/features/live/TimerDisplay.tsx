import { Badge, Progress, Stack, Text, Title } from '@mantine/core'
import { IconAlarm, IconAlertTriangle, IconClockHour4, IconHourglassLow } from '@tabler/icons-react'
import type { ItemTone } from '../../../core/live/clock'
import { formatCountdown } from '../../../core/live/format'

/** Colour is never the only signal: every tone also has a word and an icon. */
export const TONE_LOOK: Record<ItemTone, { color: string; label: string; icon: typeof IconAlarm }> = {
  normal: { color: 'teal', label: 'On time', icon: IconClockHour4 },
  warning: { color: 'yellow', label: 'Time to wrap up', icon: IconHourglassLow },
  danger: { color: 'orange', label: 'Almost out of time', icon: IconAlertTriangle },
  overtime: { color: 'red', label: 'Over time', icon: IconAlarm }
}

export function TimerDisplay({
  title,
  remainingMs,
  allottedMs,
  tone,
  paused,
  size
}: {
  title: string
  remainingMs: number
  allottedMs: number
  tone: ItemTone
  paused: boolean
  /** 'room' is the share view: larger, to be read on a shared screen at 1280×720. */
  size: 'desk' | 'room'
}) {
  const look = TONE_LOOK[tone]
  const Icon = look.icon
  const used = allottedMs > 0 ? Math.min(100, Math.max(0, ((allottedMs - remainingMs) / allottedMs) * 100)) : 100
  return (
    <Stack gap={size === 'room' ? 'md' : 'xs'} align="center" data-testid="timer" data-tone={tone}>
      <Title order={2} ta="center" size={size === 'room' ? '2.6rem' : 'h2'} lh={1.15}>
        {title}
      </Title>
      <Text
        component="div"
        fw={700}
        ff="monospace"
        lh={1}
        c={tone === 'normal' ? undefined : look.color}
        fz={size === 'room' ? 'min(22vw, 14rem)' : 'min(14vw, 7.5rem)'}
        role="timer"
        aria-label={remainingMs < 0 ? `${formatCountdown(remainingMs)} over time` : `${formatCountdown(remainingMs)} left`}
        data-testid="time-left"
      >
        {formatCountdown(remainingMs)}
      </Text>
      <Badge size={size === 'room' ? 'xl' : 'lg'} color={look.color} variant="filled" leftSection={<Icon size={18} aria-hidden />} data-testid="tone-label">
        {paused ? 'Paused' : look.label}
      </Badge>
      {/* No width transition: the bar moves a hair each tick, and animating it kept the page in a frame loop (a layout and a repaint per frame) while the clock runs. */}
      <Progress value={used} color={look.color} size={size === 'room' ? 'xl' : 'lg'} w="100%" maw={720} aria-label="Share of this item used" transitionDuration={0} />
    </Stack>
  )
}
