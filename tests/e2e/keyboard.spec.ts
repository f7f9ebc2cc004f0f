import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PASSPHRASE } from './a11ySupport'

/**
 * Whether the focused control shows a ring a sighted keyboard user can find: an outline or a
 * box-shadow on it, on the label a visually hidden radio or chip input draws through, or on the
 * frame around it (date fields, tags fields).
 */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const shows = (el: Element | null) => {
      if (!el) return false
      const style = getComputedStyle(el)
      return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
    }
    const active = document.activeElement
    if (!active || active === document.body) return { ok: false, what: 'nothing focused' }
    const label = active.id ? document.querySelector(`label[for="${CSS.escape(active.id)}"]`) : null
    // The ring may be on the control's frame: a tags field types inside a box two levels up.
    const ok = shows(active) || shows(label) || shows(active.nextElementSibling) || shows(active.parentElement) || shows(active.parentElement?.parentElement ?? null)
    const name = active.getAttribute('aria-label') ?? (active.id ? label?.textContent : null) ?? active.textContent?.trim().slice(0, 40) ?? ''
    return { ok, what: `${active.tagName.toLowerCase()}[type=${active.getAttribute('type')}] .${active.className} "${name}"` }
  })

/** Presses Tab until the target has focus, checking the ring at every stop on the way. */
async function tabTo(page: Page, target: Locator, maxStops = 250, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  const unringed: string[] = []
  let wraps = 0
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press(key)
    const ring = await focusRing(page)
    // Past the last control a browser tab hands focus to the browser's own toolbar, which the page sees
    // as nothing focused (Electron wraps straight to the first control). That happens when a screen
    // change removed the focused field and the tab order starts again from where it stood. Once per
    // walk is that wrap; twice would be a stop that really has no focus.
    if (ring.what === 'nothing focused' && wraps++ === 0) continue
    if (!ring.ok) unringed.push(ring.what)
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) {
      expect(unringed, 'every focus stop shows a ring').toEqual([])
      return
    }
  }
  throw new Error(`Never reached ${target} with ${key}`)
}

test('a facilitator sets up a group, plans, runs and pauses a session and takes notes with the keyboard alone', async ({ page, host }) => {
  test.setTimeout(180_000)
  await host.service.handlers['keys/unlock']({ passphrase: PASSPHRASE })
  await page.goto(host.url)
  // Tabbing starts once the screen is drawn: the header's buttons come one render after the rest.
  await expect(page.getByRole('link', { name: 'Set up my group' }).last()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible()

  await tabTo(page, page.getByRole('link', { name: 'Set up my group' }).last())
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByLabel('Group name'))
  await page.keyboard.type('Keyboard CoP')
  await page.keyboard.press('Enter')

  // Members: the dialog opens with its first field focused; Enter adds.
  await expect(page.getByRole('tab', { name: /Members/, selected: true })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Add member' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Add member' }).getByLabel('Name')).toBeFocused()
  await page.keyboard.type('Amélie Tremblay')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('cell', { name: 'Amélie Tremblay', exact: true })).toBeVisible()

  // Tabs move with the arrow keys; the plan dialog starts on its title.
  await tabTo(page, page.getByRole('tab', { name: /Members/ }), 250, 'Shift+Tab')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: /Sessions/, selected: true })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: 'Plan next session' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Plan the next session' }).getByLabel('Session title')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('list', { name: 'Agenda items' })).toBeVisible()

  // An agenda row moves with Alt+↓ from inside it.
  const firstTitle = page.getByRole('textbox', { name: 'Item', exact: true })
  const before = await firstTitle.inputValue()
  await tabTo(page, firstTitle)
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('textbox', { name: 'Item', exact: true })).not.toHaveValue(before)
  const opening = await page.getByRole('textbox', { name: 'Item', exact: true }).inputValue()

  await tabTo(page, page.getByRole('link', { name: 'Run live' }))
  await page.keyboard.press('Enter')
  // The live screen replaces the plan: tab only once it is there, or the first Tab lands on a page being swapped out.
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Start session' }))
  await page.keyboard.press('Enter')
  const title = page.getByTestId('timer').getByRole('heading')
  await expect(title).toHaveText(opening)
  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveText(before)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('tone-label')).toHaveText('Paused')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('tone-label')).not.toHaveText('Paused')

  // Notes follow the running item; typing in them never triggers a live shortcut.
  const summary = page.getByTestId('notes-panel').getByLabel('Case summary')
  await tabTo(page, summary)
  await page.keyboard.type('The group tried a new warm-up. Space and arrows stay text here.')
  await expect(summary).toHaveValue('The group tried a new warm-up. Space and arrows stay text here.')
  await expect(page.getByTestId('tone-label')).not.toHaveText('Paused')
  await expect(page.getByTestId('notes-panel').getByRole('status').first()).toHaveText('Saved')
})
