import { Alert, Button, Card, Group, Text } from '@mantine/core'
import { IconScale } from '@tabler/icons-react'
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { LiveSnapshot } from '../../../core/api/contract'
import { MINUTE, currentItem, replay, sessionTiming, type ItemRecord } from '../../../core/live/clock'
import { dueAutoAdvance, upcomingCues } from '../../../core/live/cues'
import type { LiveEvent } from '../../../core/live/events'
import { minutesAhead } from '../../../core/live/format'
import { proposeRebalance, type RebalanceProposal } from '../../../core/live/rebalance'
import type { SessionPlan } from '../../../core/model/plan'
import { replayTurns } from '../../../core/turns/turns'
import { clockTime } from '../../../core/i18n/dates'
import type { Settings } from '../../../core/storage/workspaceDocument'
import type { ChimePlayer } from '../../lib/chimes'
import { useLocale, useT } from '../../i18n/LocaleContext'
import { CasePanel } from './CasePanel'
import { CueBanner, useCueFlash } from './CueFlash'
import { protocolRun } from './protocolRun'
import { Rundown } from './Rundown'
import { StartPanel, type EndChoice } from './StartPanel'
import { TimerDisplay } from './TimerDisplay'
import { DEFAULT_TURN_SECONDS, TurnsPanel } from './TurnsPanel'
import { useBeatNow, type LiveBeat } from './liveBeat'

// The parts of the live screen that show time, each following the beat at the step it shows (the
// timer every beat, talk time and phases every second, the rundown every minute). The rest of the
// screen is drawn from the log alone and does not re-render on a beat.

type Items = SessionPlan['items']
type Append = (event: LiveEvent) => boolean
interface Clocked {
  beat: LiveBeat
  items: Items
  events: readonly LiveEvent[]
}

const SECOND = 1000
const lastAt = (events: readonly LiveEvent[]) => events.at(-1)?.at ?? 0

/** The session as of the beat (never behind the latest event), at `step` ms. */
function useLiveAt({ beat, items, events }: Clocked, step: number) {
  const now = useBeatNow(beat, step, lastAt(events))
  const state = useMemo(() => replay(items, events, now), [items, events, now])
  return { now, state }
}

/** The big timer with its cue banner: the one part that changes on every beat. */
export const TimerCard = memo(function TimerCard({ muted, ...clocked }: Clocked & { muted: boolean }) {
  const { state } = useLiveAt(clocked, 1)
  const current = currentItem(state)
  const flash = useCueFlash(current?.record.item.id ?? null, current?.tone ?? 'normal', state.status === 'running')
  if (!current) return null
  return (
    <Card withBorder padding="lg">
      <CueBanner flash={flash} muted={muted} />
      <TimerDisplay title={current.record.item.title} remainingMs={current.remainingMs} allottedMs={current.record.allottedMs} tone={current.tone} paused={state.status === 'paused'} size="desk" />
      {current.record.item.prompt ? (
        <Text ta="center" c="dimmed" mt="sm">
          {current.record.item.prompt}
        </Text>
      ) : null}
    </Card>
  )
})

/** Ahead or behind the hard end, and the projected end. */
export const SessionTimingCard = memo(function SessionTimingCard(clocked: Clocked) {
  const { now, state } = useLiveAt(clocked, 1)
  const t = useT().live.screen
  const locale = useLocale()
  const timing = sessionTiming(state, now)
  if (!timing || state.endAt === null) return null
  return <TimingLine behind={timing.aheadMs < -MINUTE / 2} ahead={t.sessionAhead(minutesAhead(timing.aheadMs))} projected={t.projectedEnd(clockTime(timing.projectedEndAt, locale), clockTime(state.endAt, locale))} />
})

// Its words change once a minute at most: the card is drawn again only then.
const TimingLine = memo(function TimingLine({ behind, ahead, projected }: { behind: boolean; ahead: string; projected: string }) {
  return (
    <Card withBorder data-testid="session-timing">
      <Group justify="space-between" wrap="wrap">
        <Text fw={700} c={behind ? 'red' : undefined} size="lg">
          {ahead}
        </Text>
        <Text>{projected}</Text>
      </Group>
    </Card>
  )
})

/** The protocol's phase: it moves on with item time, so it follows the clock's seconds. */
export function LiveCasePanel({ record, protocols, people, append, ...clocked }: Clocked & { record: ItemRecord; protocols: LiveSnapshot['protocols']; people: LiveSnapshot['people']; append: Append }) {
  const { state } = useLiveAt(clocked, SECOND)
  const item = currentItem(state)
  const run = useMemo(() => (item ? protocolRun(item.record, protocols) : null), [state, protocols]) // eslint-disable-line react-hooks/exhaustive-deps
  // Roles and the item come from the log (`record`), so they hold still between presses.
  return run ? <CasePanel protocol={run.protocol} view={run.view} phaseCount={run.phaseCount} record={record} people={people} append={append} /> : null
}

