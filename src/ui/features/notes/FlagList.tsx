import { ActionIcon, Badge, Button, Group, Menu, Text } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import { foldFlagText, type Flag } from '../../../core/notes/flagRules'
import { KIND_LABELS, PLACEHOLDERS } from '../../../core/notes/placeholders'

export type FlagAction = 'replace' | 'pseudonym' | 'dismiss' | 'confirm' | 'safe-list'

const KIND_COLORS: Record<Flag['kind'], string> = {
  PERSON: 'red',
  AGE: 'orange',
  DATE: 'orange',
  LOCATION: 'violet',
  ORGANIZATION: 'violet',
  CONTACT: 'orange',
  ID: 'orange'
}

/** One row per flagged text: "Sam" three times is one decision, not three. */
function grouped(flags: readonly Flag[]): { flag: Flag; count: number }[] {
  const rows = new Map<string, { flag: Flag; count: number }>()
  for (const flag of flags) {
    const key = `${foldFlagText(flag.text)}|${flag.kind}`
    const row = rows.get(key)
    if (row) row.count++
    else rows.set(key, { flag, count: 1 })
  }
  return [...rows.values()]
}

/** The flags under a note field, each with its choices spelled out (screen readers hear the text too). */
export function FlagList({ flags, onFlag, pseudonymOf }: { flags: readonly Flag[]; onFlag: (flag: Flag, action: FlagAction) => void; pseudonymOf: (flag: Flag) => string | null }) {
  if (flags.length === 0) return null
  return (
    <ul style={{ listStyle: 'none', margin: '6px 0 0', padding: 0, display: 'grid', gap: 4 }} aria-label="Possible identifiers">
      {grouped(flags).map(({ flag, count }) => {
        const quoted = `“${flag.text}”`
        const pseudonym = pseudonymOf(flag)
        return (
          <li key={`${flag.start}-${flag.text}`} data-flag={flag.text} data-flag-state={flag.state}>
            <Group gap={6} wrap="wrap">
              <Badge size="sm" variant="light" color={flag.state === 'confirmed' ? 'gray' : KIND_COLORS[flag.kind]}>
                {KIND_LABELS[flag.kind]}
              </Badge>
              <Text size="sm" fw={600}>
                {flag.text}
                {count > 1 ? <Text span c="dimmed" size="xs">{` ×${count}`}</Text> : null}
              </Text>
              {flag.state === 'confirmed' ? (
                <Text size="xs" c="dimmed">
                  kept: you confirmed it
                </Text>
              ) : null}
              <Button size="compact-xs" variant="light" onClick={() => onFlag(flag, 'replace')} aria-label={`Replace ${quoted} with ${PLACEHOLDERS[flag.kind]}`}>
                {PLACEHOLDERS[flag.kind]}
              </Button>
              {pseudonym ? (
                <Button size="compact-xs" variant="light" color="grape" onClick={() => onFlag(flag, 'pseudonym')} aria-label={`Replace ${quoted} with ${pseudonym}`}>
                  {pseudonym}
                </Button>
              ) : null}
              {flag.state === 'open' ? (
                <>
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onFlag(flag, 'dismiss')} aria-label={`${quoted} is not an identifier`}>
                    Not an identifier
                  </Button>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`More choices for ${quoted}`}>
                        <IconDots size={14} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => onFlag(flag, 'safe-list')}>Never flag {quoted} in this group (safe list)</Menu.Item>
                      <Menu.Item onClick={() => onFlag(flag, 'confirm')}>Keep {quoted}: I confirm it may stay</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </>
              ) : null}
            </Group>
          </li>
        )
      })}
    </ul>
  )
}
