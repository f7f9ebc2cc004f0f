import dayjs from 'dayjs'
import type { MeetingRhythm } from '../model/group'

const FORMAT = 'YYYY-MM-DDTHH:mm'

const STEP: Record<MeetingRhythm['frequency'], { amount: number; unit: 'day' | 'month' }> = {
  weekly: { amount: 7, unit: 'day' },
  fortnightly: { amount: 14, unit: 'day' },
  monthly: { amount: 1, unit: 'month' },
  'every-six-weeks': { amount: 42, unit: 'day' },
  quarterly: { amount: 3, unit: 'month' },
  'as-agreed': { amount: 1, unit: 'month' }
}

/**
 * A starting suggestion for the next session: one rhythm step after the latest planned one, or
 * after today at 19:00 when there is none. `today` is the caller's local date-time (YYYY-MM-DDTHH:mm).
 */
export function suggestNextSession(
  rhythm: MeetingRhythm,
  plannedStarts: readonly string[],
  today: string,
  sessionNumber: number
): { title: string; scheduledStart: string } {
  const step = STEP[rhythm.frequency]
  const latest = [...plannedStarts].sort().at(-1)
  const base = latest ? dayjs(latest) : dayjs(today).hour(19).minute(0)
  const start = base.add(step.amount, step.unit)
  return { title: `Session ${sessionNumber} — ${start.format('MMMM YYYY')}`, scheduledStart: start.format(FORMAT) }
}
