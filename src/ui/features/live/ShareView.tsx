import { Badge, Box, Center, Stack, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { currentItem, replay } from '../../../core/live/clock'
import { useNow } from '../../lib/useNow'
import { TimerDisplay, TONE_LOOK } from './TimerDisplay'
import { useLiveSession } from './useLiveSession'
import { protocolRun } from './protocolRun'
import { replayTurns } from '../../../core/turns/turns'
import { formatCountdown } from '../../../core/live/format'
import { useT } from '../../i18n/LocaleContext'

/**
 * What the room sees when the facilitator shares this window: the item, its time, its colour
 * and prompt. Deliberately nothing else: no notes, no talk time, no attendance, no names.
 */
export function ShareView({ sessionId }: { sessionId: string }) {
  const { load } = useLiveSession(sessionId, 1000)
  const now = useNow(250)
  const t = useT().live.share
  const snapshot = load.state === 'ready' ? load.snapshot : null
  const state = useMemo(() => (snapshot ? replay(snapshot.plan.items, snapshot.events, now) : null), [snapshot, now])
  if (!snapshot || !state)
    return (
      <Center h="100vh">
        <Text size="xl">{load.state === 'error' ? t.cannotOpen : t.connecting}</Text>
      </Center>
    )
  const current = currentItem(state)
  const caseRun = current ? protocolRun(current.record, snapshot.protocols) : null
  const speakerId = replayTurns(snapshot.events, now).speaker?.personId
  const speakerName = speakerId ? snapshot.people.find((p) => p.id === speakerId)?.name : undefined
  const tone = current?.tone ?? 'normal'
  return (
    <Box
      h="100vh"
      p="xl"
      data-testid="share-view"
      style={{ borderTop: `12px solid var(--mantine-color-${TONE_LOOK[tone].color}-6)`, boxSizing: 'border-box', overflowY: 'auto' }}
    >
      {/* At least the window's height, so it centres; taller content scrolls instead of being cut at the top. */}
      <Center mih="100%">
        {state.status === 'not-started' ? (
          <Stack align="center">
            <Title order={1}>{snapshot.plan.title}</Title>
            <Text size="xl">{t.startingSoon}</Text>
          </Stack>
        ) : state.status === 'ended' ? (
          <Stack align="center">
            <Title order={1}>{t.thankYou}</Title>
            <Text size="xl">{t.ended}</Text>
          </Stack>
        ) : current ? (
          <Stack align="center" gap="lg" w="100%" maw={1100}>
            <TimerDisplay
              title={current.record.item.title}
              remainingMs={current.remainingMs}
              allottedMs={current.record.allottedMs}
              tone={tone}
              paused={state.status === 'paused'}
              size="room"
            />
            {caseRun ? (
              <Stack align="center" gap="xs" data-testid="share-phase">
                <Text size="1.6rem" fw={700}>
                  {caseRun.view.phase.title} · {formatCountdown(caseRun.view.remainingMs)}
                </Text>
                <Badge size="xl" variant="light" radius="sm" h="auto" py={6} maw="100%" styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' } }} color={caseRun.view.phase.speaking.presenterAway ? 'grape' : 'blue'} data-testid="share-rule">
                  {caseRun.view.phase.speaking.label}
                </Badge>
              </Stack>
            ) : null}
            {(caseRun?.view.phase.prompt ?? current.record.item.prompt) ? (
              <Text size="1.8rem" ta="center" data-testid="share-prompt">
                {caseRun?.view.phase.prompt ?? current.record.item.prompt}
              </Text>
            ) : null}
            {speakerName ? (
              <Text size="1.6rem" ta="center" data-testid="share-speaker">
                {t.speaking} <strong>{speakerName}</strong>
              </Text>
            ) : null}
            {current.index === 0 && snapshot.confidentialityStatement ? (
              <Text size="1.4rem" ta="center" fs="italic" maw={900} data-testid="share-confidentiality">
                {snapshot.confidentialityStatement}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Center>
    </Box>
  )
}
