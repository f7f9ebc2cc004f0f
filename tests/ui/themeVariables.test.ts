import { readFileSync } from 'node:fs'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { MantineProvider } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/core/i18n/en'
import { frCA } from '../../src/core/i18n/fr-CA'
import { cssVariablesResolver, themeFor } from '../../src/ui/theme'

/** Each rule as its selector and its declarations, in order; comments and layout ignored. */
const rulesOf = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector!.trim().replace(/\s+/g, ' '),
    declarations: body!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => d.replace(/^(--[\w-]+)\s*:\s*/, '$1: '))
  }))

/** What MantineProvider injects in a <style> on every launch, for Hearth's theme in a language. */
function injectedBy(words: { closeDialog: string; closeNotification: string }): string {
  const html = renderToString(createElement(MantineProvider, { theme: themeFor(words), cssVariablesResolver, defaultColorScheme: 'auto' }))
  const css = /<style data-mantine-styles="true"[^>]*>([^<]*)<\/style>/.exec(html)?.[1]
  if (!css) throw new Error('MantineProvider injected no CSS variables')
  return css
}

describe('themeVariables.css', () => {
  const written = rulesOf(readFileSync('src/ui/themeVariables.css', 'utf8'))

  // The app tells the provider not to inject them (main.tsx): the stylesheet must say the same.
  it.each([
    ['English', en.app],
    ['French', frCA.app]
  ])('holds exactly the variables Mantine would inject for the theme in %s', (_language, words) => {
    const injected = rulesOf(injectedBy(words))
    expect(injected.length).toBeGreaterThan(1)
    expect(written, 'src/ui/themeVariables.css is stale: write the rules below into it').toEqual(injected)
  })
})
