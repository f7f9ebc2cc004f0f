import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { audit, describeFindings, type Finding } from './a11ySupport'

// A computer set to Canadian French: Hearth's first run speaks French before anything is chosen.
test.use({ locale: 'fr-CA' })

const SHOTS = '.scratch'
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 640 }
]

async function photograph(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `${SHOTS}/french-${name}-${size.width}x${size.height}.png` })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

test('first run in French: welcome, a group, its members and a planned session, in French words, counts and dates', async ({ page, host }) => {
  test.setTimeout(240_000)
  const found: Finding[] = []
  const check = async (screen: string) => void found.push(...(await audit(page, screen)))

  await page.goto(host.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Hearth' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Essayer avec un groupe exemple' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Essayer le groupe exemple' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Paramètres' })).toBeVisible()
  await expect(page.getByText('Aucun groupe pour l’instant.')).toBeVisible()
  await check('accueil, espace vide')
  await photograph(page, 'welcome')

  // A group: the form's check speaks French, though the rule is the core schema's.
  await page.getByRole('link', { name: 'Créer mon groupe' }).click()
  await expect(page.getByRole('heading', { name: 'Nouveau groupe' })).toBeVisible()
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByText('Donnez un nom au groupe.')).toBeVisible()
  await expect(page.getByLabel('Lu à voix haute au début de chaque séance')).toHaveValue(/^Ce qui se dit ici reste ici\./)
  await check('nouveau groupe, avec messages de validation')
  await page.getByLabel('Nom du groupe').fill('CdP des coachs de Gatineau')
  await page.getByRole('button', { name: 'Créer le groupe' }).click()
  await expect(page.getByText('Groupe « CdP des coachs de Gatineau » créé. Ajoutez maintenant ses membres.')).toBeVisible()

  // Members: the French form, its French validation, and the counts in French form ("1 membre", "2 membres").
  await expect(page.getByRole('tab', { name: /Membres/, selected: true })).toBeVisible()
  await page.getByRole('button', { name: 'Ajouter le premier membre' }).click()
  const dialog = page.getByRole('dialog', { name: 'Ajouter un membre' })
  await expect(dialog.getByRole('button', { name: 'Fermer la fenêtre' })).toBeVisible()
  await dialog.getByRole('textbox', { name: /^Nom/ }).fill('Geneviève Lapointe')
  await dialog.getByLabel('Courriel').fill('genevieve-sans-arobase')
  await dialog.getByRole('button', { name: 'Ajouter un membre' }).click()
  await expect(dialog.getByText('Cette adresse courriel ne semble pas valide.')).toBeVisible()
  await check('fenêtre : ajouter un membre, avec validation')
  await dialog.getByLabel('Courriel').fill('genevieve@example.org')
  await dialog.getByRole('button', { name: 'Ajouter un membre' }).click()
  await expect(page.getByText('Fiche de Geneviève Lapointe enregistrée.')).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Groupes' })
  await expect(nav.getByText('Fermé · 1 membre', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Ajouter un membre' }).click()
  await dialog.getByRole('textbox', { name: /^Nom/ }).fill('Marc-André Roy')
  await dialog.getByLabel('Rôle').click()
  await page.getByRole('option', { name: 'Personne invitée' }).click()
  await dialog.getByRole('button', { name: 'Ajouter un membre' }).click()
  await expect(page.getByRole('table', { name: 'Membres' }).getByText('Marc-André Roy')).toBeVisible()
  await expect(nav.getByText('Fermé · 1 membre, 1 personne invitée', { exact: true })).toBeVisible()
  await expect(page.getByText('Groupe fermé · 1 membre sur un maximum de 8 et 1 personne invitée')).toBeVisible()
  await check('groupe : membres')

  // A session planned for Tuesday 8 December 2026 at 19:00: French times in the agenda, French minutes in the total.
  await page.getByRole('tab', { name: /Séances/ }).click()
  await expect(page.getByText('Aucune séance planifiée pour l’instant.', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: 'Planifier la prochaine séance' }).click()
  const plan = page.getByRole('dialog', { name: 'Planifier la prochaine séance' })
  await plan.getByLabel('Titre de la séance').fill('Séance 1 — décembre')
  await plan.getByLabel('Date et heure de début').fill('2026-12-08T19:00')
  await plan.getByRole('button', { name: 'Créer le plan' }).click()
  await expect(page.getByRole('list', { name: 'Points à l’ordre du jour' })).toBeVisible()
  // OQLF clock times: "19 h", never "19:00".
  await expect(page.getByTestId('agenda-item').first()).toContainText('19\u00a0h')
  await expect(page.getByTestId('agenda-item').nth(1)).toContainText('19\u00a0h\u00a005')
  await expect(page.getByTestId('plan-total')).toContainText('Exactement 90 minutes prévues')
  await expect(page.getByRole('link', { name: 'Lancer en direct' })).toBeVisible()
  await check('éditeur de plan')

  // Reordering by the keyboard, as a screen reader hears it: the instructions and the moves in French.
  const handle = page.getByRole('button', { name: 'Réordonner Accueil, règles et rappel de confidentialité' })
  const announcer = page.locator('[id^="DndLiveRegion"]')
  await expect(page.locator('[id^="DndDescribedBy"]').first()).toHaveText(/^Pour saisir un point de l’ordre du jour, appuyez sur Espace ou Entrée\./)
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await expect(announcer).toContainText('Accueil, règles et rappel de confidentialité saisi, point 1 sur 8.')
  await page.keyboard.press('ArrowDown')
  await expect(announcer).toContainText('Accueil, règles et rappel de confidentialité a été déplacé à la position 2 sur 8.')
  await page.keyboard.press('Escape')
  await expect(announcer).toContainText('Déplacement annulé; Accueil, règles et rappel de confidentialité garde sa place.')

  // One real edit round-trips: the title saves, the status says so in French, the file has it.
  await page.getByLabel('Titre de la séance').fill('Séance 1 — 8 décembre')
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible()
  await expect
    .poll(async () => {
      const workspace = JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8'))
      return workspace.sessions.map((s: { title: string }) => s.title)
    })
    .toEqual(['Séance 1 — 8 décembre'])

  // A missing item title: the autosave refuses it and says why in French.
  await page.getByTestId('agenda-item').first().getByRole('textbox').first().fill('')
  await expect(page.getByRole('status').filter({ hasText: 'Non enregistré : Donnez un titre à chaque point.' })).toBeVisible()
  await page.getByTestId('agenda-item').first().getByRole('textbox').first().fill('Accueil')
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible()

  // A real service error, in French: the disk fills up under the autosave, then recovers.
  host.failWrites('ENOSPC')
  await page.getByLabel('Titre de la séance').fill('Séance 1 — disque plein')
  const saveStatus = page.getByRole('status').filter({ hasText: /Enregistré|Enregistrement|Non enregistré/ })
  await expect(saveStatus).toContainText(
    'Non enregistré\u00a0: Le fichier de la séance n’a pas été enregistré\u00a0: le disque est plein (ENOSPC). La version précédente sur le disque est intacte.'
  )
  await expect(saveStatus).toHaveAttribute('data-save-state', 'error')
  host.failWrites(null)
  await page.getByRole('button', { name: 'Réessayer maintenant' }).click()
  await expect(saveStatus).toHaveText('Enregistré')

  await page.getByRole('link', { name: 'Séances' }).click()
  await expect(page.getByText(/mar\. 8 déc\. 2026 19\u00a0h$/)).toBeVisible()
  await expect(page.getByText('Prévue', { exact: true })).toBeVisible()
  await check('groupe : séances')
  await photograph(page, 'group-sessions')

  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Vos groupes' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ouvrir un groupe exemple' })).toBeVisible()
  await check('accueil, avec un groupe')
  await photograph(page, 'home')

  expect(found, describeFindings(found)).toEqual([])
})

