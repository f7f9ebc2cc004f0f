import { ActionIcon, Button, Card, FileButton, Group, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { CpdSettings, Group as HearthGroup } from '../../../core/model/group'
import { call } from '../../lib/api'
import { ConfirmDialog } from '../../components/ConfirmDialog'

type Editable = Omit<CpdSettings, 'signature' | 'logo'>

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The group's CPD rule and what its certificates print. */
export function CpdSettingsCard({ group, onSaved }: { group: HearthGroup; onSaved: () => void }) {
  const { signature, logo, ...initial } = group.cpd
  const [rule, setRule] = useState<Editable>(initial)
  const [saving, setSaving] = useState(false)
  const [removing, setRemoving] = useState<'signature' | 'logo' | null>(null)
  const set = (change: Partial<Editable>) => setRule((r) => ({ ...r, ...change }))

  const save = async () => {
    setSaving(true)
    const result = await call('cpd/update-rule', { groupId: group.id, rule })
    setSaving(false)
    if (!result.ok) {
      notifications.show({ color: 'red', message: result.error.message })
      return
    }
    notifications.show({ message: 'CPD settings saved.' })
    onSaved()
  }

  const setImage = async (which: 'signature' | 'logo', file: File | null) => {
    const result = await call('cpd/set-image', { groupId: group.id, which, dataBase64: file ? await fileToBase64(file) : null })
    if (result.ok) onSaved()
    else notifications.show({ color: 'red', message: result.error.message })
  }

  const image = (which: 'signature' | 'logo', label: string, current: unknown) => (
    <Group gap="xs">
      <Text size="sm" w={90}>
        {label}
      </Text>
      <Text size="sm" c="dimmed">
        {current ? 'Stored' : 'None'}
      </Text>
      <FileButton onChange={(file) => void setImage(which, file)} accept="image/png,image/jpeg">
        {(props) => (
          <Button {...props} size="xs" variant="light">
            {current ? 'Replace…' : 'Choose image…'}
          </Button>
        )}
      </FileButton>
      {current ? (
        <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(which)}>
          Remove
        </Button>
      ) : null}
    </Group>
  )

  return (
    <Card withBorder padding="lg" data-testid="cpd-settings">
      <Title order={2} size="h4" mb="xs">
        CPD rule and certificates
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Certificates say “Certificate of Attendance” and claim no accreditation unless you enter an approval statement your body gave you.
      </Text>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label="Rounding of CPD hours"
            data={[
              { value: 'quarter-hour', label: 'Down to the quarter hour' },
              { value: 'none', label: 'Exact minutes' }
            ]}
            value={rule.rounding}
            onChange={(v) => set({ rounding: v === 'none' ? 'none' : 'quarter-hour' })}
            allowDeselect={false}
          />
          <NumberInput label="Minimum attendance for a certificate (%)" min={1} max={100} value={rule.minAttendancePercent} onChange={(v) => set({ minAttendancePercent: typeof v === 'number' ? v : 85 })} />
          <Select label="Paper" data={['A4', 'Letter']} value={rule.paper} onChange={(v) => set({ paper: v === 'Letter' ? 'Letter' : 'A4' })} allowDeselect={false} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Provider or organisation" required value={rule.provider.name} onChange={(e) => set({ provider: { ...rule.provider, name: e.currentTarget.value } })} />
          <TextInput label="Provider contact (email, website)" value={rule.provider.contact} onChange={(e) => set({ provider: { ...rule.provider, contact: e.currentTarget.value } })} />
          <TextInput label="Facilitator (signs the certificates)" required value={rule.facilitatorName} onChange={(e) => set({ facilitatorName: e.currentTarget.value })} />
        </Group>
        <div>
          <Text size="sm" fw={500}>
            Credit types (the first is used when a member’s professional body is not listed)
          </Text>
          <Stack gap={6} mt={4}>
            {rule.creditTypes.map((type, index) => (
              <Group key={index} gap="xs" align="flex-end">
                <TextInput aria-label={`Body ${index + 1}`} placeholder="ICF" value={type.body} w={160} onChange={(e) => set({ creditTypes: rule.creditTypes.map((t, i) => (i === index ? { ...t, body: e.currentTarget.value } : t)) })} />
                <TextInput aria-label={`Credit type ${index + 1}`} placeholder="Core Competencies" value={type.label} style={{ flex: 1 }} onChange={(e) => set({ creditTypes: rule.creditTypes.map((t, i) => (i === index ? { ...t, label: e.currentTarget.value } : t)) })} />
                <ActionIcon variant="subtle" color="red" aria-label={`Remove credit type ${index + 1}`} disabled={rule.creditTypes.length === 1} onClick={() => set({ creditTypes: rule.creditTypes.filter((_, i) => i !== index) })}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => set({ creditTypes: [...rule.creditTypes, { body: '', label: '' }] })}>
                Add credit type
              </Button>
            </Group>
          </Stack>
        </div>
        <Textarea label="Approval statement (only if your provider is approved)" autosize minRows={2} value={rule.approvalStatement} onChange={(e) => set({ approvalStatement: e.currentTarget.value })} />
        {image('signature', 'Signature', signature)}
        {image('logo', 'Logo', logo)}
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            Save CPD settings
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove the ${removing ?? 'image'}?`}
        confirmLabel="Remove"
        onConfirm={() => removing && void setImage(removing, null)}
        onClose={() => setRemoving(null)}
      >
        Certificates saved from now on will have no {removing}. Hearth keeps no copy: to get it back, choose the image file again.
      </ConfirmDialog>
    </Card>
  )
}
