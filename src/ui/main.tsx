import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './focus.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { App } from './App'
import { LocaleProvider } from './i18n/LocaleContext'
import { cssVariablesResolver, theme } from './theme'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </MantineProvider>
  </StrictMode>
)
