import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './themeVariables.css'
import './focus.css'
import { StrictMode, useMemo, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { App } from './App'
import { LocaleProvider, startingLocale, useT } from './i18n/LocaleContext'
import { loadedWords, loadWords } from './i18n/catalogues'
import { cssVariablesResolver, themeFor } from './theme'
import { useFirstPaintDone } from './lib/useFirstPaintDone'
import { arrivedReply, call } from './lib/api'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

/**
 * The theme carries a few words (a dialog's close button): it is made again when the language
 * changes. Its CSS variables are a stylesheet (themeVariables.css), not worked out in JS and
 * injected by the provider at every launch.
 */
function ThemedMantine({ children }: { children: ReactNode }) {
  const words = useT().app
  const theme = useMemo(() => themeFor(words), [words])
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver} withCssVariables={false}>
      {children}
    </MantineProvider>
  )
}

/**
 * Notifications appear one render after the first screen: their container (a portal, a
 * transition group) is not needed to draw it, and one shown meanwhile waits in the store.
 */
function LaterNotifications() {
  return useFirstPaintDone() ? <Notifications position="bottom-right" /> : null
}

let rendered = false
const render = () => {
  if (rendered) return
  rendered = true
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <ThemedMantine>
          <LaterNotifications />
          <App />
        </ThemedMantine>
      </LocaleProvider>
    </StrictMode>
  )
}

/** Past this, a window whose settings have not answered opens in the computer's language. */
const SETTINGS_WAIT_MS = 1000

/**
 * The first frame is in the window's language, never English for a moment first. The settings
 * (read since start-up) say which; they are usually back before this code has run, and else
 * soon after. English words are here already; French ones are their own chunk, usually loaded by
 * now too (startupReads started it). Should they fail to load, the window opens in English
 * rather than not at all.
 */
function renderInItsLanguage() {
  const locale = startingLocale()
  if (loadedWords(locale)) render()
  else void loadWords(locale).then(render, render)
}

if (arrivedReply('settings/get', {})) renderInItsLanguage()
else {
  const timer = window.setTimeout(renderInItsLanguage, SETTINGS_WAIT_MS)
  void call('settings/get', {}).finally(() => {
    window.clearTimeout(timer)
    if (!rendered) renderInItsLanguage()
  })
}
