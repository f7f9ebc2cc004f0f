import { ActionIcon, Badge, Chip, Group, NumberInput, Paper, Text, TextInput, Tooltip } from '@mantine/core'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react'
import { TimingPopover } from './TimingPopover'
import type { KeyboardEvent } from 'react'
import type { AgendaItem } from '../../../core/model/plan'
import type { Protocol } from '../../../core/protocols/protocolSchema'
import { useT } from '../../i18n/LocaleContext'

export interface RowActions {
  change: (patch: Partial<AgendaItem>) => void
  move: (delta: -1 | 1) => void
  remove: () => void
}

export function AgendaItemRow({
  item,
  index,
  count,
  startsAt,
  protocols,
  actions
}: {
  item: AgendaItem
  index: number
  count: number
  startsAt: string
  protocols: readonly Protocol[]
  actions: RowActions
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id })
  const t = useT().sessions.agenda
  const name = item.title.trim() || t.untitledNumber(index + 1)

  // Alt+↑ / Alt+↓ anywhere in the row moves it: the same gesture as in most outliners.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    actions.move(event.key === 'ArrowUp' ? -1 : 1)
  }

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      shadow={isDragging ? 'md' : undefined}
      style={{ transform: CSS.Transform.toString(transform), transition, position: 'relative', zIndex: isDragging ? 2 : undefined }}
      onKeyDown={onKeyDown}
      data-testid="agenda-item"
      data-item-id={item.id}
      role="listitem"
      aria-label={t.rowMinutes(index + 1, name, item.minutes)}
    >
      <Group wrap="wrap" align="flex-end" gap="xs">
        <Tooltip label={t.dragHint}>
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="lg"
            mb={4}
            aria-label={t.reorder(name)}
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            <IconGripVertical aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Text size="sm" c="dimmed" w={44} mb={8} ff="monospace" aria-label={t.startsAt(startsAt)}>
          {startsAt}
        </Text>
        <TextInput
          label={index === 0 ? t.item : undefined}
          aria-label={index === 0 ? undefined : t.titleOfNumber(index + 1)}
          value={item.title}
          error={item.title.trim() === '' ? t.titleMissing : undefined}
          onChange={(event) => actions.change({ title: event.currentTarget.value })}
          style={{ flex: 1, minWidth: 180 }}
        />
        <NumberInput
          label={index === 0 ? t.minutes : undefined}
          aria-label={index === 0 ? undefined : t.minutesFor(name)}
          value={item.minutes}
          min={1}
          max={600}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          w={96}
          onChange={(value) => actions.change({ minutes: typeof value === 'number' ? value : Number.parseInt(value, 10) || 1 })}
        />
        <Group gap={6} wrap="nowrap" mb={6}>
          <Chip
            size="sm"
            color="teal"
            checked={item.protected}
            onChange={(checked) => actions.change({ protected: checked })}
            aria-describedby="protected-help"
          >
            {t.protected}
          </Chip>
          <Chip size="sm" color="gray" checked={item.kind === 'break'} onChange={(checked) => actions.change({ kind: checked ? 'break' : 'standard' })}>
            {t.break}
          </Chip>
        </Group>
        <Group gap={2} wrap="nowrap" mb={4}>
          <TimingPopover item={item} name={name} protocols={protocols} onChange={actions.change} />
          <ActionIcon variant="subtle" aria-label={t.moveUp(name)} disabled={index === 0} onClick={() => actions.move(-1)} data-move="up">
            <IconArrowUp size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t.moveDown(name)} disabled={index === count - 1} onClick={() => actions.move(1)} data-move="down">
            <IconArrowDown size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t.remove(name)} disabled={count === 1} onClick={actions.remove}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      {item.protected || item.kind === 'break' || item.autoAdvance || item.protocol ? (
        <Group gap={6} mt={6} ml={96}>
          {item.protected ? (
            <Badge size="sm" variant="light" color="teal">
              {t.protectedBadge}
            </Badge>
          ) : null}
          {item.kind === 'break' ? (
            <Badge size="sm" variant="light" color="gray">
              {t.breakBadge}
            </Badge>
          ) : null}
          {item.protocol ? (
            <Badge size="sm" variant="light" color="violet">
              {t.protocolBadge(protocols.find((p) => p.id === item.protocol?.id)?.name ?? item.protocol.id)}
            </Badge>
          ) : null}
          {item.autoAdvance ? (
            <Badge size="sm" variant="light" color="blue">
              {t.autoAdvanceBadge}
            </Badge>
          ) : null}
        </Group>
      ) : null}
    </Paper>
  )
}
