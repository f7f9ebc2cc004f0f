import { ActionIcon, AppShell, Burger, Group, Text, Tooltip } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconFlame, IconSettings } from '@tabler/icons-react'
import { Suspense, useCallback, useEffect, useState } from 'react'
import { StatusNotices } from './components/StatusNotices'
import { GroupNav } from './features/groups/GroupNav'
import { HomeScreen } from './features/groups/HomeScreen'
import { useRequest } from './lib/useRequest'
import { hrefFor, useRoute, type Route } from './lib/route'
import { DataReloadContext } from './lib/dataReload'
import { lazyNamed } from './lib/lazyNamed'
import { useFirstPaintDone } from './lib/useFirstPaintDone'
import { LiveScreen } from './features/live/LiveScreen'
import { useT } from './i18n/LocaleContext'
import { ShareView } from './features/live/ShareView'

// Screens away from the call load when first opened (the plan editor brings drag and drop): the
// first paint pays for the shell and the home screen. The live screen and the share view are in
// the first bundle: mid-call they must appear at once, never behind a loading step.
const GroupPage = lazyNamed(() => import('./features/groups/GroupPage'), 'GroupPage')
const PlanEditor = lazyNamed(() => import('./features/sessions/PlanEditor'), 'PlanEditor')
const SettingsScreen = lazyNamed(() => import('./features/settings/SettingsScreen'), 'SettingsScreen')
// The new-group form brings the schema library and the form library: nothing on the live path needs them.
const NewGroupScreen = lazyNamed(() => import('./features/groups/NewGroupScreen'), 'NewGroupScreen')
const BackupsScreen = lazyNamed(() => import('./features/backups/BackupsScreen'), 'BackupsScreen')
import { ColorSchemeMenu, useSavedColorScheme } from './lib/colorScheme'
import type { Loaded } from './lib/useRequest'
import type { GroupSummary } from '../core/api/contract'

function Screen({ route, groups, onGroupsChanged }: { route: Route; groups: Loaded<GroupSummary[]>; onGroupsChanged: () => void }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen groups={groups} retry={onGroupsChanged} onGroupsChanged={onGroupsChanged} />
    case 'new-group':
      return <NewGroupScreen onCreated={onGroupsChanged} />
    case 'settings':
      return <SettingsScreen />
    case 'backups':
      return <BackupsScreen />
    case 'group':
      return <GroupPage key={route.groupId} groupId={route.groupId} tab={route.tab} onGroupsChanged={onGroupsChanged} />
    case 'plan':
      return <PlanEditor key={route.sessionId} groupId={route.groupId} sessionId={route.sessionId} />
    case 'live':
      return <LiveScreen key={route.sessionId} groupId={route.groupId} sessionId={route.sessionId} />
    case 'share':
      return null
  }
}

export function App() {
  const route = useRoute()
  useSavedColorScheme()
  // Bumped after a restore: the whole workspace view mounts again and reads the restored data.
  const [dataVersion, setDataVersion] = useState(0)
  const reloadAll = useCallback(() => setDataVersion((v) => v + 1), [])
  if (route.screen === 'share') return <ShareView sessionId={route.sessionId} />
  return (
    <DataReloadContext.Provider value={reloadAll}>
      <Workspace key={dataVersion} route={route} />
    </DataReloadContext.Provider>
  )
}

function Workspace({ route }: { route: Route }) {
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false)
  const groups = useRequest('groups/list', {}, 'groups')
  const status = useRequest('app/status', {}, 'status')
  const t = useT()
  // The groups in the sidebar and the header's buttons come one render after the screen itself.
  const painted = useFirstPaintDone()

  useEffect(closeNav, [route, closeNav])

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t.app.header.showGroups} />
            <IconFlame aria-hidden color="var(--mantine-primary-color-filled)" />
            <Text fw={700} size="lg">
              {t.common.appName}
            </Text>
          </Group>
          {/* Settings and the colour scheme (tooltips, a menu: floating elements and portals) come
              one render after the screen, as the sidebar does. */}
          {painted ? (
            <Group gap="xs">
              <Tooltip label={t.app.header.settings}>
                <ActionIcon component="a" href={hrefFor({ screen: 'settings' })} variant="subtle" size="lg" aria-label={t.app.header.settings}>
                  <IconSettings aria-hidden />
                </ActionIcon>
              </Tooltip>
              <ColorSchemeMenu />
            </Group>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t.app.header.groupsNav}>
        {painted ? <GroupNav loaded={groups.loaded} retry={groups.reload} route={route} /> : null}
      </AppShell.Navbar>
      <AppShell.Main>
        {status.loaded.state === 'ready' ? <StatusNotices status={status.loaded.data} /> : null}
        {/* The screen's own code is a local file read away: an empty fallback, not a loading flash. */}
        <Suspense fallback={null}>
          <Screen route={route} groups={groups.loaded} onGroupsChanged={groups.reload} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}
