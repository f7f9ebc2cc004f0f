import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import type { Host } from '../host/server'
import { audit, describeFindings, type Finding } from './a11ySupport'
import { expect, test } from './fixtures'

// The computer says English; the facilitator chose Français (Canada) in Settings.
test.use({ locale: 'en-CA' })

const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime()
const MEMBER_NAMES = ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair']
// Where a person looks at the screenshots this spec takes (gitignored).
const SHOTS = join(process.cwd(), '.scratch', 'french-live')

async function seedInFrench(host: Host) {
  const h = host.service.handlers
  await h['settings/update']({ settings: { ...(await h['settings/get']({})), locale: 'fr-CA' } })
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'CdP des préparateurs mentaux d’Ottawa' } })
  for (const name of MEMBER_NAMES) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Séance de décembre', scheduledStart: '2026-12-08T19:00' })
  return { plan, liveUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}/live`, shareUrl: `${host.url}#/share/${plan.id}` }
}

/** The same screen at the two sizes a shared screen or a small laptop gives it. */
async function shoot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true })
  for (const [width, height] of [
    [1280, 720],
    [1024, 640]
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) })
    // The lower half of the live screen (turns, the end of the agenda), as one scroll shows it.
    if (name === 'live') {
      await page.getByTestId('turns-panel').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SHOTS, `${name}-lower-${width}x${height}.png`) })
      await page.evaluate(() => window.scrollTo(0, 0))
    }
    // Nothing may stick out sideways: a cut-off French word is the usual sign.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}×${height}`).toBeLessThanOrEqual(width)
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}

test('the live screen and the share view speak Canadian French, work, and pass axe', async ({ page, host, context }) => {
  test.setTimeout(240_000)
  const { plan, liveUrl, shareUrl } = await seedInFrench(host)
  const events = async () => JSON.parse(await readFile(join(host.dataDir, 'sessions', `${plan.id}.json`), 'utf8')).live.events as { type: string }[]
  const found: Finding[] = []
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.clock.install({ time: at(18, 59) })
  await page.goto(liveUrl)
  await page.clock.pauseAt(at(19, 0))

  // The start panel: a count, the booked end as a 24-hour French time, the key named in French.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
  await expect(page.getByRole('heading', { name: 'Prêt à commencer?' })).toBeVisible()
  await expect(page.getByText(/^\d+\u00a0points à l’ordre du jour, 90\u00a0minutes prévues\./)).toBeVisible()
  await expect(page.getByRole('radio', { name: '20\u00a0h\u00a030, comme prévu' })).toBeChecked()
  await expect(page.getByText('ou appuyez sur Espace')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Séances' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Vue partagée', exact: true })).toBeVisible()
  found.push(...(await audit(page, 'live: start panel (fr-CA)', { fakeClock: true })))

  // Start: the controls, the tone, the session against its end, the agenda, all in French.
  await page.getByRole('button', { name: 'Commencer la séance' }).click()
  await expect(page.getByTestId('time-left')).toHaveText('5:00')
  await expect(page.getByTestId('time-left')).toHaveAccessibleName('Il reste 5:00')
  await expect(page.getByTestId('tone-label')).toHaveText('Dans les temps')
  // A control's name ends with its key cap: "Pause Espace".
  for (const name of [/^Précédent/, /^Pause Espace$/, /^Point suivant/, /^Terminer la séance$/, /^Raccourcis \(\?\)$/]) await expect(page.getByRole('button', { name })).toBeVisible()
  await expect(page.getByRole('button', { name: '1\u00a0min de plus pour ce point' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Couper les carillons' })).toBeVisible()
  await expect(page.getByTestId('session-timing')).toContainText('Séance à l’heure')
  await expect(page.getByTestId('session-timing')).toContainText('Fin estimée 20\u00a0h\u00a030 · limite 20\u00a0h\u00a030')
  await expect(page.getByRole('list', { name: 'Ordre du jour' })).toContainText('en cours')

  // Back from the first item: told so in French.
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText('C’est le premier point.')).toBeVisible()

  // Turns: talk time by a person's name, then a round, in French.
  await expect(page.getByText('Cliquez sur une personne quand elle prend la parole.')).toBeVisible()
  await page.getByRole('button', { name: 'Démarrer le temps de parole pour Amélie Tremblay' }).click()
  await expect(page.getByRole('button', { name: 'Arrêter le temps de parole pour Amélie Tremblay' })).toBeVisible()
  await expect(page.getByTestId('current-speaker')).toContainText('Amélie Tremblay')
  await page.getByRole('button', { name: 'Lancer un tour de table' }).click()
  await expect(page.getByTestId('round')).toContainText('Tour de table\u00a0: Amélie Tremblay a la parole · 0 sur 3 a parlé')
  await page.getByRole('button', { name: 'Personne suivante' }).click()
  await expect(page.getByTestId('round')).toContainText('Owen Hughes a la parole · 1 sur 3 a parlé')
  await page.keyboard.press('2')
  await expect(page.getByTestId('queued')).toHaveText(/Owen Hughes/)
  await expect(page.getByRole('button', { name: 'Retirer Owen Hughes de la file' })).toBeVisible()

  // The warning cue, in words as well as a chime.
  await page.clock.fastForward('04:00')
  await expect(page.getByTestId('tone-label')).toHaveText('Il est temps de conclure')
  await expect(page.getByTestId('cue-flash')).toContainText('Il est temps de conclure · un carillon')
  found.push(...(await audit(page, 'live: running, round, queue (fr-CA)', { fakeClock: true })))
  await shoot(page, 'live')

  // One real action round-trips: pause is saved to the session file and shown in French.
  await page.getByRole('button', { name: /^Pause Espace$/ }).click()
  await expect(page.getByTestId('tone-label')).toHaveText('En pause')
  await expect(page.getByRole('button', { name: /^Reprendre Espace$/ })).toBeVisible()
  await expect.poll(async () => (await events()).map((e) => e.type)).toContain('paused')
  await page.getByRole('button', { name: /^Reprendre Espace$/ }).click()

  // The shortcut sheet names its keys in French.
  await page.keyboard.press('?')
  await page.clock.runFor(500)
  const sheet = page.getByRole('dialog', { name: 'Raccourcis clavier' })
  await expect(sheet.getByRole('row').first()).toHaveText(/Espace\s*Commencer, mettre en pause ou reprendre/)
  found.push(...(await audit(page, 'live: shortcut sheet (fr-CA)', { fakeClock: true })))
  await page.keyboard.press('Escape')
  await page.clock.runFor(500)

  // The share view, as the room sees it: French words, the speaker, nothing private.
  const share = await context.newPage()
  await share.setViewportSize({ width: 1280, height: 720 })
  await share.clock.install({ time: at(19, 4, 30) })
  await share.goto(shareUrl)
  await share.clock.pauseAt(at(19, 4, 40))
  await expect(share.getByTestId('share-view')).toBeVisible()
  await expect(share.getByTestId('tone-label')).toHaveText('Il est temps de conclure')
  await expect(share.getByTestId('share-speaker')).toHaveText('La parole est à Owen Hughes')
  await expect(share.locator('html')).toHaveAttribute('lang', 'fr-CA')
  const shared = await share.locator('body').innerText()
  for (const privateText of ['Amélie', 'Priya', 'Sauter', 'Rééquilibr', 'temps de parole', 'Présence']) expect(shared, `share view must not show "${privateText}"`).not.toContain(privateText)
  found.push(...(await audit(share, 'share view (fr-CA)', { fakeClock: true })))
  await shoot(share, 'share')
  await share.close()

  expect(found, describeFindings(found)).toEqual([])
})
