import { Button, NavLink, ScrollArea, Stack, Text } from '@mantine/core'
import { IconPlus, IconUsersGroup } from '@tabler/icons-react'
import type { GroupSummary } from '../../../core/api/contract'
import { LoadState } from '../../components/LoadState'
import { plural } from '../../lib/format'
import { hrefFor, type Route } from '../../lib/route'
import type { Loaded } from '../../lib/useRequest'

export function GroupNav({ loaded, retry, route }: { loaded: Loaded<GroupSummary[]>; retry: () => void; route: Route }) {
  const activeId = route.screen === 'group' || route.screen === 'plan' ? route.groupId : null
  return (
    <Stack gap="sm" h="100%">
      <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />} variant="light">
        New group
      </Button>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" px="xs">
        Your groups
      </Text>
      <ScrollArea style={{ flex: 1 }}>
        <LoadState loaded={loaded} retry={retry}>
          {(groups) =>
            groups.length === 0 ? (
              <Text size="sm" c="dimmed" px="xs">
                No groups yet. Use New group above, or try the sample from the welcome page.
              </Text>
            ) : (
              groups.map((group) => (
                <NavLink
                  key={group.id}
                  href={hrefFor({ screen: 'group', groupId: group.id, tab: 'overview' })}
                  label={group.name}
                  description={`${group.openness === 'closed' ? 'Closed' : 'Open'} · ${plural(group.memberCount, 'member')}${group.guestCount ? `, ${plural(group.guestCount, 'guest')}` : ''}`}
                  leftSection={<IconUsersGroup size={18} aria-hidden />}
                  active={group.id === activeId}
                  aria-current={group.id === activeId ? 'page' : undefined}
                />
              ))
            )
          }
        </LoadState>
      </ScrollArea>
    </Stack>
  )
}
