import { readAhead } from './lib/api'
import { parseRoute } from './lib/route'

/**
 * The reads the first screen needs, started while the rest of the code is still being evaluated
 * (main.tsx imports this module first): the replies are on their way before React renders, not
 * asked for after its first commit. Each screen still asks for its data as it always does.
 */
const route = parseRoute(window.location.hash)
readAhead('settings/get', {})
if (route.screen === 'share') readAhead('live/get', { sessionId: route.sessionId })
else {
  readAhead('groups/list', {})
  readAhead('app/status', {})
  if (route.screen === 'live') readAhead('live/get', { sessionId: route.sessionId })
}
