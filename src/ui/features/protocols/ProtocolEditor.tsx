import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { ProtocolSchema, type Phase, type Protocol } from '../../../core/protocols/protocolSchema'
import { protocolMinutes } from '../../../core/protocols/phaseClock'
import { moveItem } from '../../../core/plan/planTotals'
import { call } from '../../lib/api'
import { ConfirmDialog } from '../../components/ConfirmDialog'

const SPEAKERS: { value: Phase['speaking']['speakers']; label: string }[] = [
  { value: 'presenter', label: 'Presenter only' },
  { value: 'group', label: 'Group (not the presenter)' },
  { value: 'in-turn', label: 'In turn' },
  { value: 'all', label: 'Everyone' },
  { value: 'facilitator', label: 'Facilitator' },
  { value: 'none', label: 'Silence' }
]

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'phase'

/** Edits a protocol as the group's own copy; saving bumps its version. */
export function ProtocolEditor({ groupId, initial, onDone }: { groupId: string; initial: Protocol; onDone: () => void }) {
  const [protocol, setProtocol] = useState<Protocol>(initial)
  const [error, setError] = useState<string | null>(null)
  const [discarding, setDiscarding] = useState(false)
  const changed = JSON.stringify(protocol) !== JSON.stringify(initial)
  const setPhase = (index: number, patch: Partial<Phase>) =>
    setProtocol((p) => ({ ...p, phases: p.phases.map((phase, i) => (i === index ? { ...phase, ...patch, timing: 'minutes' in patch ? 'default' : phase.timing } : phase)) }))

  const save = async () => {
    const checked = ProtocolSchema.safeParse(protocol)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      setError(`${issue?.message ?? 'Something is missing'} (${issue?.path.join(' › ') ?? ''})`)
      return
    }
    const result = await call('protocols/save', { groupId, protocol: checked.data })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    notifications.show({ color: 'green', message: `${result.data.name} saved as version ${result.data.version}.` })
    onDone()
  }

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {initial.name === 'Our protocol' ? 'New protocol' : `Edit ${initial.name}`}
        </Title>
        <Text>{protocolMinutes(protocol.phases)} min in all</Text>
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label="Name"
          value={protocol.name}
          onChange={(e) => {
            const name = e.currentTarget.value
            // A new protocol takes its id from its name; an existing one keeps its id for good.
            setProtocol((p) => ({ ...p, name, id: initial.id === 'our-protocol' ? slug(name).slice(0, 60).padEnd(3, '-') : p.id }))
          }}
        />
        <TextInput label="Source" value={protocol.source} onChange={(e) => setProtocol((p) => ({ ...p, source: e.currentTarget.value }))} />
      </Group>
      <Textarea label="What it is for" autosize minRows={2} value={protocol.summary} onChange={(e) => setProtocol((p) => ({ ...p, summary: e.currentTarget.value }))} />
      {protocol.phases.map((phase, index) => (
        <Fieldset key={`${phase.key}-${index}`} legend={`Phase ${index + 1}`} data-testid="phase-editor">
          <Stack gap="xs">
            <Group grow align="flex-start">
              <TextInput label="Title" value={phase.title} onChange={(e) => setPhase(index, { title: e.currentTarget.value })} />
              <NumberInput label="Minutes" min={1} max={180} value={phase.minutes} allowDecimal={false} onChange={(v) => setPhase(index, { minutes: typeof v === 'number' ? v : 1 })} maw={120} />
              <Select
                label="Who may speak"
                data={SPEAKERS}
                value={phase.speaking.speakers}
                allowDeselect={false}
                onChange={(v) => setPhase(index, { speaking: { ...phase.speaking, speakers: SPEAKERS.find((s) => s.value === v)?.value ?? 'all' } })}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput label="Rule the room reads" value={phase.speaking.label} onChange={(e) => setPhase(index, { speaking: { ...phase.speaking, label: e.currentTarget.value } })} />
              <TextInput label="Prompt" value={phase.prompt} onChange={(e) => setPhase(index, { prompt: e.currentTarget.value })} />
            </Group>
            <Group justify="space-between">
              <Group>
                <Checkbox label="Presenter turned away (camera off)" checked={phase.speaking.presenterAway} onChange={(e) => setPhase(index, { speaking: { ...phase.speaking, presenterAway: e.currentTarget.checked } })} />
                <Checkbox label="Optional phase" checked={phase.optional} onChange={(e) => setPhase(index, { optional: e.currentTarget.checked })} />
                <Select
                  size="xs"
                  aria-label="Turn taking"
                  data={[
                    { value: 'open', label: 'Open' },
                    { value: 'queue', label: 'Raise-hand queue' },
                    { value: 'round', label: 'Round' }
                  ]}
                  value={phase.turnTaking}
                  allowDeselect={false}
                  onChange={(v) => setPhase(index, { turnTaking: v === 'queue' || v === 'round' ? v : 'open' })}
                  w={170}
                />
              </Group>
              <Group gap={2}>
                <ActionIcon variant="subtle" aria-label={`Move phase ${index + 1} up`} disabled={index === 0} onClick={() => setProtocol((p) => ({ ...p, phases: moveItem(p.phases, index, index - 1) }))}>
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" aria-label={`Move phase ${index + 1} down`} disabled={index === protocol.phases.length - 1} onClick={() => setProtocol((p) => ({ ...p, phases: moveItem(p.phases, index, index + 1) }))}>
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`Delete phase ${index + 1}`} disabled={protocol.phases.length === 1} onClick={() => setProtocol((p) => ({ ...p, phases: p.phases.filter((_, i) => i !== index) }))}>
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
            setProtocol((p) => ({
              ...p,
              phases: [
                ...p.phases,
                { key: `phase-${p.phases.length + 1}-${Date.now() % 10000}`, title: 'New phase', minutes: 5, timing: 'default', speaking: { speakers: 'all', label: 'Everyone', presenterAway: false }, prompt: '', turnTaking: 'open', optional: false }
              ]
            }))
          }
        >
          Add phase
        </Button>
        <Group>
          <Button variant="default" onClick={() => (changed ? setDiscarding(true) : onDone())}>
            Cancel
          </Button>
          <Button onClick={() => void save()}>Save for our group</Button>
        </Group>
      </Group>
      {error ? (
        <Text c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <ConfirmDialog opened={discarding} title="Discard your changes?" confirmLabel="Discard changes" keepLabel="Keep editing" onConfirm={onDone} onClose={() => setDiscarding(false)}>
        The changes to {initial.name} are not saved. Discarding them keeps the protocol as it was.
      </ConfirmDialog>
    </Stack>
  )
}
