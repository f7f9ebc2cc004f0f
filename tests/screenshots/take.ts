import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from '@playwright/test'
import { ensureRenderer, launchChromium, withHost } from '../bench/browserHost'
import { log } from '../bench/report'

// `npm run screenshots` (builds first): the README's pictures of the main screens, taken from the
// test host on a temp folder loaded with the sample group, so they show what the app really draws.
// `-- --scheme dark` takes the dark theme (files get a "-dark" suffix); `-- --only live` one shot.
const { values: options } = parseArgs({ options: { scheme: { type: 'string', default: 'light' }, only: { type: 'string' }, out: { type: 'string', default: 'docs/screenshots' } } })
const scheme = options.scheme === 'dark' ? 'dark' : 'light'
const OUT = resolve(options.out)
const PASSPHRASE = 'sample kettle on the hill'
const NOTE = 'Jordan Whitlock, 15, plays for the Kingston Ice Hawks and freezes on penalty kicks since the March 3 final.'

/** Brings a panel to the top of the window, below the app's fixed 56 px header. */
function scrollBelowHeader(el: Element): void {
  window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72)
}

async function shot(page: Page, name: string): Promise<void> {
  if (options.only && options.only !== name) return
  // Let transitions (modals, progress bars) finish so the picture is the settled screen.
  await page.waitForTimeout(600)
  const path = join(OUT, `${name}${scheme === 'dark' ? '-dark' : ''}.png`)
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
  log(`  ${path}`)
}

async function main(): Promise<void> {
  ensureRenderer()
  await mkdir(OUT, { recursive: true })
  const browser = await launchChromium('screenshots')
  if (!browser) throw new Error('Screenshots need Chromium (set CHROMIUM_PATH)')
  try {
    await withHost('hearth-screenshots-', async (host) => {
      const h = host.service.handlers
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 })
      const page = await context.newPage()

      log(`Taking screenshots (${scheme}) into ${OUT}…`)
      await page.goto(host.url)
      await page.getByRole('button', { name: 'Try with a sample group' }).waitFor()
      await shot(page, 'home')

      // The notes key is open first, so the sample gets its notes.
      await h['keys/unlock']({ passphrase: PASSPHRASE })
      const sample = await h['app/load-sample']({})
      const groupId = sample.groupId
      // The oldest session: the one with notes and its closing steps filled in.
      const ended = (await h['groups/get']({ groupId })).sessions.find((s) => s.status === 'ended')?.id ?? sample.sessionId
      // A reload, so the group list beside every screen shows the sample too.
      await page.goto(`${host.url}#/groups/${groupId}/overview`)
      await page.reload()
      await page.getByRole('heading', { name: /Sample: Mental Performance CoP/ }).first().waitFor()
      await shot(page, 'group-overview')

      const today = new Date()
      const start = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}T${String(today.getHours()).padStart(2, '0')}:00`
      const plan = await h['sessions/plan-from-template']({ groupId, title: 'Session 3: Confidence after selection', scheduledStart: start })
      await page.goto(`${host.url}#/groups/${groupId}/sessions/${plan.id}`)
      await page.getByLabel('Session title').waitFor()
      await shot(page, 'plan-editor')

      // Live: started, moved on to the case, its protocol one phase in, two hands up, someone talking.
      await page.goto(`${host.url}#/groups/${groupId}/sessions/${plan.id}/live`)
      await page.getByRole('button', { name: 'Start session' }).click()
      const heading = page.getByTestId('timer').getByRole('heading')
      await heading.waitFor()
      for (let i = 0; i < 3 && !/^Case/.test((await heading.textContent()) ?? ''); i++) {
        await page.keyboard.press('ArrowRight')
        await page.waitForTimeout(300)
      }
      await page.getByRole('button', { name: 'Next phase' }).click()
      await page.getByRole('button', { name: /^Start talk time for / }).first().click()
      await page.keyboard.press('2')
      await page.keyboard.press('3')
      await page.mouse.click(5, 795)
      await page.evaluate(() => window.scrollTo(0, 0))
      await shot(page, 'live-session')

      // Notes: a first draft with a name, an age, a team and a date, underlined as typed.
      const panel = page.getByTestId('notes-panel')
      const summary = panel.getByLabel('Case summary')
      await summary.fill(NOTE)
      await panel.getByTestId('notes-summary').locator('mark').first().waitFor()
      await panel.evaluate(scrollBelowHeader)
      await shot(page, 'notes-flags')

      await page.goto(`${host.url}#/share/${plan.id}`)
      await page.getByTestId('timer').waitFor()
      await shot(page, 'share-view')

      // The ended session: its attendance and certificates table, then the summary it will export.
      await page.goto(`${host.url}#/groups/${groupId}/sessions/${ended}/live`)
      const certificates = page.getByTestId('certificates-panel')
      await certificates.getByRole('table').first().waitFor()
      await certificates.evaluate(scrollBelowHeader)
      await shot(page, 'certificates')

      await page.evaluate(() => window.scrollTo(0, 0))
      await page.getByRole('button', { name: 'Preview the summary' }).click()
      await page.getByRole('dialog', { name: 'Session summary' }).waitFor()
      await shot(page, 'summary-preview')
      await context.close()
    })
  } finally {
    await browser.close()
  }
}

await main()
