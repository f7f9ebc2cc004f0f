import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { audit, describeFindings, type Finding } from './a11ySupport'
import { expect, test } from './fixtures'

// A French-speaking computer, the language left on "Same as this computer": the sample group, the
// built-in protocols and the default plan come in French, and so do the service's refusals and a
// damaged backup's explanation.
test.use({ locale: 'fr-CA' })

const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime()
// Where a person looks at the screenshots this spec takes (gitignored).
const SHOTS = join(process.cwd(), '.scratch', 'french-builtins')
const phaseTitle = (page: Page) => page.getByTestId('phase-title')

/** The request a window sends through its own bridge, as the screens do. */
const invoke = (page: Page, channel: string, args: unknown) =>
  page.evaluate(
    ([c, a]) => (window as unknown as { hearth: { invoke: (c: string, a: unknown) => Promise<unknown> } }).hearth.invoke(c, a),
    [channel, args] as const
  )

/** The screen at the two sizes a shared screen or a small laptop gives it, scrolled to what matters. */
async function shoot(page: Page, name: string, scrollTo: string) {
  await mkdir(SHOTS, { recursive: true })
  for (const [width, height] of [
    [1280, 720],
    [1024, 640]
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.getByTestId(scrollTo).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) })
    // Nothing may stick out sideways: a cut-off French word is the usual sign.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}×${height}`).toBeLessThanOrEqual(width)
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}

test('in French: the sample group from the welcome screen, a French protocol run live, a refused action and a damaged backup said in French', async ({ page, host }) => {
  test.setTimeout(240_000)
  const found: Finding[] = []
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.clock.install({ time: at(18, 40) })
  await page.goto(host.url)

  // The welcome screen offers the sample; it opens on the sample's last session, in French.
  await page.getByRole('button', { name: 'Essayer le groupe exemple' }).click()
  const nav = page.getByRole('navigation', { name: 'Groupes' })
  // The sample runs two whole sessions through the services first: on a busy machine that takes a while.
  await expect(nav.getByRole('link', { name: /^Exemple\s:\sCdP en performance mentale/ })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('Séance 2\u00a0: retour au jeu après une blessure').first()).toBeVisible()
  await expect(page.getByText('Cas 1\u00a0: protocole de consultation').first()).toBeVisible()
  const groupId = /#\/groups\/([^/]+)\//.exec(page.url())?.[1] ?? ''

  // A new plan from the default template: French items, a French count.
  await page.goto(`${host.url}#/groups/${groupId}/sessions`)
  await page.getByRole('button', { name: 'Planifier la prochaine séance' }).click()
  const dialog = page.getByRole('dialog', { name: 'Planifier la prochaine séance' })
  await dialog.getByLabel('Titre de la séance').fill('Séance 3 — décembre')
  await dialog.getByLabel('Date et heure de début').fill('2026-12-08T19:00')
  await dialog.getByRole('button', { name: 'Créer le plan' }).click()
  const agenda = page.getByRole('list', { name: 'Points à l’ordre du jour' })
  await expect(agenda.getByTestId('agenda-item')).toHaveCount(8)
  await expect(agenda.getByRole('button', { name: 'Réordonner Accueil, règles et rappel de confidentialité' })).toBeVisible()
  await expect(agenda).toContainText('Protocole\u00a0: Protocole de consultation')
  await expect(page.getByTestId('plan-total')).toContainText('Exactement 90 minutes prévues')
  const sessionId = /#\/groups\/[^/]+\/sessions\/([^/]+)/.exec(page.url())?.[1] ?? ''
  await page.getByRole('link', { name: 'Lancer en direct' }).click()

  // Live: the start panel counts the French plan; start at 19 h.
  await page.clock.pauseAt(at(19, 0))
  await expect(page.getByText(/^8\u00a0points à l’ordre du jour, 90\u00a0minutes prévues\./)).toBeVisible()
  await page.getByRole('button', { name: 'Commencer la séance' }).click()
  await expect(page.getByTestId('time-left')).toHaveText('5:00')

  // A refused action, said in French by the screen: the opening item cannot go below one minute.
  const less = page.getByRole('button', { name: '1\u00a0min de moins pour ce point' })
  for (let i = 0; i < 4; i++) await less.click()
  await expect(page.getByTestId('time-left')).toHaveText('1:00')
  await less.click()
  await expect(page.getByText('Ce point est déjà réduit à une minute.')).toBeVisible()
  // And by the service, through the window's bridge: starting a session that has already started.
  expect(await invoke(page, 'live/append', { sessionId, event: { type: 'started', at: at(19, 1), endAt: at(20, 30) } })).toEqual({
    ok: false,
    error: { code: 'invalid-input', message: 'Cette séance a déjà commencé.' }
  })

  // The check-in round, then Case 1: the consultation protocol, its phases in French.
  await page.keyboard.press('ArrowRight')
  await expect(phaseTitle(page)).toHaveText('Tour de table')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const panel = page.getByTestId('case-panel')
  await expect(panel).toContainText('Protocole de consultation · phase 1 sur 6')
  await expect(phaseTitle(page)).toHaveText('Survol et question centrale')
  await expect(panel).toContainText('La personne qui présente parle; le groupe écoute')
  await expect(panel).toContainText('Quel est le dilemme, qu’avez-vous essayé, et quelle est votre question centrale?')
  await shoot(page, 'live-protocol', 'case-panel')
  found.push(...(await audit(page, 'live: protocol (fr-CA)', { fakeClock: true })))

  // One phase on, by a real click: saved to the session file and shown in French.
  await page.getByRole('button', { name: 'Phase suivante' }).click()
  await expect(phaseTitle(page)).toHaveText('Questions de clarification')
  await expect(panel).toContainText('Questions seulement\u00a0: réponses brèves et factuelles')
  await expect
    .poll(async () => (JSON.parse(await readFile(join(host.dataDir, 'sessions', `${sessionId}.json`), 'utf8')).live.events as { type: string }[]).map((e) => e.type))
    .toContain('phase-moved')
  // The session kept the French protocol it started with.
  const stored = JSON.parse(await readFile(join(host.dataDir, 'sessions', `${sessionId}.json`), 'utf8')).live.protocols as { id: string; name: string }[]
  expect(stored.find((p) => p.id === 'consultancy')?.name).toBe('Protocole de consultation')

  // Backups: one made by a click (the newest, listed first), then its copy of this session changed on disk.
  await page.clock.resume()
  await page.goto(`${host.url}#/backups`)
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.nth(1)).toContainText('Faite par vous')
  const backupId = (await readdir(join(host.dataDir, 'backups'))).filter((name) => !name.startsWith('.')).sort().at(-1)
  await writeFile(join(host.dataDir, 'backups', backupId!, 'sessions', `${sessionId}.json`), '{}')
  await page.reload()
  await expect(rows.nth(1)).toContainText('Endommagée')
  await expect(rows.nth(1)).toContainText(`La copie de sessions/${sessionId}.json a changé depuis la sauvegarde.`)
  await expect(rows.nth(1).getByRole('button', { name: /^Restaurer la sauvegarde/ })).toBeDisabled()
  found.push(...(await audit(page, 'backups: damaged (fr-CA)')))

  expect(found, describeFindings(found)).toEqual([])
})
