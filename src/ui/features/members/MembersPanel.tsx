import { ActionIcon, Badge, Button, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { GroupDetail } from '../../../core/api/contract'
import { NEW_MEMBER_DEFAULTS, type Member } from '../../../core/model/member'
import { call } from '../../lib/api'
import { MemberForm } from './MemberForm'
import { useT } from '../../i18n/LocaleContext'

const ROLE_COLORS = { member: 'gray', guest: 'grape', facilitator: 'orange' } as const

type Editing = { mode: 'add' } | { mode: 'edit'; member: Member } | null

export function MembersPanel({ detail, onChanged }: { detail: GroupDetail; onChanged: () => void }) {
  const t = useT().members
  const [editing, setEditing] = useState<Editing>(null)
  const [removing, setRemoving] = useState<Member | null>(null)
  const groupId = detail.group.id

  const save = async (values: Parameters<typeof call<'members/add'>>[1]['member']) => {
    const result =
      editing?.mode === 'edit'
        ? await call('members/update', { memberId: editing.member.id, member: values })
        : await call('members/add', { groupId, member: values })
    if (!result.ok) return result.error.message
    notifications.show({ color: 'green', message: t.saved(result.data.name) })
    setEditing(null)
    onChanged()
    return null
  }

  const remove = async (member: Member) => {
    const result = await call('members/remove', { memberId: member.id })
    setRemoving(null)
    if (!result.ok) notifications.show({ color: 'red', title: t.notRemoved, message: result.error.message })
    else {
      notifications.show({ message: t.removed(member.name) })
      onChanged()
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t.intro}
        </Text>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ mode: 'add' })}>
          {t.add}
        </Button>
      </Group>

      {detail.members.length === 0 ? (
        <Stack align="center" py="xl" gap="sm">
          <Text c="dimmed" ta="center">
            {t.empty}
          </Text>
          <Button variant="light" leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ mode: 'add' })}>
            {t.addFirst}
          </Button>
        </Stack>
      ) : (
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t.table.label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.table.name}</Table.Th>
              <Table.Th>{t.table.role}</Table.Th>
              <Table.Th>{t.table.email}</Table.Th>
              <Table.Th>{t.table.professionalBody}</Table.Th>
              <Table.Th>{t.table.registration}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t.table.actions}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td fw={500}>{member.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={ROLE_COLORS[member.role]}>
                    {t.roles[member.role]}
                  </Badge>
                </Table.Td>
                <Table.Td>{member.email || '—'}</Table.Td>
                <Table.Td>{member.professionalBody || '—'}</Table.Td>
                <Table.Td>{member.registrationNumber || '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={t.edit}>
                      <ActionIcon variant="subtle" aria-label={t.editName(member.name)} onClick={() => setEditing({ mode: 'edit', member })}>
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t.remove}>
                      <ActionIcon variant="subtle" color="red" aria-label={t.removeName(member.name)} onClick={() => setRemoving(member)}>
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.mode === 'edit' ? t.editTitle : t.addTitle} size="lg">
        {editing ? (
          <MemberForm
            initial={editing.mode === 'edit' ? editing.member : NEW_MEMBER_DEFAULTS}
            submitLabel={editing.mode === 'edit' ? t.save : t.add}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>

      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t.removeTitle}>
        {removing ? (
          <Stack>
            <Text>
              {t.removeVerb} <strong>{removing.name}</strong> {t.removeFrom(detail.group.name)}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                {t.keep}
              </Button>
              <Button color="red" onClick={() => void remove(removing)}>
                {t.remove}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  )
}
