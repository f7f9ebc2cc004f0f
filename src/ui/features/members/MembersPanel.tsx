import { ActionIcon, Badge, Button, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { GroupDetail } from '../../../core/api/contract'
import { NEW_MEMBER_DEFAULTS, type Member } from '../../../core/model/member'
import { call } from '../../lib/api'
import { MemberForm, ROLE_LABELS } from './MemberForm'

const ROLE_COLORS = { member: 'gray', guest: 'grape', facilitator: 'orange' } as const

type Editing = { mode: 'add' } | { mode: 'edit'; member: Member } | null

export function MembersPanel({ detail, onChanged }: { detail: GroupDetail; onChanged: () => void }) {
  const [editing, setEditing] = useState<Editing>(null)
  const [removing, setRemoving] = useState<Member | null>(null)
  const groupId = detail.group.id

  const save = async (values: Parameters<typeof call<'members/add'>>[1]['member']) => {
    const result =
      editing?.mode === 'edit'
        ? await call('members/update', { memberId: editing.member.id, member: values })
        : await call('members/add', { groupId, member: values })
    if (!result.ok) return result.error.message
    notifications.show({ color: 'green', message: `${result.data.name} saved.` })
    setEditing(null)
    onChanged()
    return null
  }

  const remove = async (member: Member) => {
    const result = await call('members/remove', { memberId: member.id })
    setRemoving(null)
    if (!result.ok) notifications.show({ color: 'red', title: 'Not removed', message: result.error.message })
    else {
      notifications.show({ message: `${member.name} removed from the group.` })
      onChanged()
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Members are the people you take attendance for. Guests join single sessions and do not count towards the group size.
        </Text>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ mode: 'add' })}>
          Add member
        </Button>
      </Group>

      {detail.members.length === 0 ? (
        <Stack align="center" py="xl" gap="sm">
          <Text c="dimmed" ta="center">
            No members yet. Add the people who come to the calls, yourself included: attendance and certificates need them.
          </Text>
          <Button variant="light" leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ mode: 'add' })}>
            Add the first member
          </Button>
        </Stack>
      ) : (
        <Table striped highlightOnHover verticalSpacing="sm" aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Professional body</Table.Th>
              <Table.Th>Registration no.</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td fw={500}>{member.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={ROLE_COLORS[member.role]}>
                    {ROLE_LABELS[member.role]}
                  </Badge>
                </Table.Td>
                <Table.Td>{member.email || '—'}</Table.Td>
                <Table.Td>{member.professionalBody || '—'}</Table.Td>
                <Table.Td>{member.registrationNumber || '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label="Edit">
                      <ActionIcon variant="subtle" aria-label={`Edit ${member.name}`} onClick={() => setEditing({ mode: 'edit', member })}>
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Remove">
                      <ActionIcon variant="subtle" color="red" aria-label={`Remove ${member.name}`} onClick={() => setRemoving(member)}>
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

      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.mode === 'edit' ? 'Edit member' : 'Add member'} size="lg">
        {editing ? (
          <MemberForm
            initial={editing.mode === 'edit' ? editing.member : NEW_MEMBER_DEFAULTS}
            submitLabel={editing.mode === 'edit' ? 'Save' : 'Add member'}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>

      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove member?">
        {removing ? (
          <Stack>
            <Text>
              Remove <strong>{removing.name}</strong> from {detail.group.name}? Their past attendance records stay with past sessions.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                Keep
              </Button>
              <Button color="red" onClick={() => void remove(removing)}>
                Remove
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  )
}
