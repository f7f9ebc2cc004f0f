import { ActionIcon, Badge, Button, Group, Menu, Text } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import { memo, useCallback, useMemo, useRef } from 'react'
import { foldFlagText, type Flag } from '../../../core/notes/flagRules'
import { PLACEHOLDERS } from '../../../core/notes/placeholders'
import { useT } from '../../i18n/LocaleContext'

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

const CLOSES_MENU = ['mousedown', 'touchstart']

/** About the height of one row with its gap, to size a list not drawn yet (it is drawn once near the screen). */
const ROW_HEIGHT_GUESS_PX = 30

/** One row per flagged text: "Sam" three times is one decision, not three. */
function grouped(flags: readonly Flag[]): { key: string; flag: Flag; count: number }[] {
  const rows = new Map<string, { key: string; flag: Flag; count: number }>()
  for (const flag of flags) {
    const key = `${foldFlagText(flag.text)}|${flag.kind}`
    const row = rows.get(key)
    if (row) row.count++
    else rows.set(key, { key, flag, count: 1 })
  }
  return [...rows.values()]
}

interface RowProps {
  rowKey: string
  text: string
  kind: Flag['kind']
  state: Flag['state']
  count: number
  pseudonym: string | null
  act: (rowKey: string, action: FlagAction) => void
}

// A row only re-renders when what it shows changes: typing moves every flag after the caret, and a
// 5,000-word note lists hundreds of them, each with Mantine buttons and a menu.
const FlagRow = memo(function FlagRow({ rowKey, text, kind, state, count, pseudonym, act }: RowProps) {
  const t = useT()
  const words = t.notes.flags
  return (
    <li data-flag={text} data-flag-state={state}>
      <Group gap={6} wrap="wrap">
        <Badge size="sm" variant="light" color={state === 'confirmed' ? 'gray' : KIND_COLORS[kind]}>
          {t.notes.kinds[kind]}
        </Badge>
        <Text size="sm" fw={600}>
          {text}
          {count > 1 ? <Text span c="dimmed" size="xs">{` ×${count}`}</Text> : null}
        </Text>
        {state === 'confirmed' ? (
          <Text size="xs" c="dimmed">
            {words.kept}
          </Text>
        ) : null}
        <Button size="compact-xs" variant="light" onClick={() => act(rowKey, 'replace')} aria-label={words.replaceWith(text, PLACEHOLDERS[kind])}>
          {PLACEHOLDERS[kind]}
        </Button>
        {pseudonym ? (
          <Button size="compact-xs" variant="light" color="grape" onClick={() => act(rowKey, 'pseudonym')} aria-label={words.replaceWith(text, pseudonym)}>
            {pseudonym}
          </Button>
        ) : null}
        {state === 'open' ? (
          <>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => act(rowKey, 'dismiss')} aria-label={words.notIdentifierLabel(text)}>
              {words.notIdentifier}
            </Button>
            {/* Only clicks outside close it (with its focus trapped, a key never lands outside): the
                default also listens to every key in the window, once per row, hundreds per key typed. */}
            <Menu position="bottom-end" withinPortal clickOutsideEvents={CLOSES_MENU}>
              <Menu.Target>
                <ActionIcon size="sm" variant="subtle" color="gray" aria-label={words.moreChoices(text)}>
                  <IconDots size={14} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => act(rowKey, 'safe-list')}>{words.safeList(text)}</Menu.Item>
                <Menu.Item onClick={() => act(rowKey, 'confirm')}>{words.confirm(text)}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        ) : null}
      </Group>
    </li>
  )
})

/**
 * The flags under a note field, each with its choices spelled out (screen readers hear the text too).
 * In a text field, `flags` are the ones found when typing last paused, so a key does not redraw the
 * list, and `current` holds them as they are now, carried across what was typed since: an action
 * takes its flag from there, so it lands on the words where they now are.
 */
export const FlagList = memo(function FlagList({
  flags,
  current,
  onFlag,
  pseudonymOf
}: {
  flags: readonly Flag[]
  current?: { readonly current: readonly Flag[] }
  onFlag: (flag: Flag, action: FlagAction) => void
  pseudonymOf: (flag: Flag) => string | null
}) {
  const rows = useMemo(() => grouped(flags), [flags])
  const t = useT()
  // The rows' handler never changes; it acts on the flag as it is now.
  const latest = useRef({ flags, current, onFlag })
  latest.current = { flags, current, onFlag }
  const act = useCallback((rowKey: string, action: FlagAction) => {
    const now = latest.current.current?.current ?? latest.current.flags
    const row = grouped(now).find((r) => r.key === rowKey)
    if (row) latest.current.onFlag(row.flag, action)
  }, [])
  if (flags.length === 0) return null
  return (
    // A long note lists hundreds of rows, each with buttons. Skipped while off screen (still read
    // out, found and focusable), they cost nothing on a key: the browser neither re-checks them for
    // the pointer after each layout nor walks them to paint. Sized meanwhile from their count.
    <ul
      style={{ listStyle: 'none', margin: '6px 0 0', padding: 0, display: 'grid', gap: 4, contentVisibility: 'auto', containIntrinsicSize: `auto ${rows.length * ROW_HEIGHT_GUESS_PX}px` }}
      aria-label={t.notes.flags.listLabel}
    >
      {rows.map(({ key, flag, count }) => (
        <FlagRow key={key} rowKey={key} text={flag.text} kind={flag.kind} state={flag.state} count={count} pseudonym={pseudonymOf(flag)} act={act} />
      ))}
    </ul>
  )
})