test('Settings and Backups in French; choosing a language switches the whole window at once', async ({ page, host }) => {
  test.setTimeout(180_000)
  const found: Finding[] = []
  const check = async (screen: string) => void found.push(...(await audit(page, screen)))

  await page.goto(`${host.url}#/settings`)
  await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible()
  const language = page.getByRole('combobox', { name: 'Langue et région' })
  await expect(language).toHaveValue('Comme sur cet ordinateur')
  const preview = page.getByText(/^Détermine la langue de Hearth ainsi que l’écriture des dates et des heures\./)
  await expect(preview).toBeVisible()
  // Today in French form: "dimanche 22 novembre 2026, 13 h 45".
  await expect(preview).toHaveText(/se liront ainsi\s:\s\S+ \d{1,2} \S+ \d{4}, \d{1,2}\u00a0h(\u00a0\d{2})?\.$/)
  await expect(page.getByRole('group', { name: 'Carillons' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Enregistrer les paramètres' })).toBeVisible()
  await check('paramètres')
  await photograph(page, 'settings')

  // English (Canada), picked: the window speaks English at once, no reload, and the choice is on disk.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
  await language.click()
  await page.getByRole('option', { name: 'English (Canada)' }).click()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'New group' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Language and region' })).toHaveValue('English (Canada)')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
  await expect
    .poll(async () => JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8')).settings.locale)
    .toBe('en-CA')

  // And back to French, by its own name, still without a reload.
  await page.getByRole('combobox', { name: 'Language and region' }).click()
  await page.getByRole('option', { name: 'Français (Canada)' }).click()
  await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Nouveau groupe' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click()
  await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  await expect
    .poll(async () => JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8')).settings.locale)
    .toBe('fr-CA')

  // Backups: one made by hand round-trips into the table, worded and dated in French.
  await page.getByRole('link', { name: 'Sauvegardes et restauration' }).click()
  await expect(page.getByRole('heading', { name: 'Sauvegardes' })).toBeVisible()
  await expect(page.getByText('Aucune sauvegarde pour l’instant')).toBeVisible()
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click()
  await expect(page.getByText(/^Sauvegarde faite \(.+ \d{4} \d{1,2}\u00a0h(\u00a0\d{2})?\)\.$/)).toBeVisible()
  const rows = page.getByRole('row')
  await expect(rows.nth(1)).toContainText('Faite par vous')
  await expect(rows.nth(1)).toContainText(/\d+(,\d)?\sko/)
  await expect(page.getByRole('columnheader', { name: 'Prise le' })).toBeVisible()
  await check('sauvegardes')
  await rows.nth(1).getByRole('button', { name: /^Restaurer la sauvegarde du / }).click()
  const restore = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde?' })
  await expect(restore.getByText(/Hearth remettra les groupes, les séances, les notes et les images/)).toBeVisible()
  await expect(restore.getByText('(faite par vous).')).toBeVisible()
  await check('fenêtre : restaurer une sauvegarde')
  await restore.getByRole('button', { name: 'Annuler' }).click()
  await expect(restore).toBeHidden()
  await photograph(page, 'backups')

  expect(found, describeFindings(found)).toEqual([])
})
