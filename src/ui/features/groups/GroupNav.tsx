import { Button, NavLink, ScrollArea, Stack, Text } from '@mantine/core'
import { IconPlus, IconUsersGroup } from '@tabler/icons-react'
import type { GroupSummary } from '../../../core/api/contract'
import { LoadState } from '../../components/LoadState'
import { hrefFor, type Route } from '../../lib/route'
import type { Loaded } from '../../lib/useRequest'
import { useT } from '../../i18n/LocaleContext'

export function GroupNav({ loaded, retry, route }: { loaded: Loaded<GroupSummary[]>; retry: () => void; route: Route }) {
  const t = useT().groups
  const activeId = route.screen === 'group' || route.screen === 'plan' ? route.groupId : null
  return (
    <Stack gap="sm" h="100%">
      <Button component="a" href={hrefFor({ screen: 'new-group' })} leftSection={<IconPlus size={18} aria-hidden />} variant="light">
        {t.nav.newGroup}
      </Button>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" px="xs">
        {t.nav.yourGroups}
      </Text>
      <ScrollArea style={{ flex: 1 }}>
        <LoadState loaded={loaded} retry={retry}>
          {(groups) =>
            groups.length === 0 ? (
              <Text size="sm" c="dimmed" px="xs">
                {t.nav.empty}
              </Text>
            ) : (
              groups.map((group) => (
                <NavLink
                  key={group.id}
                  href={hrefFor({ screen: 'group', groupId: group.id, tab: 'overview' })}
                  label={group.name}
                  description={t.listCount(group.openness === 'closed', group.memberCount, group.guestCount)}
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
