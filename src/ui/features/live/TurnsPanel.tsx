import { ActionIcon, Badge, Button, Card, Group, Kbd, NumberInput, SegmentedControl, Stack, Switch, Text, Title, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconHandStop, IconMicrophone, IconPlayerStop, IconX } from '@tabler/icons-react'
import { memo, useState } from 'react'
import type { LiveSnapshot } from '../../../core/api/contract'
import type { LiveEvent } from '../../../core/live/events'
import { formatCountdown } from '../../../core/live/format'
import { orderedQueue, talkShares, type TurnState } from '../../../core/turns/turns'
import { useT } from '../../i18n/LocaleContext'

export const DEFAULT_TURN_SECONDS = 120

type Append = (event: LiveEvent) => boolean

const minutesSeconds = (ms: number) => formatCountdown(ms)

/**
 * Turn taking for any item: tap a person to start their talk time (no audio is captured), a
 * raise-hand queue (progressive stack optional), and rounds with pass and come back. Talk time
 * and shares are the facilitator's private aid; none of this reaches the share view but the
 * name of whoever is speaking.
 */
/** Memoised: it changes once a second at most, while the timer above refreshes four times. */
export const TurnsPanel = memo(function TurnsPanel({
  people,
  turns,
  append,
  progressive,
  onProgressive,
  turnLimitSeconds,
  onEndTurn
}: {
  people: LiveSnapshot['people']
  turns: TurnState
  append: Append
  progressive: boolean
  onProgressive: (on: boolean) => void
  turnLimitSeconds: number
  /** Ends the current round turn and hands talk time to whoever is next. */
  onEndTurn: (outcome: 'done' | 'passed' | 'absent') => void
}) {
  const [mode, setMode] = useState<'fixed' | 'random'>('fixed')
  const [slice, setSlice] = useState(60)
  const t = useT().live.turns
  const name = (id: string | null | undefined) => people.find((p) => p.id === id)?.name ?? t.someone
  const shares = talkShares(turns.talkMs)
  const now = Date.now
  const speaker = turns.speaker
  const limitMs = (turns.round?.sliceMs ?? turnLimitSeconds * 1000)
  const over = speaker !== null && speaker.turnMs > limitMs
  const queue = orderedQueue(turns, progressive)

  const startRound = () => {
    const order = people.map((p) => p.id)
    if (mode === 'random')
      for (let i = order.length - 1; i > 0; i--) {
        // The shuffle happens once, here; the order is recorded so a replay never reshuffles.
        const j = Math.floor(Math.random() * (i + 1))
        ;[order[i], order[j]] = [order[j] as string, order[i] as string]
      }
    const at = now()
    if (append({ type: 'round-started', at, order, sliceSeconds: slice })) append({ type: 'speaker-set', at, personId: order[0] ?? null })
  }

  return (
    <Card withBorder padding="md" data-testid="turns-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t.title}
          </Title>
          <Text size="xs" c="dimmed">
            {t.private}
          </Text>
        </Group>

        {speaker ? (
          <Group justify="space-between" data-testid="current-speaker" data-over={over}>
            <Group gap={6}>
              <IconMicrophone size={18} aria-hidden />
              <Text fw={700}>{name(speaker.personId)}</Text>
              <Text ff="monospace" c={over ? 'orange' : undefined}>
                {minutesSeconds(speaker.turnMs)} / {minutesSeconds(limitMs)}
              </Text>
              {over ? (
                <Badge color="orange" variant="light">
                  {t.handOn}
                </Badge>
              ) : null}
            </Group>
            <Button size="xs" variant="default" leftSection={<IconPlayerStop size={14} aria-hidden />} onClick={() => append({ type: 'speaker-set', at: now(), personId: null })}>
              {t.nobodySpeaking}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t.tapHint}
          </Text>
        )}

        <Group gap={6} role="list" aria-label={t.people}>
          {people.map((person, index) => {
            const speaking = speaker?.personId === person.id
            return (
              <div key={person.id} role="listitem">
              <UnstyledButton
                onClick={() => append({ type: 'speaker-set', at: now(), personId: speaking ? null : person.id })}
                aria-pressed={speaking}
                data-testid="person"
                style={{
                  border: '1px solid var(--mantine-color-default-border)',
                  borderRadius: 8,
                  padding: '6px 10px',
                  background: speaking ? 'var(--mantine-primary-color-light)' : undefined
                }}
              >
                {/* Named by its own text (no aria-label), so what a voice-control user reads out is what it is called. */}
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={speaking ? 700 : 500}>
                    <VisuallyHidden>{speaking ? t.stopTalk : t.startTalk}</VisuallyHidden>
                    {person.name}
                  </Text>
                  {index < 9 ? (
                    <Kbd size="xs" aria-hidden>
                      {index + 1}
                    </Kbd>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {speaking ? <IconMicrophone size={12} aria-hidden style={{ verticalAlign: -1, marginRight: 4 }} /> : null}
                  {minutesSeconds(turns.talkMs[person.id] ?? 0)} · {t.share(Math.round(shares[person.id] ?? 0))}
                </Text>
              </UnstyledButton>
              </div>
            )
          })}
        </Group>

        <Stack gap={4}>
          <Group justify="space-between">
            <Text fw={600} size="sm">
              {t.raisedHands} {queue.length > 0 ? `(${queue.length})` : ''}
            </Text>
            <Switch size="xs" label={t.leastSpoken} checked={progressive} onChange={(e) => onProgressive(e.currentTarget.checked)} />
          </Group>
          {queue.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t.queueHint}
            </Text>
          ) : (
            <Stack gap={4} role="list" aria-label={t.queue} data-testid="queue">
              {queue.map((id, position) => (
                <Group key={id} justify="space-between" role="listitem" data-testid="queued">
                  <Text size="sm">
                    {position + 1}. {name(id)}
                  </Text>
                  <Group gap={2}>
                    <Button size="compact-xs" onClick={() => append({ type: 'speaker-set', at: now(), personId: id })}>
                      {t.call}
                    </Button>
                    {!progressive ? (
                      <>
                        <ActionIcon size="sm" variant="subtle" aria-label={t.moveUp(name(id))} disabled={position === 0} onClick={() => append({ type: 'queue-moved', at: now(), personId: id, toIndex: position - 1 })}>
                          <IconArrowUp size={14} aria-hidden />
                        </ActionIcon>
                        <ActionIcon size="sm" variant="subtle" aria-label={t.moveDown(name(id))} disabled={position === queue.length - 1} onClick={() => append({ type: 'queue-moved', at: now(), personId: id, toIndex: position + 1 })}>
                          <IconArrowDown size={14} aria-hidden />
                        </ActionIcon>
                      </>
                    ) : null}
                    <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t.lowerHand(name(id))} onClick={() => append({ type: 'hand-lowered', at: now(), personId: id })}>
                      <IconX size={14} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
              ))}
            </Stack>
          )}
        </Stack>

        <RoundControls turns={turns} name={name} append={append} mode={mode} onMode={setMode} slice={slice} onSlice={setSlice} onStart={startRound} count={people.length} onEndTurn={onEndTurn} />
      </Stack>
    </Card>
  )
})

