import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { MEMBER_ROLES, MemberInputSchema, type MemberInput } from '../../../core/model/member'
import { zodValidate } from '../../lib/zodValidate'
import { useT } from '../../i18n/LocaleContext'
import { explainMemberIssue } from './memberIssues'

export function MemberForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel
}: {
  initial: MemberInput
  submitLabel: string
  onSubmit: (values: MemberInput) => Promise<string | null>
  onCancel: () => void
}) {
  const all = useT()
  const t = all.members
  const form = useForm<MemberInput>({ mode: 'controlled', initialValues: initial, validate: zodValidate(MemberInputSchema, explainMemberIssue(all)) })
  const [saving, setSaving] = useState(false)
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setSaving(true)
        const error = await onSubmit(MemberInputSchema.parse(values))
        setSaving(false)
        if (error) form.setFieldError('name', error)
      })}
    >
      <Stack>
        <TextInput label={t.form.name} description={t.form.nameHelp} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t.form.role}
          data={MEMBER_ROLES.map((value) => ({ value, label: t.roles[value] }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <TextInput label={t.form.email} description={t.form.optional} type="email" {...form.getInputProps('email')} />
        <Group grow align="flex-start">
          <TextInput label={t.form.professionalBody} description={t.form.professionalBodyHelp} {...form.getInputProps('professionalBody')} />
          <TextInput label={t.form.registration} description={t.form.optional} {...form.getInputProps('registrationNumber')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.form.cancel}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
