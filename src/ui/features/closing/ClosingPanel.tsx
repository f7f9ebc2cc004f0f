import { Button, Card, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowRight, IconFileText, IconPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { ClosingView, LiveSnapshot } from '../../../core/api/contract'
import { ClosingSchema, type Closing } from '../../../core/summary/closing'
import { call } from '../../lib/api'
import { navigate } from '../../lib/route'
import { SaveStatus } from '../../lib/SaveStatus'
import { useAutosave, type Validate } from '../../lib/useAutosave'
import { useRequest } from '../../lib/useRequest'
import { SummaryPreview } from './SummaryPreview'
import { useT } from '../../i18n/LocaleContext'

// `fallback` is the screen's own words for a refusal the schema does not explain.
const validateClosing = (fallback: string): Validate<Closing> => (closing) => {
  const parsed = ClosingSchema.safeParse(closing)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? fallback }
}

/**
 * The end of a session, as the seeds describe it: the group rates how it went, agrees the next
 * date and who facilitates, and takes a reflection prompt away. Then the summary and the next plan.
 */
export function ClosingPanel({ sessionId, groupId, people }: { sessionId: string; groupId: string; people: LiveSnapshot['people'] }) {
  const view = useRequest('closing/get', { sessionId }, sessionId)
  if (view.loaded.state === 'loading') return null
  if (view.loaded.state === 'error') return <Text c="red">{view.loaded.message}</Text>
  return <ClosingForm sessionId={sessionId} groupId={groupId} people={people} view={view.loaded.data} />
}

function ClosingForm({ sessionId, groupId, people, view }: { sessionId: string; groupId: string; people: LiveSnapshot['people']; view: ClosingView }) {
  // Suggestions fill only what nobody has set yet.
  const [closing, setClosing] = useState<Closing>(() => ({
    ...view.closing,
    nextSessionAt: view.closing.nextSessionAt || view.suggestedNextAt,
    nextFacilitatorId: view.closing.nextFacilitatorId ?? view.suggestedFacilitatorId
  }))
  const [revision, setRevision] = useState(0)
  const [previewing, setPreviewing] = useState(false)
  const t = useT()
  const words = t.closing.form
  const { status, flush } = useAutosave(closing, revision, validateClosing(words.invalid), (valid) => call('closing/save', { sessionId, closing: valid }))
  const edit = (change: Partial<Closing>) => {
    setClosing((c) => ({ ...c, ...change }))
    setRevision((r) => r + 1)
  }
  // The suggestions count as an edit: they are saved unless changed.
  useEffect(() => {
    if (closing.nextSessionAt !== view.closing.nextSessionAt || closing.nextFacilitatorId !== view.closing.nextFacilitatorId) setRevision((r) => r + 1)
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  const members = people.map((p) => ({ value: p.id, label: p.name }))
  const hosts = people.filter((p) => p.role !== 'guest').map((p) => ({ value: p.id, label: p.name }))
  const setScore = (index: number, value: string) =>
    edit({ selfEvaluation: { ...closing.selfEvaluation, scores: closing.selfEvaluation.scores.map((s, i) => (i === index ? (value === '–' ? null : Number(value)) : s)) } })

  const planNext = async () => {
    if (!(await flush())) return
    const result = await call('sessions/plan-next', { sessionId })
    if (!result.ok) return void notifications.show({ color: 'red', message: result.error.message })
    navigate({ screen: 'plan', groupId, sessionId: result.data.id })
  }

  return (
    <Card withBorder padding="lg" data-testid="closing-panel">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {words.title}
        </Title>
        <SaveStatus status={status} retry={() => void flush()} />
      </Group>
      <Stack gap="md">
        <Group grow align="flex-start">
          <Select label={words.facilitator} data={hosts} value={closing.facilitatorId} onChange={(facilitatorId) => edit({ facilitatorId })} clearable />
          <Select label={words.noteTaker} data={members} value={closing.noteTakerId} onChange={(noteTakerId) => edit({ noteTakerId })} clearable />
        </Group>
        <div>
          <Text fw={600} size="sm">
            {words.selfEvaluation}
          </Text>
          <Stack gap={6} mt={6}>
            {words.questions.map((question, index) => (
              <Group key={question} justify="space-between" wrap="wrap">
                <Text size="sm" id={`q-${index}`}>
                  {question}
                </Text>
                <SegmentedControl
                  aria-labelledby={`q-${index}`}
                  size="xs"
                  data={['–', '1', '2', '3', '4', '5']}
                  value={String(closing.selfEvaluation.scores[index] ?? '–')}
                  onChange={(value) => setScore(index, value)}
                />
              </Group>
            ))}
          </Stack>
          <Textarea
            mt="xs"
            label={words.keepOrChange}
            autosize
            minRows={2}
            value={closing.selfEvaluation.comment}
            onChange={(e) => edit({ selfEvaluation: { ...closing.selfEvaluation, comment: e.currentTarget.value } })}
          />
        </div>
        <Group grow align="flex-start">
          <TextInput label={words.nextSession} type="datetime-local" value={closing.nextSessionAt} onChange={(e) => edit({ nextSessionAt: e.currentTarget.value })} />
          <Select
            label={words.nextFacilitator}
            description={view.suggestedFacilitatorId ? words.suggestedFacilitator : undefined}
            data={hosts}
            value={closing.nextFacilitatorId}
            onChange={(nextFacilitatorId) => edit({ nextFacilitatorId })}
            clearable
          />
        </Group>
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {words.prompts}
          </Text>
          {closing.reflectionPrompts.map((prompt, index) => (
            <Textarea
              key={index}
              aria-label={words.prompt(index + 1)}
              autosize
              minRows={1}
              value={prompt}
              onChange={(e) => edit({ reflectionPrompts: closing.reflectionPrompts.map((p, i) => (i === index ? e.currentTarget.value : p)) })}
              onBlur={() => prompt.trim() === '' && edit({ reflectionPrompts: closing.reflectionPrompts.filter((_, i) => i !== index) })}
            />
          ))}
          {closing.reflectionPrompts.length < 5 ? (
            <Group>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => edit({ reflectionPrompts: [...closing.reflectionPrompts, words.defaultPrompt] })}>
                {words.addPrompt}
              </Button>
            </Group>
          ) : null}
        </Stack>
        <Group>
          <Button leftSection={<IconFileText size={16} aria-hidden />} onClick={() => void flush().then((ok) => ok && setPreviewing(true))}>
            {words.preview}
          </Button>
          <Button variant="light" rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => void planNext()} disabled={!closing.nextSessionAt}>
            {words.planNext}
          </Button>
        </Group>
      </Stack>
      {previewing ? <SummaryPreview sessionId={sessionId} onClose={() => setPreviewing(false)} /> : null}
    </Card>
  )
}
