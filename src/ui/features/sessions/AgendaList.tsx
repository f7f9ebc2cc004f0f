import { Stack } from '@mantine/core'
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import dayjs from 'dayjs'
import type { AgendaItem } from '../../../core/model/plan'
import type { Protocol } from '../../../core/protocols/protocolSchema'
import { itemStartOffsets } from '../../../core/plan/planTotals'
import { AgendaItemRow, type RowActions } from './AgendaItemRow'
import { clockTime } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'

/**
 * The agenda as a sortable list. @dnd-kit gives pointer and keyboard dragging with screen-reader
 * announcements; the row's arrow buttons and Alt+↑/↓ are the plain alternative.
 */
export function AgendaList({
  items,
  scheduledStart,
  onMove,
  actionsFor,
  protocols
}: {
  items: AgendaItem[]
  scheduledStart: string
  onMove: (from: number, to: number) => void
  actionsFor: (item: AgendaItem, index: number) => RowActions
  protocols: readonly Protocol[]
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const offsets = itemStartOffsets(items)
  const start = dayjs(scheduledStart)
  const locale = useLocale()
  const t = useT().sessions.agenda

  // dnd-kit's own announcements are English and name items by id: these name them as the rows do.
  const name = (id: UniqueIdentifier) => {
    const index = items.findIndex((item) => item.id === id)
    return items[index]?.title.trim() || t.untitledNumber(index + 1)
  }
  const position = (id: UniqueIdentifier) => items.findIndex((item) => item.id === id) + 1
  const drag = t.drag
  const announcements: Announcements = {
    onDragStart: ({ active }) => drag.pickedUp(name(active.id), position(active.id), items.length),
    // Over itself right after the pick-up: say nothing, so "picked up" is what is heard.
    onDragOver: ({ active, over }) => (!over ? drag.notOver(name(active.id)) : over.id === active.id ? undefined : drag.movedTo(name(active.id), position(over.id), items.length)),
    onDragEnd: ({ active, over }) => (over ? drag.droppedAt(name(active.id), position(over.id), items.length) : drag.droppedOutside(name(active.id))),
    onDragCancel: ({ active }) => drag.cancelled(name(active.id))
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    onMove(
      items.findIndex((item) => item.id === active.id),
      items.findIndex((item) => item.id === over.id)
    )
  }

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: drag.instructions } }}>
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <Stack gap="xs" role="list" aria-label={t.label}>
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              startsAt={start.isValid() ? clockTime(start.add(offsets[index] ?? 0, 'minute').valueOf(), locale) : `+${offsets[index] ?? 0}′`}
              actions={actionsFor(item, index)}
              protocols={protocols}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  )
}
