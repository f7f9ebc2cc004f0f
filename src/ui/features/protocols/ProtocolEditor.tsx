import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { PROTOCOL_LIMITS as LIMITS, ProtocolSchema, type Phase, type Protocol } from '../../../core/protocols/protocolSchema'
import { call } from '../../lib/api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useT } from '../../i18n/LocaleContext'
import { BLANK_ID } from './blankProtocol'

const SPEAKERS: readonly Phase['speaking']['speakers'][] = ['presenter', 'group', 'in-turn', 'all', 'facilitator', 'none']
const TURN_MODES: readonly Phase['turnTaking'][] = ['open', 'queue', 'round']

/** While editing, a phase's minutes may be empty: the form says so instead of quietly putting 1 back. */
type PhaseValues = Omit<Phase, 'minutes'> & { minutes: number | string }
type Values = Omit<Protocol, 'phases'> & { phases: PhaseValues[] }

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'phase'

const tooLong = (value: string, max: number) => value.trim().length > max

/** Edits a protocol as the group's own copy; saving bumps its version. */
export function ProtocolEditor({ groupId, initial, onDone }: { groupId: string; initial: Protocol; onDone: () => void }) {
  const t = useT().protocols
  const e = t.editor.errors
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      name: (value) => (!value.trim() ? e.nameMissing : tooLong(value, LIMITS.name) ? e.nameTooLong(LIMITS.name) : null),
      summary: (value) => (tooLong(value, LIMITS.summary) ? e.summaryTooLong(LIMITS.summary) : null),
      source: (value) => (tooLong(value, LIMITS.source) ? e.sourceTooLong(LIMITS.source) : null),
      phases: {
        title: (value) => (!value.trim() ? e.titleMissing : tooLong(value, LIMITS.title) ? e.titleTooLong(LIMITS.title) : null),
        minutes: (value) =>
          typeof value !== 'number'
            ? e.minutesMissing(LIMITS.minMinutes, LIMITS.maxMinutes)
            : !Number.isInteger(value) || value < LIMITS.minMinutes || value > LIMITS.maxMinutes
              ? e.minutesRange(LIMITS.minMinutes, LIMITS.maxMinutes)
              : null,
        speaking: { label: (value) => (!value.trim() ? e.ruleMissing : tooLong(value, LIMITS.rule) ? e.ruleTooLong(LIMITS.rule) : null) },
        prompt: (value) => (tooLong(value, LIMITS.prompt) ? e.promptTooLong(LIMITS.prompt) : null)
      }
    }
  })
  const [error, setError] = useState<string | null>(null)
  // Bumped on every refused save, so the summary is announced again even when its words are the same.
  const [attempt, setAttempt] = useState(0)
  const [discarding, setDiscarding] = useState(false)
  const fields = useRef<HTMLDivElement>(null)
  const protocol = form.values
  const changed = JSON.stringify(protocol) !== JSON.stringify(initial)
  const isNew = initial.id === BLANK_ID
  const speakers = SPEAKERS.map((value) => ({ value, label: t.editor.speakers[value] }))
  const turnModes = TURN_MODES.map((value) => ({ value, label: t.editor.turnModes[value] }))
  const phasePath = (index: number) => `phases.${index}` as const

  const refuse = (message: string) => {
    setError(message)
    setAttempt((n) => n + 1)
  }

  const save = async (values: Values) => {
    // The form has checked every field; the schema is the last word (e.g. an id no name can make).
    const checked = ProtocolSchema.safeParse(values)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      refuse(e.other(`${issue?.message ?? ''} (${issue?.path.join(' › ') ?? ''})`))
      return
    }
    setError(null)
    const result = await call('protocols/save', { groupId, protocol: checked.data })
    if (!result.ok) {
      refuse(result.error.message)
      return
    }
    notifications.show({ color: 'green', message: t.editor.saved(result.data.name, result.data.version) })
    onDone()
  }

  const invalid = (errors: Record<string, unknown>) => {
    refuse(e.summary(Object.keys(errors).length))
    // Take the keyboard to the first field that needs fixing; its message is read with it.
    requestAnimationFrame(() => fields.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void save(values), invalid)}>
      <Stack maw={960} ref={fields}>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {isNew ? t.editor.newTitle : t.editor.editTitle(initial.name)}
          </Title>
          <Text>{t.editor.minutesInAll(protocol.phases.reduce((sum, phase) => sum + (typeof phase.minutes === 'number' ? phase.minutes : 0), 0))}</Text>
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t.editor.name}
            {...form.getInputProps('name')}
            onChange={(event) => {
              const name = event.currentTarget.value
              form.setFieldValue('name', name)
              // A new protocol takes its id from its name; an existing one keeps its id for good.
              if (isNew) form.setFieldValue('id', slug(name).slice(0, 60).padEnd(3, '-'))
            }}
          />
          <TextInput label={t.editor.source} {...form.getInputProps('source')} />
        </Group>
        <Textarea label={t.editor.summary} autosize minRows={2} {...form.getInputProps('summary')} />
        {protocol.phases.map((phase, index) => (
          <Fieldset key={`${phase.key}-${index}`} legend={t.editor.phase(index + 1)} data-testid="phase-editor">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput label={t.editor.title} {...form.getInputProps(`${phasePath(index)}.title`)} />
                <NumberInput
                  label={t.editor.minutes}
                  min={LIMITS.minMinutes}
                  max={LIMITS.maxMinutes}
                  allowDecimal={false}
                  maw={120}
                  {...form.getInputProps(`${phasePath(index)}.minutes`)}
                  onChange={(value) => {
                    form.setFieldValue(`${phasePath(index)}.minutes`, value)
                    // Minutes the group chose are its own, whatever the published timing was.
                    form.setFieldValue(`${phasePath(index)}.timing`, 'default')
                  }}
                />
                <Select
                  label={t.editor.whoMaySpeak}
                  data={speakers}
                  value={phase.speaking.speakers}
                  allowDeselect={false}
                  onChange={(value) => form.setFieldValue(`${phasePath(index)}.speaking.speakers`, SPEAKERS.find((s) => s === value) ?? 'all')}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput label={t.editor.rule} {...form.getInputProps(`${phasePath(index)}.speaking.label`)} />
                <TextInput label={t.editor.prompt} {...form.getInputProps(`${phasePath(index)}.prompt`)} />
              </Group>
              <Group justify="space-between">
                <Group>
                  <Checkbox label={t.editor.presenterAway} {...form.getInputProps(`${phasePath(index)}.speaking.presenterAway`, { type: 'checkbox' })} />
                  <Checkbox label={t.editor.optional} {...form.getInputProps(`${phasePath(index)}.optional`, { type: 'checkbox' })} />
                  <Select
                    size="xs"
                    aria-label={t.editor.turnTaking}
                    data={turnModes}
                    value={phase.turnTaking}
                    allowDeselect={false}
                    onChange={(value) => form.setFieldValue(`${phasePath(index)}.turnTaking`, TURN_MODES.find((mode) => mode === value) ?? 'open')}
                    w={200}
                  />
                </Group>
                <Group gap={2}>
                  <ActionIcon variant="subtle" aria-label={t.editor.moveUp(index + 1)} disabled={index === 0} onClick={() => form.reorderListItem('phases', { from: index, to: index - 1 })}>
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={t.editor.moveDown(index + 1)} disabled={index === protocol.phases.length - 1} onClick={() => form.reorderListItem('phases', { from: index, to: index + 1 })}>
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t.editor.delete(index + 1)} disabled={protocol.phases.length === 1} onClick={() => form.removeListItem('phases', index)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              form.insertListItem('phases', {
                key: `phase-${protocol.phases.length + 1}-${Date.now() % 10000}`,
                title: t.blank.newPhase,
                minutes: 5,
                timing: 'default',
                speaking: { speakers: 'all', label: t.blank.everyone, presenterAway: false },
                prompt: '',
                turnTaking: 'open',
                optional: false
              } satisfies PhaseValues)
            }
          >
            {t.editor.addPhase}
          </Button>
          <Group>
            <Button variant="default" onClick={() => (changed ? setDiscarding(true) : onDone())}>
              {t.editor.cancel}
            </Button>
            <Button type="submit">{t.editor.save}</Button>
          </Group>
        </Group>
        {error ? (
          <Text key={attempt} c="red" role="alert" data-testid="protocol-form-error">
            {error}
          </Text>
        ) : null}
        <ConfirmDialog opened={discarding} title={t.editor.discardTitle} confirmLabel={t.editor.discard} keepLabel={t.editor.keepEditing} onConfirm={onDone} onClose={() => setDiscarding(false)}>
          {t.editor.discardText(initial.name)}
        </ConfirmDialog>
      </Stack>
    </form>
  )
}
