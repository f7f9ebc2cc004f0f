import { Group, Paper, Text } from '@mantine/core'
import { IconBell, IconBellOff } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import type { ItemTone } from '../../../core/live/clock'
import { TONE_LOOK } from './TimerDisplay'
import classes from './CueFlash.module.css'
import { useT } from '../../i18n/LocaleContext'

/** How long the banner stays: long enough to be seen by someone who glanced away. */
const SHOWN_MS = 8_000
const URGENCY: Record<ItemTone, number> = { normal: 0, warning: 1, danger: 2, overtime: 3 }

interface Flash {
  tone: Exclude<ItemTone, 'normal'>
  key: number
}

/**
 * The chimes' visual twin: when the running item reaches its warning, danger or zero, a banner
 * says so in words (and the timer card pulses once), so a muted laptop or a facilitator who
 * cannot hear the chime gets the same cue. It follows the tone the screen shows, which is what
 * the chimes are scheduled on.
 */
export function useCueFlash(itemId: string | null, tone: ItemTone, running: boolean): Flash | null {
  const last = useRef<{ itemId: string | null; tone: ItemTone }>({ itemId, tone })
  const [flash, setFlash] = useState<Flash | null>(null)
  useEffect(() => {
    const before = last.current
    last.current = { itemId, tone }
    if (!running || tone === 'normal' || before.itemId !== itemId || URGENCY[tone] <= URGENCY[before.tone]) return
    setFlash({ tone, key: Date.now() })
  }, [itemId, tone, running])
  useEffect(() => {
    if (!flash) return
    const timer = window.setTimeout(() => setFlash(null), SHOWN_MS)
    return () => window.clearTimeout(timer)
  }, [flash])
  // A new item starts calm: an old banner would describe the previous one.
  useEffect(() => setFlash(null), [itemId])
  return flash
}

export function CueBanner({ flash, muted }: { flash: Flash | null; muted: boolean }) {
  const t = useT().live
  // The live region stays mounted so screen readers announce each new cue.
  return (
    <div role="status" aria-live="polite" data-testid="cue-flash" data-cue={flash?.tone ?? ''}>
      {flash ? (
        <Paper key={flash.key} withBorder p="xs" mb="sm" className={classes.banner} data-tone={flash.tone} style={{ borderColor: `var(--mantine-color-${TONE_LOOK[flash.tone].color}-filled)` }}>
          <Group gap="xs" justify="center" wrap="nowrap">
            {muted ? <IconBellOff size={20} aria-hidden /> : <IconBell size={20} aria-hidden />}
            <Text fw={700}>
              {t.timer.tone[flash.tone]}
              <Text span fw={400} c="dimmed">
                {' '}
                · {muted ? t.cue.muted(t.cue.chimes[flash.tone]) : t.cue.chimes[flash.tone]}
              </Text>
            </Text>
          </Group>
        </Paper>
      ) : null}
    </div>
  )
}