function RoundControls({
  turns,
  name,
  append,
  mode,
  onMode,
  slice,
  onSlice,
  onStart,
  count,
  onEndTurn
}: {
  turns: TurnState
  name: (id: string | null | undefined) => string
  append: Append
  mode: 'fixed' | 'random'
  onMode: (mode: 'fixed' | 'random') => void
  slice: number
  onSlice: (seconds: number) => void
  onStart: () => void
  count: number
  onEndTurn: (outcome: 'done' | 'passed' | 'absent') => void
}) {
  const round = turns.round
  const t = useT().live.turns
  if (!round)
    return (
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SegmentedControl size="xs" value={mode} onChange={(v) => onMode(v === 'random' ? 'random' : 'fixed')} data={[{ value: 'fixed', label: t.fixedOrder }, { value: 'random', label: t.randomOrder }]} aria-label={t.roundOrder} />
        <NumberInput size="xs" w={110} label={t.secondsEach} min={10} max={3600} step={15} value={slice} onChange={(v) => onSlice(typeof v === 'number' ? v : 60)} />
        <Button size="xs" variant="light" disabled={count === 0} onClick={onStart}>
          {t.startRound}
        </Button>
      </Group>
    )
  const finish = onEndTurn
  const spokenCount = round.done.length + round.absent.length
  return (
    <Stack gap={6} data-testid="round">
      {round.complete ? (
        <Group justify="space-between">
          <Badge color="teal" size="lg" variant="light" data-testid="round-complete">
            {t.everyoneSpoke}
          </Badge>
          <Button size="xs" variant="default" onClick={() => append({ type: 'round-ended', at: Date.now() })}>
            {t.closeRound}
          </Button>
        </Group>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm">
              {t.roundLabel} <strong>{t.whoseTurn(name(round.current))}</strong>
              {t.progress(spokenCount, round.order.length)}
              {round.passed.length > 0 ? t.passed(round.passed.map(name).join(', ')) : ''}
            </Text>
          </Group>
          <Group gap="xs">
            {/* i18n-ignore: the key itself (liveCommands reads event.key 'n'), the same in every language */}
            <Tooltip label="N">
              <Button size="xs" onClick={() => finish('done')}>
                {t.nextSpeaker}
              </Button>
            </Tooltip>
            {/* i18n-ignore: the key itself (liveCommands reads event.key 'p'), the same in every language */}
            <Tooltip label="P">
              <Button size="xs" variant="default" leftSection={<IconHandStop size={14} aria-hidden />} onClick={() => finish('passed')}>
                {t.pass}
              </Button>
            </Tooltip>
            <Button size="xs" variant="default" onClick={() => finish('absent')}>
              {t.absent}
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => append({ type: 'round-ended', at: Date.now() })}>
              {t.endRound}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  )
}
