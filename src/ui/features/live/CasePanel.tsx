import { Badge, Button, Card, Group, MultiSelect, Select, Stack, Stepper, Text, Title } from '@mantine/core'
import { IconVideoOff, IconMessageCircle } from '@tabler/icons-react'
import { memo, useState } from 'react'
import type { LiveSnapshot } from '../../../core/api/contract'
import type { ItemRecord } from '../../../core/live/clock'
import type { LiveEvent } from '../../../core/live/events'
import { formatCountdown } from '../../../core/live/format'
import type { PhaseView } from '../../../core/protocols/phaseClock'
import type { Protocol, RoleKey } from '../../../core/protocols/protocolSchema'
import { useT } from '../../i18n/LocaleContext'

const WRAP = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const
const ROLE_FIELD = { flex: '1 1 9rem' }

/** The protocol running in the current item: its phase, the speaking rule, roles, and phase moves. */
/** Memoised: it changes once a second at most, while the timer above refreshes four times. */
export const CasePanel = memo(function CasePanel({
  protocol,
  view,
  phaseCount,
  record,
  people,
  append
}: {
  protocol: Protocol
  view: PhaseView
  phaseCount: number
  record: ItemRecord
  people: LiveSnapshot['people']
  append: (event: LiveEvent) => boolean
}) {
  const assigned = Object.keys(record.roles).length > 0
  const [editing, setEditing] = useState(!assigned)
  const t = useT().live.casePanel
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? t.someone
  const rule = view.phase.speaking
  return (
    <Card withBorder padding="md" data-testid="case-panel">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {t.phaseOf(protocol.name, view.index + 1, phaseCount)}
            </Text>
            <Title order={3} size="h3" data-testid="phase-title">
              {view.phase.title}
            </Title>
          </Stack>
          <Text ff="monospace" fw={700} size="xl" c={view.remainingMs <= 0 ? 'red' : undefined} aria-label={t.timeLeft} data-testid="phase-left">
            {formatCountdown(view.remainingMs)}
          </Text>
        </Group>
        <Group gap="xs">
          {/* A rule may be longer than a badge (French is a third longer): it wraps rather than being cut off. */}
          <Badge size="lg" variant="light" radius="sm" h="auto" py={4} maw="100%" styles={WRAP} color={rule.presenterAway ? 'grape' : 'blue'} leftSection={rule.presenterAway ? <IconVideoOff size={14} aria-hidden /> : <IconMessageCircle size={14} aria-hidden />} data-testid="speaking-rule">
            {rule.label}
          </Badge>
          {view.phase.timing === 'default' ? (
            <Text size="xs" c="dimmed">
              {t.defaultMinutes}
            </Text>
          ) : null}
        </Group>
        {view.phase.prompt ? <Text size="sm">{view.phase.prompt}</Text> : null}
        <Stepper active={view.index} size="xs" allowNextStepsSelect={false} iconSize={22}>
          {protocol.phases
            .filter((p) => record.item.protocol?.includeOptional || !p.optional)
            .map((phase) => (
              <Stepper.Step key={phase.key} label={phase.title} />
            ))}
        </Stepper>
        <Group justify="space-between">
          {assigned && !editing ? (
            <Text size="sm" data-testid="roles">
              {protocol.roles
                .filter((role) => (record.roles[role.key]?.length ?? 0) > 0)
                .map((role) => t.roleLine(role.label, (record.roles[role.key] ?? []).map(name).join(', ')))
                .join(' · ')}{' '}
              <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
                {t.changeRoles}
              </Button>
            </Text>
          ) : (
            <span />
          )}
          <Button
            size="xs"
            variant="light"
            disabled={view.index + 1 >= phaseCount}
            onClick={() => append({ type: 'phase-moved', at: Date.now(), itemId: record.item.id, toPhase: view.index + 1 })}
          >
            {t.nextPhase}
          </Button>
        </Group>
        {editing ? (
          <RolesForm
            protocol={protocol}
            people={people}
            initial={record.roles}
            onSave={(roles) => {
              if (append({ type: 'roles-assigned', at: Date.now(), itemId: record.item.id, roles })) setEditing(false)
            }}
          />
        ) : null}
      </Stack>
    </Card>
  )
})

function RolesForm({
  protocol,
  people,
  initial,
  onSave
}: {
  protocol: Protocol
  people: LiveSnapshot['people']
  initial: Partial<Record<RoleKey, string[]>>
  onSave: (roles: Partial<Record<RoleKey, string[]>>) => void
}) {
  const [roles, setRoles] = useState<Partial<Record<RoleKey, string[]>>>(initial)
  const options = people.map((p) => ({ value: p.id, label: p.name }))
  const set = (key: RoleKey, ids: string[]) => setRoles((r) => ({ ...r, [key]: ids }))
  const t = useT().live.casePanel
  return (
    <Stack gap="xs" data-testid="roles-form">
      <Text size="sm" fw={600}>
        {t.rolesTitle}
      </Text>
      {/* Aligned on the fields, and onto a second row where five roles do not fit (French names are longer). */}
      <Group align="flex-end" wrap="wrap">
        {protocol.roles.map((role) =>
          role.many ? (
            <MultiSelect key={role.key} style={ROLE_FIELD} label={role.label} data={options} value={roles[role.key] ?? []} onChange={(ids) => set(role.key, ids)} searchable />
          ) : (
            <Select key={role.key} style={ROLE_FIELD} label={role.label} data={options} value={roles[role.key]?.[0] ?? null} onChange={(id) => set(role.key, id ? [id] : [])} clearable searchable />
          )
        )}
      </Group>
      <Group>
        <Button size="xs" onClick={() => onSave(roles)}>
          {t.assignRoles}
        </Button>
      </Group>
    </Stack>
  )
}
