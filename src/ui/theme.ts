import { createTheme } from '@mantine/core'

/** Calm and legible: system fonts (nothing fetched), a warm primary, generous focus rings. */
export const theme = createTheme({
  primaryColor: 'orange',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' }
})