/** Turn taking: talk time moves only while someone speaks, so only then does it follow the clock. */
export function LiveTurnsPanel({
  beat,
  events,
  people,
  append,
  progressive,
  onProgressive,
  onEndTurn
}: Omit<Clocked, 'items'> & { people: LiveSnapshot['people']; append: Append; progressive: boolean; onProgressive: (on: boolean) => void; onEndTurn: (outcome: 'done' | 'passed' | 'absent') => void }) {
  const speaking = useMemo(() => replayTurns(events, lastAt(events)).speaker !== null, [events])
  const second = useBeatNow(beat, speaking ? SECOND : null, lastAt(events))
  const turns = useMemo(() => replayTurns(events, second), [events, second])
  return <TurnsPanel people={people} turns={turns} append={append} progressive={progressive} onProgressive={onProgressive} turnLimitSeconds={DEFAULT_TURN_SECONDS} onEndTurn={onEndTurn} />
}

/** The rundown shows minutes: it is rebuilt once a minute or when the log changes. */
export const LiveRundown = memo(function LiveRundown({ append, ...clocked }: Clocked & { append: Append }) {
  const { now, state } = useLiveAt(clocked, MINUTE)
  const onSkip = useMemo(() => (itemId: string, skipped: boolean) => append({ type: 'skip-set', at: Date.now(), itemId, skipped }), [append])
  return useMemo(() => <Rundown state={state} now={now} onSkip={onSkip} />, [state, now, onSkip])
})

/** Before the start: the end choices are worked out from the time now. */
export function LiveStartPanel({ beat, plan, events, choice, onChoice, onStart }: Omit<Clocked, 'items'> & { plan: SessionPlan; choice: EndChoice | null; onChoice: (choice: EndChoice) => void; onStart: () => void }) {
  const now = useBeatNow(beat, 1, lastAt(events))
  return <StartPanel plan={plan} now={now} choice={choice} onChoice={onChoice} onStart={onStart} />
}

/** Offers to rebalance the agenda once the session runs two minutes over or under. */
export function RebalanceOffer({ dismissedAt, onReview, onDismiss, ...clocked }: Clocked & { dismissedAt: number | null; onReview: (proposal: RebalanceProposal) => void; onDismiss: (minutesOver: number) => void }) {
  const { now, state } = useLiveAt(clocked, 1)
  const t = useT().live.screen
  const proposal = state.status === 'running' || state.status === 'paused' ? proposeRebalance(state, now) : null
  // A dismissed proposal comes back only if things drift two more minutes.
  if (!proposal || (dismissedAt !== null && Math.abs(proposal.minutesOver - dismissedAt) < 2)) return null
  return (
    <Alert color={proposal.minutesOver > 0 ? 'orange' : 'blue'} icon={<IconScale aria-hidden />} title={proposal.minutesOver > 0 ? t.runningOver(proposal.minutesOver) : t.minutesInHand(-proposal.minutesOver)} data-testid="rebalance-offer">
      <Group>
        <Text size="sm">{t.rebalanceQuestion}</Text>
        <Button size="xs" onClick={() => onReview(proposal)}>
          {t.review}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => onDismiss(proposal.minutesOver)}>
          {t.notNow}
        </Button>
      </Group>
    </Alert>
  )
}

/** Keeps the chimes scheduled: again only when the schedule itself changes, not on every beat. Draws nothing. */
export function ChimeSchedule({ chimes, settings, ...clocked }: Clocked & { chimes: { current: ChimePlayer | null }; settings: Settings | null }): ReactNode {
  const { now, state } = useLiveAt(clocked, 1)
  const { items, events } = clocked
  const cueKey = upcomingCues(state, now).map((c) => `${c.cue}@${c.at}`).join(',') + `|${settings?.chimesMuted}|${settings?.chimeVolume}`
  useEffect(() => {
    chimes.current?.schedule(upcomingCues(replay(items, events, Date.now()), Date.now()), Date.now())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cueKey])
  return null
}

/**
 * Moves to the next item when one set to auto-advance reaches zero, stamped at that moment however
 * late the beat. Each move is tried once: if it is refused or cannot be saved, the facilitator moves
 * on by hand. Draws nothing.
 */
export function AutoAdvance({ append, ...clocked }: Clocked & { append: Append }): ReactNode {
  const { now, state } = useLiveAt(clocked, 1)
  const due = dueAutoAdvance(state, now)
  const tried = useRef(new Set<string>())
  useEffect(() => {
    if (!due) return
    const key = `${due.itemId}@${due.at}`
    if (tried.current.has(key)) return
    tried.current.add(key)
    append({ type: 'went-to', at: due.at, itemId: due.itemId, via: 'auto' })
  }, [due?.at, due?.itemId]) // eslint-disable-line react-hooks/exhaustive-deps
  return null
}
