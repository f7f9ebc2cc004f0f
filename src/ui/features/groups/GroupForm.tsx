import { Button, Fieldset, Group, Input, NumberInput, SegmentedControl, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { CHARTER_QUESTIONS, type CharterQuestion } from '../../../core/model/charter'
import { GroupInputSchema, MEETING_FREQUENCIES, type Charter, type GroupInput } from '../../../core/model/group'
import { zodValidate } from '../../lib/zodValidate'
import type { Messages } from '../../../core/i18n/messages'
import { useT } from '../../i18n/LocaleContext'
import { explainGroupIssue } from './groupIssues'
import classes from './GroupForm.module.css'

/** The 14 questions, grouped the way a group talks them through. */
const SECTIONS: { legend: keyof Messages['groups']['form']['sections']; questions: (keyof Messages['groups']['form']['questions'])[] }[] = [
  { legend: 'focus', questions: [1, 2, 3, 4] },
  { legend: 'membership', questions: [5, 6, 8, 11] },
  { legend: 'meetings', questions: [7, 9, 10, 13] },
  { legend: 'values', questions: [12, 14] }
]

const question = (n: number): CharterQuestion => {
  const found = CHARTER_QUESTIONS.find((q) => q.number === n)
  if (!found) throw new Error(`charter question ${n} is missing from CHARTER_QUESTIONS`)
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
  const all = useT()
  const t = all.groups.form
  const form = useForm<GroupInput>({ mode: 'controlled', initialValues: initial, validate: zodValidate(GroupInputSchema, explainGroupIssue(all)) })
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    setError(null)
    setError(await onSubmit(GroupInputSchema.parse(values)))
    setSaving(false)
  })

  const renderQuestion = (n: keyof Messages['groups']['form']['questions']) => {
    const q = question(n)
    const label = `${q.number}. ${t.questions[n]}`
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
                { value: 'closed', label: t.closed },
                { value: 'open', label: t.open }
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
                label={t.howOften}
                data={MEETING_FREQUENCIES.map((value) => ({ value, label: t.frequencies[value] }))}
                allowDeselect={false}
                {...form.getInputProps('rhythm.frequency')}
              />
              <NumberInput
                label={t.sessionLength}
                min={15}
                max={480}
                step={15}
                allowDecimal={false}
                {...form.getInputProps('rhythm.durationMinutes')}
              />
            </Group>
            <Textarea
              label={t.slot}
              placeholder={t.slotPlaceholder}
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
        <TextInput label={t.name} required withAsterisk data-autofocus {...form.getInputProps('name')} />
        {SECTIONS.map((section) => (
          <Fieldset key={section.legend} legend={t.sections[section.legend]}>
            <Stack gap="md">{section.questions.map(renderQuestion)}</Stack>
          </Fieldset>
        ))}
        <Fieldset legend={t.talkTime}>
          <Switch
            label={t.talkTimeInExports}
            description={t.talkTimeHelp}
            {...form.getInputProps('talkTimeInExports', { type: 'checkbox' })}
          />
        </Fieldset>
        <Fieldset legend={t.confidentiality}>
          <Textarea
            label={t.readAloud}
            description={t.readAloudHelp}
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
        {/* The charter is long: its button stays in view at the foot of the window, wherever the person is in it. */}
        <Group className={classes.actions}>
          <Button type="submit" loading={saving} size="md">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
