import type { Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import type { Host } from '../host/server'
import { expect, test } from './fixtures'

// Only the shown language's words are loaded: English is in the app's first chunk, French in a
// chunk of its own, loaded before the first render of a French window.

const FRENCH_CHUNK = /\/assets\/fr-CA-[^/]*\.js$/

async function seedSession(host: Host, locale?: 'fr-CA') {
  const h = host.service.handlers
  if (locale) await h['settings/update']({ settings: { ...(await h['settings/get']({})), locale } })
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Catalogue CoP' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1', scheduledStart: '2026-12-08T19:00' })
  return `${host.url}#/groups/${group.id}/sessions/${plan.id}/live`
}

/** Every button label the page has shown since it started loading, in order, without repeats. */
async function recordButtonLabels(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { seenLabels: string[] }).seenLabels = seen
    const note = () => {
      for (const button of document.querySelectorAll('button')) {
        const label = button.textContent?.trim() ?? ''
        if (label && !seen.includes(label)) seen.push(label)
      }
    }
    document.addEventListener('DOMContentLoaded', () => new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true }))
  })
}

const seenLabels = (page: Page) => page.evaluate(() => (window as unknown as { seenLabels: string[] }).seenLabels)

const frenchRequests = (page: Page) => {
  const asked: string[] = []
  page.on('request', (request) => {
    if (FRENCH_CHUNK.test(request.url())) asked.push(request.url())
  })
  return asked
}

test.describe('an English computer', () => {
  test.use({ locale: 'en-US' })

  test('never downloads the French words, and the live screen works', async ({ page, host }) => {
    const asked = frenchRequests(page)
    await page.goto(await seedSession(host))
    await expect(page.getByRole('button', { name: 'Start session' })).toBeEnabled()
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    expect(asked).toEqual([])
  })

  test('with French chosen in Settings, the first frame is already French', async ({ page, host }) => {
    await recordButtonLabels(page)
    await page.goto(await seedSession(host, 'fr-CA'))
    await expect(page.getByRole('button', { name: 'Commencer la séance' })).toBeEnabled()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
    const labels = await seenLabels(page)
    expect(labels).toContain('Commencer la séance')
    expect(labels).not.toContain('Start session')
  })

  test('a window last shown in French fetches its words early, but the settings still decide the language', async ({ page, host }) => {
    await page.addInitScript(() => localStorage.setItem('hearth-last-locale', 'fr-CA'))
    await recordButtonLabels(page)
    const asked = frenchRequests(page)
    await page.goto(await seedSession(host))
    await expect(page.getByRole('button', { name: 'Start session' })).toBeEnabled()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
    expect(await seenLabels(page)).not.toContain('Commencer la séance')
    expect(asked).toHaveLength(1)
    expect(await page.evaluate(() => localStorage.getItem('hearth-last-locale'))).toBe('en-US')
  })

  test('switching to French in Settings loads its words and shows them without a reload', async ({ page, host }) => {
    const asked = frenchRequests(page)
    await page.goto(`${host.url}#/settings`)
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
    expect(asked).toEqual([])
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    await page.getByRole('combobox', { name: 'Language and region' }).click()
    await page.getByRole('option', { name: 'Français (Canada)' }).click()
    await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
    expect(asked).toHaveLength(1)
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  })
})

test.describe('a French computer', () => {
  test.use({ locale: 'fr-CA' })

  test('gets the live screen in French from its first frame, never English first', async ({ page, host }) => {
    await recordButtonLabels(page)
    const asked = frenchRequests(page)
    await page.goto(await seedSession(host))
    await expect(page.getByRole('button', { name: 'Commencer la séance' })).toBeEnabled()
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Raccourcis clavier' })).toBeVisible()
    const labels = await seenLabels(page)
    expect(labels).toContain('Commencer la séance')
    expect(labels).not.toContain('Start session')
    expect(asked).toHaveLength(1)
  })
})
