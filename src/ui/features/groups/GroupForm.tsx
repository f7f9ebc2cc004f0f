import { Button, Fieldset, Group, Input, NumberInput, SegmentedControl, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { CHARTER_QUESTIONS, type CharterQuestion } from '../../../core/model/charter'
import { GroupInputSchema, MEETING_FREQUENCIES, type Charter, type GroupInput } from '../../../core/model/group'
import { zodValidate } from '../../lib/zodValidate'

const FREQUENCY_LABELS: Record<(typeof MEETING_FREQUENCIES)[number], string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  'every-six-weeks': 'Every six weeks',
  quarterly: 'Quarterly',
  'as-agreed': 'As agreed'
}

/** The 14 questions, grouped the way a group talks them through. */
const SECTIONS: { legend: string; questions: number[] }[] = [
  { legend: 'Focus and purpose', questions: [1, 2, 3, 4] },
  { legend: 'Membership', questions: [5, 6, 8, 11] },
  { legend: 'Meetings', questions: [7, 9, 10, 13] },
  { legend: 'Values and safety', questions: [12, 14] }
]

const question = (n: number): CharterQuestion => {
  const found = CHARTER_QUESTIONS.find((q) => q.number === n)
  if (!found) throw new Error(`No charter question ${n}`)
  return found
}

export function GroupForm({
  initial,
  submitLabel,
  onSubmit
}: {
  initial: GroupInput
  submitLabel: string
  /** Resolves to an error message to show, or null when saved. */
  onSubmit: (values: GroupInput) => Promise<string | null>
}) {
  const form = useForm<GroupInput>({ mode: 'controlled', initialValues: initial, validate: zodValidate(GroupInputSchema) })
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    setError(null)
    setError(await onSubmit(GroupInputSchema.parse(values)))
    setSaving(false)
  })

  const renderQuestion = (n: number) => {
    const q = question(n)
    const label = `${q.number}. ${q.text}`
    if ('prose' in q.answer) {
      const key: keyof Charter = q.answer.prose
      return <Textarea key={n} label={label} autosize minRows={2} maxRows={8} {...form.getInputProps(`charter.${key}`)} />
    }
    switch (q.answer.setting) {
      case 'focus':
      case 'purpose':
        return <Textarea key={n} label={label} autosize minRows={2} maxRows={8} {...form.getInputProps(q.answer.setting)} />
      case 'openness':
        return (
          <Input.Wrapper key={n} label={label} labelElement="div" id="openness">
            <SegmentedControl
              fullWidth
              aria-labelledby="openness-label"
              data={[
                { value: 'closed', label: 'Closed: fixed, committed members' },
                { value: 'open', label: 'Open: members come by topic' }
              ]}
              {...form.getInputProps('openness')}
            />
          </Input.Wrapper>
        )
      case 'maxSize':
        return <NumberInput key={n} label={label} min={2} max={200} styles={{ input: { maxWidth: 160 } }} allowDecimal={false} {...form.getInputProps('maxSize')} />
      case 'rhythm':
        return (
          <Input.Wrapper key={n} label={label} labelElement="div">
            <Stack gap="xs" mt={4}>
            <Group grow align="flex-start">
              <Select
                label="How often"
                data={MEETING_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }))}
                allowDeselect={false}
                {...form.getInputProps('rhythm.frequency')}
              />
              <NumberInput
                label="Session length (minutes)"
                min={15}
                max={480}
                step={15}
                allowDecimal={false}
                {...form.getInputProps('rhythm.durationMinutes')}
              />
            </Group>
            <Textarea
              label="Slot, place and how far ahead dates are set"
              placeholder="e.g. second Tuesday, 19:00–20:30 Eastern, on Zoom; dates set for the six-month cycle"
              autosize
              minRows={2}
              {...form.getInputProps('rhythm.detail')}
            />
            </Stack>
          </Input.Wrapper>
        )
      default:
        return null
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={820}>
        <TextInput label="Group name" required withAsterisk data-autofocus {...form.getInputProps('name')} />
        {SECTIONS.map((section) => (
          <Fieldset key={section.legend} legend={section.legend}>
            <Stack gap="md">{section.questions.map(renderQuestion)}</Stack>
          </Fieldset>
        ))}
        <Fieldset legend="Talk time">
          <Switch
            label="Include talk-time shares in exports"
            description="Talk time is the facilitator’s private aid, never on the shared screen. Off unless the group decides otherwise."
            {...form.getInputProps('talkTimeInExports', { type: 'checkbox' })}
          />
        </Fieldset>
        <Fieldset legend="Confidentiality statement">
          <Textarea
            label="Read aloud at the start of every session"
            description="Shown on the shared screen during the opening item."
            autosize
            minRows={3}
            {...form.getInputProps('confidentialityStatement')}
          />
        </Fieldset>
        {error ? (
          <Text c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={saving} size="md">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
