import { ActionIcon, NumberInput, Popover, Stack, Switch, Text, Tooltip } from '@mantine/core'
import { IconAdjustmentsAlt } from '@tabler/icons-react'
import type { AgendaItem } from '../../../core/model/plan'

/** Per-item timing: when the warning and danger colours (and chimes) come, and auto-advance. */
export function TimingPopover({ item, name, onChange }: { item: AgendaItem; name: string; onChange: (patch: Partial<AgendaItem>) => void }) {
  const percent = (value: string | number) => Math.max(0, Math.min(100, typeof value === 'number' ? value : Number.parseInt(value, 10) || 0))
  return (
    <Popover width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label="Timing: warnings and auto-advance">
          <ActionIcon variant="subtle" aria-label={`Timing for ${name}`}>
            <IconAdjustmentsAlt size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            Timing for {name}
          </Text>
          <NumberInput label="Warning when this much is left (%)" min={0} max={100} value={item.warnPercent} onChange={(v) => onChange({ warnPercent: percent(v) })} />
          <NumberInput label="Danger when this much is left (%)" min={0} max={100} value={item.dangerPercent} onChange={(v) => onChange({ dangerPercent: percent(v) })} />
          <Switch
            label="Move on by itself at zero"
            description="Best for hard boundaries such as a break. Off by default: a timer should not cut a person off."
            checked={item.autoAdvance}
            onChange={(event) => onChange({ autoAdvance: event.currentTarget.checked })}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
