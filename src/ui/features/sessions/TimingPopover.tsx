import { ActionIcon, Button, Checkbox, NumberInput, Popover, Select, Stack, Switch, Text, Tooltip } from '@mantine/core'
import { IconAdjustmentsAlt } from '@tabler/icons-react'
import type { AgendaItem } from '../../../core/model/plan'
import { phasesInUse, protocolMinutes } from '../../../core/protocols/phaseClock'
import type { Protocol } from '../../../core/protocols/protocolSchema'
import { useT } from '../../i18n/LocaleContext'

/** Per-item settings: a case protocol, when the warning and danger colours (and chimes) come, and auto-advance. */
export function TimingPopover({
  item,
  name,
  protocols,
  onChange
}: {
  item: AgendaItem
  name: string
  protocols: readonly Protocol[]
  onChange: (patch: Partial<AgendaItem>) => void
}) {
  const t = useT().sessions.timing
  const chosen = item.protocol ? protocols.find((p) => p.id === item.protocol?.id) : undefined
  const length = chosen ? protocolMinutes(phasesInUse(chosen, item.protocol?.includeOptional ?? false)) : 0
  const percent = (value: string | number) => Math.max(0, Math.min(100, typeof value === 'number' ? value : Number.parseInt(value, 10) || 0))
  return (
    <Popover width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={t.tooltip}>
          <ActionIcon variant={item.protocol ? 'light' : 'subtle'} aria-label={t.settingsFor(name)}>
            <IconAdjustmentsAlt size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {t.settingsFor(name)}
          </Text>
          <Select
            label={t.protocol}
            placeholder={t.none}
            clearable
            data={protocols.map((p) => ({ value: p.id, label: p.name }))}
            value={item.protocol?.id ?? null}
            comboboxProps={{ withinPortal: false }}
            onChange={(id) => {
              const protocol = protocols.find((p) => p.id === id)
              onChange({ protocol: protocol ? { id: protocol.id, version: protocol.version, includeOptional: false } : undefined })
            }}
          />
          {chosen ? (
            <Stack gap={4}>
              {chosen.phases.some((p) => p.optional) ? (
                <Checkbox
                  label={t.optionalPhases(chosen.phases.filter((p) => p.optional).map((p) => p.title).join(', '))}
                  checked={item.protocol?.includeOptional ?? false}
                  onChange={(e) => item.protocol && onChange({ protocol: { ...item.protocol, includeOptional: e.currentTarget.checked } })}
                />
              ) : null}
              <Text size="xs" c="dimmed">
                {t.phasesCount(chosen.phases.length, length, item.minutes)}
              </Text>
              {length !== item.minutes ? (
                <Button size="compact-xs" variant="light" onClick={() => onChange({ minutes: length })}>
                  {t.useLengthMinutes(length)}
                </Button>
              ) : null}
            </Stack>
          ) : null}
          <NumberInput label={t.warnPercent} min={0} max={100} value={item.warnPercent} onChange={(v) => onChange({ warnPercent: percent(v) })} />
          <NumberInput label={t.dangerPercent} min={0} max={100} value={item.dangerPercent} onChange={(v) => onChange({ dangerPercent: percent(v) })} />
          <Switch
            label={t.autoAdvance}
            description={t.autoAdvanceHelp}
            checked={item.autoAdvance}
            onChange={(event) => onChange({ autoAdvance: event.currentTarget.checked })}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
