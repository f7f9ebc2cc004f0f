import { useEffect, useState } from 'react'

export { GROUP_TABS, parseRoute, type GroupTab, type Route } from './parseRoute'
import { parseRoute, type Route } from './parseRoute'

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/'
    case 'new-group':
      return '#/new-group'
    case 'settings':
      return '#/settings'
    case 'backups':
      return '#/backups'
    case 'group':
      return `#/groups/${route.groupId}/${route.tab}`
    case 'plan':
      return `#/groups/${route.groupId}/sessions/${route.sessionId}`
    case 'live':
      return `#/groups/${route.groupId}/sessions/${route.sessionId}/live`
    case 'share':
      return `#/share/${route.sessionId}`
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
