import { ActionIcon, Button, Group, Kbd, Slider, Tooltip } from '@mantine/core'
import {
  IconMinus,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerSkipBack,
  IconPlayerSkipForward,
  IconPlus,
  IconVolume,
  IconVolumeOff
} from '@tabler/icons-react'
import { memo, useRef } from 'react'
import type { LiveCommand } from '../../../core/storage/workspaceDocument'
import { useT } from '../../i18n/LocaleContext'

/** Memoised: the clock ticks four times a second, the controls only change with the log. */
export const LiveControls = memo(function LiveControls({
  running,
  muted,
  volume,
  onCommand,
  onVolume
}: {
  running: boolean
  muted: boolean
  volume: number
  onCommand: (command: LiveCommand) => void
  onVolume: (volume: number) => void
}) {
  const dragged = useRef(false)
  const t = useT().live.controls
  return (
    <Group justify="center" gap="sm" wrap="wrap" data-live-controls>
      <Button variant="default" size="md" leftSection={<IconPlayerSkipBack size={18} aria-hidden />} rightSection={<Kbd size="xs">←</Kbd>} onClick={() => onCommand('previous')}>
        {t.previous}
      </Button>
      <Button
        size="md"
        color={running ? 'gray' : undefined}
        leftSection={running ? <IconPlayerPause size={18} aria-hidden /> : <IconPlayerPlay size={18} aria-hidden />}
        rightSection={<Kbd size="xs">{t.spaceKey}</Kbd>}
        onClick={() => onCommand('toggle')}
        miw={150}
      >
        {running ? t.pause : t.resume}
      </Button>
      <Button size="md" leftSection={<IconPlayerSkipForward size={18} aria-hidden />} rightSection={<Kbd size="xs">→</Kbd>} onClick={() => onCommand('next')}>
        {t.nextItem}
      </Button>
      <Button.Group>
        <Button variant="default" size="md" onClick={() => onCommand('minus-minute')} aria-label={t.minuteLess} leftSection={<IconMinus size={16} aria-hidden />}>
          {t.oneMinute}
        </Button>
        <Button variant="default" size="md" onClick={() => onCommand('plus-minute')} aria-label={t.minuteMore} leftSection={<IconPlus size={16} aria-hidden />}>
          {t.oneMinute}
        </Button>
      </Button.Group>
      <Group gap={6} wrap="nowrap">
        <Tooltip label={muted ? t.unmuteTip : t.muteTip}>
          <ActionIcon size="lg" variant={muted ? 'filled' : 'default'} color={muted ? 'red' : undefined} onClick={() => onCommand('mute')} aria-label={muted ? t.unmute : t.mute} aria-pressed={muted}>
            {muted ? <IconVolumeOff size={18} aria-hidden /> : <IconVolume size={18} aria-hidden />}
          </ActionIcon>
        </Tooltip>
        <Slider
          w={100}
          min={0}
          max={1}
          step={0.05}
          value={volume}
          onPointerDown={() => (dragged.current = true)}
          onChangeEnd={(v) => {
            onVolume(v)
            // After a mouse drag, hand the arrow keys back to the agenda; keyboard users keep focus.
            if (dragged.current && document.activeElement instanceof HTMLElement) document.activeElement.blur()
            dragged.current = false
          }} label={(v) => t.percent(Math.round(v * 100))} aria-label={t.volume} thumbLabel={t.volume} disabled={muted} />
      </Group>
    </Group>
  )
})
