import type { Locator, Page } from '@playwright/test'
import { messagesFor } from '../../src/core/i18n/messages'
import { expect, test } from './fixtures'
import { PASSPHRASE, SCHEMES, at, seedGroup } from './a11ySupport'

/**
 * The smallest window Hearth promises (1024×640) never scrolls sideways on a main screen, and the
 * live countdown is large on the 1280×720 a shared screen usually is. With HEARTH_SCREENSHOTS set
 * to a folder, each screen is also photographed at both sizes in both schemes for a person to look at.
 */
const SHOTS = process.env.HEARTH_SCREENSHOTS
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 720 }
]

const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
  })

for (const colorScheme of SCHEMES) {
  test(`no screen scrolls sideways at 1024×640, ${colorScheme}; the live countdown is large at 1280×720`, async ({ page, host, context }) => {
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
    const seeded = await seedGroup(host)
    await host.service.handlers['keys/unlock']({ passphrase: PASSPHRASE })
    const problems: string[] = []

    const look = async (name: string, ready: () => Promise<void>) => {
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await ready()
        if (size.width === 1024) {
          const { scrollWidth, clientWidth } = await overflow(page)
          if (scrollWidth > clientWidth) problems.push(`${name}: ${scrollWidth}px of content in a ${clientWidth}px window`)
        }
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}-${colorScheme}.png` })
      }
    }

    await page.goto(host.url)
    await look('home', () => expect(page.getByRole('heading', { name: 'Your groups' })).toBeVisible())
    await page.goto(`${host.url}#/new-group`)
    await look('new-group', () => expect(page.getByRole('heading', { name: 'New group' })).toBeVisible())
    for (const tab of ['members', 'sessions', 'protocols', 'certificates']) {
      await page.goto(seeded.groupUrl(tab))
      await look(`group-${tab}`, () => expect(page.getByRole('tab', { selected: true })).toBeVisible())
    }
    await page.goto(seeded.planUrl)
    await look('plan', () => expect(page.getByRole('list', { name: 'Agenda items' })).toBeVisible())
    await page.goto(`${host.url}#/settings`)
    await look('settings', () => expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible())

    await page.clock.install({ time: at(18, 59) })
    await page.goto(seeded.liveUrl)
    await page.clock.pauseAt(at(19, 0))
    await look('live-before-start', () => expect(page.getByRole('button', { name: 'Start session' })).toBeVisible())
    await page.getByRole('button', { name: 'Start session' }).click()
    await page.clock.fastForward('04:20')
    await look('live-warning', () => expect(page.getByTestId('timer')).toHaveAttribute('data-tone', 'warning'))

    // Readable from across a room: at 1280×720 the desk countdown is at least 90 px tall.
    await page.setViewportSize({ width: 1280, height: 720 })
    const digits = await page.getByTestId('time-left').boundingBox()
    expect(digits?.height ?? 0).toBeGreaterThanOrEqual(90)

    const share = await context.newPage()
    await share.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
    await share.clock.install({ time: at(19, 4) })
    await share.clock.pauseAt(at(19, 4, 30))
    await share.goto(seeded.shareUrl)
    for (const size of SIZES) {
      await share.setViewportSize(size)
      await expect(share.getByTestId('time-left')).toBeVisible()
      const box = await share.getByTestId('time-left').boundingBox()
      // The room view: the countdown is the largest thing on the screen, wholly in view.
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(size.height * 0.25)
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height)
      const { scrollWidth, clientWidth } = await overflow(share)
      if (scrollWidth > clientWidth) problems.push(`share view at ${size.width}: ${scrollWidth}px in ${clientWidth}px`)
      if (SHOTS) await share.screenshot({ path: `${SHOTS}/share-${size.width}x${size.height}-${colorScheme}.png` })
    }
    await share.close()

    expect(problems).toEqual([])
  })
}

/**
 * The group page at the smallest window, in English and in French (some 20–30 % longer): the five
 * tabs stay on one line, and each tab's main button is in view without scrolling. Names come from
 * the catalogues, so the French run reads what a French speaker reads.
 */
for (const locale of ['en-CA', 'fr-CA'] as const) {
  test(`the group page keeps its tabs on one line and each tab's main action in view at 1024×640, ${locale}`, async ({ page, host }) => {
    test.setTimeout(120_000)
    const t = messagesFor(locale)
    const seeded = await seedGroup(host)
    const settings = await host.service.handlers['settings/get']({})
    await host.service.handlers['settings/update']({ settings: { ...settings, locale } })
    await page.setViewportSize({ width: 1024, height: 640 })

    const mainAction: Record<string, (panel: Locator) => Locator> = {
      overview: (panel) => panel.getByRole('button', { name: t.groups.overview.saveChanges }),
      members: (panel) => panel.getByRole('button', { name: t.members.add }),
      sessions: (panel) => panel.getByRole('button', { name: t.sessions.panel.planNext }),
      // The protocols and certificates tabs belong to other areas: their first button and first heading.
      protocols: (panel) => panel.getByRole('button').first(),
      certificates: (panel) => panel.getByRole('heading').first()
    }
    for (const [tab, action] of Object.entries(mainAction)) {
      await page.goto(seeded.groupUrl(tab))
      const panel = page.getByRole('tabpanel')
      await expect(action(panel)).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', locale)

      const tops = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)))
      expect(tops, `${tab}: every tab on the first row`).toHaveLength(5)
      expect(new Set(tops).size, `${tab}: tabs at ${tops.join(', ')} px`).toBe(1)
      const list = await page.getByRole('tablist').evaluate((row) => ({ scrollWidth: row.scrollWidth, clientWidth: row.clientWidth }))
      // Not cut off either: the row holds every tab without needing its sideways scroll.
      expect(list.scrollWidth, `${tab}: tab row ${list.scrollWidth}px in ${list.clientWidth}px`).toBeLessThanOrEqual(list.clientWidth)

      const box = await action(panel).boundingBox()
      expect(box, `${tab}: main action laid out`).not.toBeNull()
      expect((box?.y ?? 0) + (box?.height ?? 0), `${tab}: main action above the fold`).toBeLessThanOrEqual(640)
      await expect(action(panel)).toBeInViewport()
      const { scrollWidth, clientWidth } = await overflow(page)
      expect(scrollWidth, `${tab}: no sideways scroll`).toBeLessThanOrEqual(clientWidth)
    }
  })
}
