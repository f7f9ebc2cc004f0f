import type { Page } from '@playwright/test'
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
