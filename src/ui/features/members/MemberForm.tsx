import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { MEMBER_ROLES, MemberInputSchema, type MemberInput, type MemberRole } from '../../../core/model/member'
import { zodValidate } from '../../lib/zodValidate'

export const ROLE_LABELS: Record<MemberRole, string> = {
  member: 'Member',
  guest: 'Guest',
  facilitator: 'Facilitator'
}

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
  const form = useForm<MemberInput>({ mode: 'controlled', initialValues: initial, validate: zodValidate(MemberInputSchema) })
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
        <TextInput label="Name" description="As on their professional registration (used on certificates)" required data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Role"
          data={MEMBER_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <TextInput label="Email" description="Optional" type="email" {...form.getInputProps('email')} />
        <Group grow align="flex-start">
          <TextInput label="Professional body" description="Optional, e.g. ICF, BPS, CSPA" {...form.getInputProps('professionalBody')} />
          <TextInput label="Registration number" description="Optional" {...form.getInputProps('registrationNumber')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
