import { resolveLocale, type AppLocale } from '../core/model/locale'
import { readAhead } from './lib/bridge'
import { parseRoute } from './lib/parseRoute'
import { loadFrench } from './i18n/loadFrench'
import { systemLanguages } from './i18n/systemLanguages'
import { lastLocale } from './i18n/localeHint'

/**
 * The reads the first screen needs, started by their own small entry script (index.html runs it
 * before main.tsx) as soon as it has loaded: the replies are on their way while the app's code
 * still downloads and evaluates. Each screen still asks for its data as it always does; api.ts
 * hands it the reply already under way. Only reads: nothing here may change data.
 */
const route = parseRoute(window.location.hash)
const settings = readAhead('settings/get', {})
if (route.screen === 'share') readAhead('live/get', { sessionId: route.sessionId })
else {
  readAhead('groups/list', {})
  readAhead('app/status', {})
  if (route.screen === 'live') readAhead('live/get', { sessionId: route.sessionId })
}

// A French window's words (their own chunk) download beside the app's code, not after it: the
// first render waits for them. The window's last language, or else the computer's, is the
// guess to start on at once; the settings, once back, can still ask for French.
function startFrench(locale: AppLocale): void {
  if (locale === 'fr-CA') void loadFrench().catch(() => undefined)
}
startFrench(lastLocale() ?? resolveLocale('system', systemLanguages()))
settings.then(
  (reply) => startFrench(resolveLocale(reply.ok ? reply.data.locale : 'system', systemLanguages())),
  () => undefined
)
