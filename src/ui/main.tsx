import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './themeVariables.css'
import './focus.css'
import { StrictMode, useMemo, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { App } from './App'
import { LocaleProvider, useT } from './i18n/LocaleContext'
import { cssVariablesResolver, themeFor } from './theme'
import { useFirstPaintDone } from './lib/useFirstPaintDone'

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
