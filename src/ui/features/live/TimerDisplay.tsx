import { Badge, Progress, Stack, Text, Title } from '@mantine/core'
import { IconAlarm, IconAlertTriangle, IconClockHour4, IconHourglassLow } from '@tabler/icons-react'
import { memo } from 'react'
import type { ItemTone } from '../../../core/live/clock'
import { formatCountdown } from '../../../core/live/format'
import { useT } from '../../i18n/LocaleContext'

/** Colour is never the only signal: every tone also has a word (t.live.timer.tone) and an icon. */
export const TONE_LOOK: Record<ItemTone, { color: string; icon: typeof IconAlarm }> = {
  normal: { color: 'teal', icon: IconClockHour4 },
  warning: { color: 'yellow', icon: IconHourglassLow },
  danger: { color: 'orange', icon: IconAlertTriangle },
  overtime: { color: 'red', icon: IconAlarm }
}

// The digits fill the width they have, up to a cap (CSS min()); on a shared screen also a share of
// the height, so a 1024×640 projector keeps the title, the prompt and the speaker in view.
const ROOM_DIGITS = 'min(22vw, 14rem, 30vh)'
const DESK_DIGITS = 'min(14vw, 7.5rem)'

interface TimerProps {
  title: string
  remainingMs: number
  allottedMs: number
  tone: ItemTone
  paused: boolean
  /** 'room' is the share view: larger, to be read on a shared screen at 1280×720. */
  size: 'desk' | 'room'
}

/** How much of the item's time is used, in tenths of a percent: a tenth of the bar's 720 px is under a pixel. */
function usedTenths(remainingMs: number, allottedMs: number): number {
  const used = allottedMs > 0 ? Math.min(100, Math.max(0, ((allottedMs - remainingMs) / allottedMs) * 100)) : 100
  return Math.round(used * 10)
}

// What the timer shows: the digits, the bar to a tenth of a percent, the words. A beat that moves none
// of them (the wall clock's second between two of the countdown's) draws nothing.
const sameShown = (a: TimerProps, b: TimerProps) =>
  a.title === b.title &&
  a.tone === b.tone &&
  a.paused === b.paused &&
  a.size === b.size &&
  formatCountdown(a.remainingMs) === formatCountdown(b.remainingMs) &&
  (a.remainingMs < 0) === (b.remainingMs < 0) &&
  usedTenths(a.remainingMs, a.allottedMs) === usedTenths(b.remainingMs, b.allottedMs)

export const TimerDisplay = memo(function TimerDisplay({
  title,
  remainingMs,
  allottedMs,
  tone,
  paused,
  size
}: TimerProps) {
  const look = TONE_LOOK[tone]
  const t = useT().live.timer
  const Icon = look.icon
  const used = usedTenths(remainingMs, allottedMs) / 10
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
        fz={size === 'room' ? ROOM_DIGITS : DESK_DIGITS}
        role="timer"
        aria-label={remainingMs < 0 ? t.overTime(formatCountdown(remainingMs)) : t.left(formatCountdown(remainingMs))}
        data-testid="time-left"
      >
        {formatCountdown(remainingMs)}
      </Text>
      <Badge size={size === 'room' ? 'xl' : 'lg'} color={look.color} variant="filled" leftSection={<Icon size={18} aria-hidden />} data-testid="tone-label">
        {paused ? t.paused : t.tone[tone]}
      </Badge>
      {/* No width transition: the bar moves a hair each tick, and animating it kept the page in a frame loop (a layout and a repaint per frame) while the clock runs. */}
      <Progress value={used} color={look.color} size={size === 'room' ? 'xl' : 'lg'} w="100%" maw={720} aria-label={t.used} transitionDuration={0} />
    </Stack>
  )
}, sameShown)
