// Apart from route.ts (React hooks): startupReads.ts parses the route before React has loaded.

/** Where the facilitator is, kept in the URL hash so a reload lands on the same screen. */
export type Route =
  | { screen: 'home' }
  | { screen: 'new-group' }
  | { screen: 'settings' }
  | { screen: 'backups' }
  | { screen: 'group'; groupId: string; tab: GroupTab }
  | { screen: 'plan'; groupId: string; sessionId: string }
  | { screen: 'live'; groupId: string; sessionId: string }
  | { screen: 'share'; sessionId: string }

export const GROUP_TABS = ['overview', 'members', 'sessions', 'protocols', 'certificates'] as const
export type GroupTab = (typeof GROUP_TABS)[number]

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  if (parts[0] === 'new-group') return { screen: 'new-group' }
  if (parts[0] === 'settings') return { screen: 'settings' }
  if (parts[0] === 'backups') return { screen: 'backups' }
  if (parts[0] === 'share' && parts[1]) return { screen: 'share', sessionId: parts[1] }
  if (parts[0] === 'groups' && parts[1]) {
    if (parts[2] === 'sessions' && parts[3])
      return { screen: parts[4] === 'live' ? 'live' : 'plan', groupId: parts[1], sessionId: parts[3] }
    const tab = GROUP_TABS.find((t) => t === parts[2]) ?? 'overview'
    return { screen: 'group', groupId: parts[1], tab }
  }
  return { screen: 'home' }
}
