import { ActionIcon, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { Flag } from '../../../core/notes/flagRules'
import type { Action } from '../../../core/notes/notesSchema'
import { FlagList, type FlagAction } from './FlagList'
import { showUndo } from '../../components/undoNotice'
import { useT } from '../../i18n/LocaleContext'

const newActionId = () => `action-${crypto.randomUUID()}`

/** Agreed actions: what, who and by when. Open ones carry forward to the next session. */
export function ActionsEditor(props: {
  actions: readonly Action[]
  people: readonly { id: string; name: string }[]
  flagsOf: (index: number) => readonly Flag[]
  onChange: (actions: Action[]) => void
  onFlag: (index: number, flag: Flag, action: FlagAction) => void
  pseudonymOf: (flag: Flag) => string | null
}) {
  const { actions, people, flagsOf, onChange, onFlag, pseudonymOf } = props
  const t = useT()
  const words = t.notes.actions
  const update = (index: number, change: Partial<Action>) => onChange(actions.map((a, i) => (i === index ? { ...a, ...change } : a)))
  const owners = people.map((p) => ({ value: p.id, label: p.name }))
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {words.heading}
      </Text>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {words.none}
        </Text>
      ) : null}
      {actions.map((action, index) => (
        <div key={action.id} data-action-row>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Checkbox aria-label={words.done(index + 1)} checked={action.done} onChange={(e) => update(index, { done: e.currentTarget.checked })} mb={8} />
            <TextInput label={words.action(index + 1)} value={action.text} onChange={(e) => update(index, { text: e.currentTarget.value })} style={{ flex: '1 1 16rem' }} />
            <Select label={words.owner} data={owners} value={action.ownerId} onChange={(ownerId) => update(index, { ownerId })} clearable placeholder={words.nobody} w={170} />
            <TextInput label={words.due} type="date" value={action.due} onChange={(e) => update(index, { due: e.currentTarget.value })} w={160} />
            <ActionIcon variant="subtle" color="red" aria-label={words.remove(index + 1)} onClick={() => {
                onChange(actions.filter((_, i) => i !== index))
                if (action.text.trim()) showUndo(words.removed(index + 1), () => onChange([...actions.slice(0, index), action, ...actions.slice(index + 1)]))
              }} mb={4}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          <FlagList flags={flagsOf(index)} onFlag={(flag, what) => onFlag(index, flag, what)} pseudonymOf={pseudonymOf} />
        </div>
      ))}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...actions, { id: newActionId(), text: '', ownerId: null, due: '', done: false }])}>
          {words.add}
        </Button>
      </Group>
    </Stack>
  )
}
