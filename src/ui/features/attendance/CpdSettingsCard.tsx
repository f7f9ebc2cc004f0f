import { ActionIcon, Button, Card, FileButton, Group, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { CpdSettings, Group as HearthGroup } from '../../../core/model/group'
import { call } from '../../lib/api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useT } from '../../i18n/LocaleContext'

type Editable = Omit<CpdSettings, 'signature' | 'logo'>
/** While typing, the share may be empty: the form says so instead of guessing a number. */
type Draft = Omit<Editable, 'minAttendancePercent'> & { minAttendancePercent: number | string }

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

const isShare = (value: number | string): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100

/** The group's CPD rule and what its certificates print. */
export function CpdSettingsCard({ group, onSaved }: { group: HearthGroup; onSaved: () => void }) {
  const { signature, logo, ...initial } = group.cpd
  const words = useT().attendance.settings
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      minAttendancePercent: (value) => (isShare(value) ? null : words.errors.minPercent),
      // A group may save a draft without a provider (certificates wait for one), but an approval
      // statement printed under no provider's name would claim an approval for nobody.
      provider: { name: (value, values) => (values.approvalStatement.trim() !== '' && value.trim() === '' ? words.errors.providerForApproval : null) },
      creditTypes: { label: (value) => (value.trim() === '' ? words.errors.creditTypeLabel : null) }
    }
  })
  const [saving, setSaving] = useState(false)
  const [removing, setRemoving] = useState<{ which: 'signature' | 'logo'; open: boolean }>({ which: 'logo', open: false })
  const rule = form.values

  const save = async (draft: Draft) => {
    if (!isShare(draft.minAttendancePercent)) return
    setSaving(true)
    const result = await call('cpd/update-rule', { groupId: group.id, rule: { ...draft, minAttendancePercent: draft.minAttendancePercent } })
    setSaving(false)
    if (!result.ok) {
      notifications.show({ color: 'red', message: result.error.message })
      return
    }
    notifications.show({ message: words.saved })
    onSaved()
  }

  const setImage = async (which: 'signature' | 'logo', file: File | null) => {
    const result = await call('cpd/set-image', { groupId: group.id, which, dataBase64: file ? await fileToBase64(file) : null })
    if (result.ok) onSaved()
    else notifications.show({ color: 'red', message: result.error.message })
  }

  const image = (which: 'signature' | 'logo', label: string, current: unknown) => (
    <Group gap="xs">
      <Text size="sm" miw={90}>
        {label}
      </Text>
      <Text size="sm" c="dimmed">
        {current ? words.stored : words.none}
      </Text>
      <FileButton onChange={(file) => void setImage(which, file)} accept="image/png,image/jpeg">
        {(props) => (
          <Button {...props} size="xs" variant="light">
            {current ? words.replaceImage : words.chooseImage}
          </Button>
        )}
      </FileButton>
      {current ? (
        <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving({ which, open: true })}>
          {words.remove}
        </Button>
      ) : null}
    </Group>
  )

  return (
    <Card withBorder padding="lg" data-testid="cpd-settings">
      <Title order={2} size="h4" mb="xs">
        {words.title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {words.intro}
      </Text>
      <form noValidate onSubmit={form.onSubmit((draft) => void save(draft))}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={words.rounding}
              data={[
                { value: 'quarter-hour', label: words.quarterHour },
                { value: 'none', label: words.exactMinutes }
              ]}
              {...form.getInputProps('rounding')}
              onChange={(v) => form.setFieldValue('rounding', v === 'none' ? 'none' : 'quarter-hour')}
              allowDeselect={false}
            />
            <NumberInput label={words.minPercent} min={1} max={100} clampBehavior="none" {...form.getInputProps('minAttendancePercent')} />
            <Select
              label={words.paper}
              data={[
                { value: 'A4', label: 'A4' }, // i18n-ignore: the ISO paper name is the same in every language
                { value: 'Letter', label: words.paperLetter }
              ]}
              {...form.getInputProps('paper')}
              onChange={(v) => form.setFieldValue('paper', v === 'Letter' ? 'Letter' : 'A4')}
              allowDeselect={false}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={words.provider} required {...form.getInputProps('provider.name')} />
            <TextInput label={words.providerContact} {...form.getInputProps('provider.contact')} />
            <TextInput label={words.facilitator} required {...form.getInputProps('facilitatorName')} />
          </Group>
          <div>
            <Text size="sm" fw={500}>
              {words.creditTypes}
            </Text>
            <Stack gap={6} mt={4}>
              {rule.creditTypes.map((_, index) => (
                <Group key={index} gap="xs" align="flex-start">
                  <TextInput aria-label={words.body(index + 1)} placeholder={words.bodyExample} w={160} {...form.getInputProps(`creditTypes.${index}.body`)} />
                  <TextInput aria-label={words.creditType(index + 1)} placeholder={words.creditTypeExample} style={{ flex: 1 }} {...form.getInputProps(`creditTypes.${index}.label`)} />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={4}
                    aria-label={words.removeCreditType(index + 1)}
                    disabled={rule.creditTypes.length === 1}
                    onClick={() => form.removeListItem('creditTypes', index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('creditTypes', { body: '', label: '' })}>
                  {words.addCreditType}
                </Button>
              </Group>
            </Stack>
          </div>
          <Textarea label={words.approval} autosize minRows={2} {...form.getInputProps('approvalStatement')} />
          {image('signature', words.signature, signature)}
          {image('logo', words.logo, logo)}
          <Group>
            <Button type="submit" loading={saving}>
              {words.save}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={removing.open}
        title={words.removeTitle[removing.which]}
        confirmLabel={words.remove}
        keepLabel={words.keep}
        onConfirm={() => void setImage(removing.which, null)}
        onClose={() => setRemoving((r) => ({ ...r, open: false }))}
      >
        {words.removeBody[removing.which]}
      </ConfirmDialog>
    </Card>
  )
}
