import { DEFAULT_THEME, Modal, Notification, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core'

/**
 * Mantine's palettes with their three darkest shades deepened where the stock ones fail WCAG AA:
 * filled buttons and badges use shade 8 under white text, light ones shade 9 on shade 1, and
 * text in a colour (c="red") shade 8. Every pair is at least 4.5:1 (axe checks it in the e2e).
 */
const deepen = (name: keyof typeof DEFAULT_THEME.colors, seven: string, eight: string, nine: string): MantineColorsTuple => {
  const [zero, one, two, three, four, five, six] = DEFAULT_THEME.colors[name] ?? DEFAULT_THEME.colors.gray
  return [zero, one, two, three, four, five, six, seven, eight, nine]
}

/** Hearth's own warm primary: an ember orange that stays legible under white text. */
const ember: MantineColorsTuple = ['#fff3eb', '#ffe3d1', '#fcc5a0', '#f7a36d', '#f0843f', '#e86d22', '#d65c12', '#c4530f', '#b04a0d', '#8a3a0a']

/** Muted text that still reads at 4.5:1 on the page, on cards and on striped rows. */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: { '--mantine-color-dimmed': '#a6a7ab', '--mantine-color-error': 'var(--mantine-color-red-4)' }
})

/**
 * Calm and legible: system fonts (nothing fetched), a warm primary, generous focus rings. Made
 * for a language: the words the theme gives components (the dialogs' close button) come in.
 */
export const themeFor = (words: { closeDialog: string; closeNotification: string }) =>
  createTheme({
    colors: {
      ember,
      red: deepen('red', '#e03131', '#c92a2a', '#a51d1d'),
      orange: deepen('orange', '#e8590c', '#c2410c', '#9a3412'),
      yellow: deepen('yellow', '#f08c00', '#a16207', '#854d0e'),
      teal: deepen('teal', '#099268', '#0b7a5a', '#086047'),
      green: deepen('green', '#2f9e44', '#237a35', '#1b5e28')
    },
    primaryColor: 'ember',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    focusRing: 'auto',
    respectReducedMotion: true,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '650' },
    components: {
      // Mantine's close button is an icon only: give every dialog's one a name.
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.closeDialog } } }),
      // The same for the notifications' close button, which axe finds nameless once one is showing.
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.closeNotification } } })
    }
  })

export { cssVariablesResolver }
