import { Alert, Anchor, Box, Breadcrumbs, Button, Card, Checkbox, Grid, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconExternalLink, IconKeyboard, IconPlayerStop } from '@tabler/icons-react'
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { LiveSnapshot } from '../../../core/api/contract'
import { MINUTE, currentItem, firstRunnable, replay } from '../../../core/live/clock'
import { nextDisplayChange } from '../../../core/live/ticks'
import { allocationsOf, proposeRebalance, type RebalanceProposal } from '../../../core/live/rebalance'
import type { LiveCommand, Settings } from '../../../core/storage/workspaceDocument'
import { arrivedReply, call } from '../../lib/api'
import { ChimePlayer } from '../../lib/chimes'
import { updateSettings } from '../../lib/settings'
import { hrefFor } from '../../lib/route'
import { LiveControls } from './LiveControls'
import { PlannedVsActual } from './PlannedVsActual'
import { RebalanceDialog } from './RebalanceDialog'
import { ShortcutSheet } from './ShortcutSheet'
import { endAtFor, type EndChoice } from './StartPanel'
import { AutoAdvance, ChimeSchedule, LiveCasePanel, LiveRundown, LiveStartPanel, LiveTurnsPanel, RebalanceOffer, SessionTimingCard, TimerCard } from './ClockedParts'
import { LiveBeat } from './liveBeat'
import { replayTurns } from '../../../core/turns/turns'
import { useLiveCommands } from './liveCommands'
import { useLiveSession } from './useLiveSession'
import type { LiveEvent } from '../../../core/live/events'
import { firstLookThisLaunch, keepBeating } from './liveLaunch'
import { AttendancePanel } from '../attendance/AttendancePanel'
import { clockTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'
import { lazyNamed } from '../../lib/lazyNamed'
import { useFirstPaintDone } from '../../lib/useFirstPaintDone'

// Below the clock, and the only parts of the screen that validate what they save: their code (and
// the schema library) loads once the screen has drawn, so the clock and Start do not wait for it.
const NotesPanel = lazyNamed(() => import('../notes/NotesPanel'), 'NotesPanel')
const ClosingPanel = lazyNamed(() => import('../closing/ClosingPanel'), 'ClosingPanel')
const CertificatesPanel = lazyNamed(() => import('../attendance/CertificatesPanel'), 'CertificatesPanel')

/** A gap longer than this on reopening gets a note (shorter ones are a reload). */
const GAP_NOTE_MS = 60_000

function Live({ groupId, sessionId, snapshot, append, saved }: { groupId: string; sessionId: string; snapshot: LiveSnapshot; append: (e: LiveEvent) => boolean; saved: number }) {
  const locale = useLocale()
  const t = useT().live.screen
  const clock = (at: number) => clockTime(at, locale)
  const { plan, events } = snapshot
  // The screen is drawn from the log: which item is current, the status, the roles. Time moves on
  // in the beat, read only by the parts that show it (ClockedParts), so a beat re-renders those and
  // not the notes being typed below. As of the latest event: nothing in the log is left out.
  const lastAt = events.at(-1)?.at ?? 0
  const state = useMemo(() => replay(plan.items, events, lastAt), [plan.items, events, lastAt])
  const [beat] = useState(() => new LiveBeat())
  // The beat comes when something on the screen next changes (at most about twice a second): the
  // next whole second of a countdown or of the wall clock, or a change of colour.
  useEffect(() => {
    beat.follow((at) => {
      const now = Math.max(at, lastAt)
      return nextDisplayChange(replay(plan.items, events, now), now)
    })
    return () => beat.stop()
  }, [beat, plan.items, events, lastAt])
  const current = currentItem(state)
  const [progressive, setProgressive] = useState(false)
  // Already here at start-up as a rule: the volume and the mute state show in the first render.
  const [settings, setSettings] = useState<Settings | null>(() => {
    const early = arrivedReply('settings/get', {})
    return early?.ok ? early.data : null
  })
  const [helpOpen, setHelpOpen] = useState(false)
  const [endOpen, setEndOpen] = useState(false)
  const [reviewing, setReviewing] = useState<RebalanceProposal | null>(null)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const [onTop, setOnTop] = useState(true)
  const [shareHref, setShareHref] = useState<string | null>(null)
  const chimes = useRef<ChimePlayer | null>(null)
  chimes.current ??= new ChimePlayer()

  useEffect(() => {
    void call('settings/get', {}).then((r) => r.ok && setSettings(r.data))
  }, [])
  useEffect(() => {
    if (settings) chimes.current?.setLevel(settings.chimeVolume, settings.chimesMuted)
  }, [settings])

  useEffect(() => {
    // After a reopen nobody has pressed anything yet: unlock now where the shell allows it, and
    // on the first key or click where a browser insists on a gesture.
    const unlock = () => chimes.current?.unlock()
    unlock()
    window.addEventListener('pointerdown', unlock, { once: true })
    window.addEventListener('keydown', unlock, { once: true })
    return () => {
      window.removeEventListener('pointerdown', unlock)
      window.removeEventListener('keydown', unlock)
      chimes.current?.cancel()
    }
  }, [])

  // Reopened after a crash or a close: note the gap once; the clock itself never stopped.
  const isLive = state.status === 'running' || state.status === 'paused'
  useEffect(() => {
    if (!firstLookThisLaunch(sessionId)) return
    const at = Date.now()
    if (isLive && snapshot.lastSeenAt !== null && at - snapshot.lastSeenAt > GAP_NOTE_MS)
      append({ type: 'reopened', at, lastSeenAt: snapshot.lastSeenAt })
    // Only the first look at this session in this launch counts.
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => keepBeating(sessionId, isLive), [sessionId, isLive])

  const saveSettings = useCallback((next: Settings) => {
    setSettings(next)
    void updateSettings({ chimeVolume: next.chimeVolume, chimesMuted: next.chimesMuted })
  }, [])

  const [endChoice, setEndChoice] = useState<EndChoice | null>(null)
  const setVolume = useCallback((chimeVolume: number) => {
    if (settings) saveSettings({ ...settings, chimeVolume })
  }, [settings, saveSettings])

  const start = useCallback(() => {
    chimes.current?.unlock()
    const at = Date.now()
    append({ type: 'started', at, endAt: endAtFor(endChoice, plan, at) })
  }, [append, endChoice, plan])

  const run = useCallback(
    (command: LiveCommand) => {
      const at = Date.now()
      const s = replay(plan.items, events, at)
      const here = currentItem(s)
      chimes.current?.unlock()
      switch (command) {
        case 'toggle':
          if (s.status === 'not-started') return start()
          if (s.status === 'running') return void append({ type: 'paused', at })
          if (s.status === 'paused') return void append({ type: 'resumed', at })
          return
        case 'next':
        case 'previous': {
          if (!here) return
          const target = command === 'next' ? firstRunnable(s.items, here.index + 1, 1) : firstRunnable(s.items, here.index - 1, -1)
          const item = target === null ? null : s.items[target]
          if (!item) {
            notifications.show({ message: command === 'next' ? t.lastItem : t.firstItem })
            return
          }
          return void append({ type: 'went-to', at, itemId: item.item.id, via: command })
        }
        case 'plus-minute':
        case 'minus-minute':
          if (!here) return
          return void append({ type: 'time-adjusted', at, itemId: here.record.item.id, minutes: command === 'plus-minute' ? 1 : -1 })
        case 'mute':
          if (settings) saveSettings({ ...settings, chimesMuted: !settings.chimesMuted })
          return
      }
    },
    [plan, events, append, start, settings, saveSettings, t]
  )
  const toggleHelp = useCallback(() => setHelpOpen((o) => !o), [])

  // A round turn ends and talk time passes straight to whoever the round offers next.
  const endTurn = useCallback(
    (outcome: 'done' | 'passed' | 'absent') => {
      const at = Date.now()
      const ended: LiveEvent = { type: 'turn-ended', at, outcome }
      if (!append(ended)) return
      const next = replayTurns([...events, ended], at).round
      append({ type: 'speaker-set', at, personId: next?.current ?? null })
    },
    [append, events]
  )
  const turnKeys = useCallback(
    (key: string): boolean => {
      const at = Date.now()
      const s = replayTurns(events, at)
      if ((key === 'n' || key === 'N') && s.round?.current) {
        endTurn('done')
        return true
      }
      if ((key === 'p' || key === 'P') && s.round?.current) {
        endTurn('passed')
        return true
      }
      const person = /^[1-9]$/.test(key) ? snapshot.people[Number(key) - 1] : undefined
      if (person && !s.queue.includes(person.id)) return append({ type: 'hand-raised', at, personId: person.id })
      return false
    },
    [events, endTurn, append, snapshot.people]
  )
  useLiveCommands(run, toggleHelp, turnKeys)

  const apply = (reviewed: RebalanceProposal) => {
    // The agenda may have moved while the preview was open: apply what is true now, or stop.
    const at = Date.now()
    const fresh = proposeRebalance(replay(plan.items, events, at), at)
    const sameItems = fresh && fresh.lines.map((l) => l.itemId).join() === reviewed.lines.map((l) => l.itemId).join()
    if (!fresh || !sameItems) {
      setReviewing(null)
      notifications.show({ message: t.agendaMoved })
      return
    }
    const { allocations, previous } = allocationsOf(fresh)
    if (!append({ type: 'rebalanced', at: Date.now(), allocations, previous, undo: false })) return
    setReviewing(null)
    setDismissedAt(null)
    const id = `rebalance-${Date.now()}`
    notifications.show({
      id,
      message: (
        <Group justify="space-between">
          <Text size="sm">{t.rebalanced}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              append({ type: 'rebalanced', at: Date.now(), allocations: previous, previous: allocations, undo: true })
              notifications.hide(id)
            }}
          >
            {t.undo}
          </Button>
        </Group>
      ),
      autoClose: 15_000
    })
  }

  const openShare = async () => {
    const result = await call('share/open', { sessionId, alwaysOnTop: onTop })
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message })
    else if (result.data.opened === 'link') setShareHref(result.data.href)
  }

  // The attendance list and the rundown come one render after the clock and Start.
  const painted = useFirstPaintDone()
  const startedAt = events.find((e) => e.type === 'started')?.at ?? null
  const attendance = useMemo(() => <AttendancePanel people={snapshot.people} events={events} append={append} startedAt={startedAt} />, [snapshot.people, events, append, startedAt])
  const noteItems = useMemo(() => plan.items.filter((item) => item.kind !== 'break').map(({ id, title }) => ({ id, title })), [plan.items])

  // The header, the shortcut sheet and the end dialog do not change with the clock: made once per
  // change of what they show, not four times a second (a closed Modal still draws its frame).
  const header = useMemo(
    () => (
      <Group justify="space-between" mb="md" wrap="wrap">
        <Breadcrumbs>
          <Anchor href={hrefFor({ screen: 'group', groupId, tab: 'sessions' })}>{t.sessionsCrumb}</Anchor>
          <Anchor href={hrefFor({ screen: 'plan', groupId, sessionId })}>{plan.title}</Anchor>
          <Text>{t.liveCrumb}</Text>
        </Breadcrumbs>
        <Group gap="xs">
          <Checkbox label={t.shareOnTop} checked={onTop} onChange={(e) => setOnTop(e.currentTarget.checked)} />
          <Button variant="light" leftSection={<IconExternalLink size={16} aria-hidden />} onClick={() => void openShare()}>
            {t.shareView}
          </Button>
          {shareHref ? (
            <Anchor href={shareHref} target="_blank" data-testid="share-link">
              {t.openShareLink}
            </Anchor>
          ) : null}
          <Button variant="subtle" leftSection={<IconKeyboard size={16} aria-hidden />} onClick={toggleHelp}>
            {t.shortcuts}
          </Button>
        </Group>
      </Group>
    ),
    [groupId, sessionId, plan.title, onTop, shareHref, t, toggleHelp] // eslint-disable-line react-hooks/exhaustive-deps
  )
  const shortcutSheet = useMemo(() => <ShortcutSheet opened={helpOpen} onClose={() => setHelpOpen(false)} settings={settings} />, [helpOpen, settings])
  const endDialog = useMemo(
    () => (
        <Modal opened={endOpen} onClose={() => setEndOpen(false)} title={t.endTitle}>
          <Text mb="md">{t.endText}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEndOpen(false)} data-autofocus>
              {t.keepGoing}
            </Button>
            <Button
              color="red"
              onClick={() => {
                append({ type: 'ended', at: Date.now() })
                setEndOpen(false)
              }}
            >
              {t.endSession}
            </Button>
          </Group>
        </Modal>
    ),
    [endOpen, t, append]
  )

  return (
    <>
      <ChimeSchedule beat={beat} items={plan.items} events={events} chimes={chimes} settings={settings} />
      <AutoAdvance beat={beat} items={plan.items} events={events} append={append} />
      {header}
      {/* Closed dialogs come one render later too: each mounts portals and a focus trap. */}
      {painted ? shortcutSheet : null}
      {state.lastGap ? (
        <Alert color="blue" mb="md" title={t.gapTitle} data-testid="gap-note">
          {t.gapText(clock(state.lastGap.from), clock(state.lastGap.to), Math.round((state.lastGap.to - state.lastGap.from) / MINUTE))}
        </Alert>
      ) : null}
      {state.status === 'not-started' ? <LiveStartPanel beat={beat} plan={plan} events={events} choice={endChoice} onChoice={setEndChoice} onStart={start} /> : null}
      {state.status === 'ended' ? (
        <Card withBorder>
          <Title order={2} mb="sm">
            {t.endedAt(clock(state.endedAt ?? lastAt))}
          </Title>
          <PlannedVsActual state={state} />
        </Card>
      ) : null}
      {state.status === 'ended' ? (
        <Suspense fallback={null}>
          <Box mt="lg">
            <ClosingPanel sessionId={sessionId} groupId={groupId} people={snapshot.people} />
            <Box mt="lg">
              <CertificatesPanel sessionId={sessionId} groupId={groupId} revision={saved} />
            </Box>
          </Box>
        </Suspense>
      ) : null}
      {state.status === 'not-started' && painted ? <Box mt="lg">{attendance}</Box> : null}
      {current ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <TimerCard beat={beat} items={plan.items} events={events} muted={settings?.chimesMuted ?? false} />
              <LiveControls
                running={state.status === 'running'}
                muted={settings?.chimesMuted ?? false}
                volume={settings?.chimeVolume ?? 0.6}
                onCommand={run}
                onVolume={setVolume}
              />
              {state.endAt !== null ? <SessionTimingCard beat={beat} items={plan.items} events={events} /> : null}
              {current?.record.item.protocol ? <LiveCasePanel beat={beat} items={plan.items} events={events} record={current.record} protocols={snapshot.protocols} people={snapshot.people} append={append} /> : null}
              <LiveTurnsPanel beat={beat} events={events} people={snapshot.people} append={append} progressive={progressive} onProgressive={setProgressive} onEndTurn={endTurn} />
              <RebalanceOffer beat={beat} items={plan.items} events={events} dismissedAt={dismissedAt} onReview={setReviewing} onDismiss={setDismissedAt} />
              <Group justify="flex-end">
                <Button color="red" variant="light" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={() => setEndOpen(true)}>
                  {t.endSession}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            {painted ? (
              <Stack gap="lg">
                <LiveRundown beat={beat} items={plan.items} events={events} append={append} />
                {attendance}
              </Stack>
            ) : null}
          </Grid.Col>
        </Grid>
      ) : null}
      <Box mt="lg">
        <Suspense fallback={null}>
          {/* Asked for one render later: starting a chunk's download holds the first render up too. */}
          {painted ? <NotesPanel sessionId={sessionId} groupId={groupId} items={noteItems} people={snapshot.people} currentItemId={current?.record.item.id ?? null} /> : null}
        </Suspense>
      </Box>
      {reviewing ? <RebalanceDialog proposal={reviewing} opened onApply={() => apply(reviewing)} onClose={() => setReviewing(null)} /> : null}
      {painted ? endDialog : null}
    </>
  )
}

export function LiveScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { load, append, reload, saved } = useLiveSession(sessionId)
  const t = useT().live.screen
  if (load.state === 'loading') return <Text>{t.loading}</Text>
  if (load.state === 'error')
    return (
      <Alert color="red" title={t.loadFailed}>
        {load.message}
        <Button size="xs" mt="sm" display="block" onClick={() => void reload()}>
          {t.tryAgain}
        </Button>
      </Alert>
    )
  return <Live groupId={groupId} sessionId={sessionId} snapshot={load.snapshot} append={append} saved={saved} />
}
