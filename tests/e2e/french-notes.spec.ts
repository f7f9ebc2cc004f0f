import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NEW_CPD_RULE_DEFAULTS } from '../../src/core/attendance/cpdRule'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import type { Host } from '../host/server'
import { at, audit, describeFindings, settle, type Finding } from './a11ySupport'
import { expect, test } from './fixtures'

// French puts a no-break space before a colon and inside « »; the page keeps it.
const nb = '\u00a0'

/** A Gatineau group that works in French: three members, a 20-minute session on 8 December 2026 at 19:00. */
async function seedFrench(host: Host) {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'CdP des intervenants de Gatineau' } })
  await h['settings/update']({ settings: { ...(await h['settings/get']({})), locale: 'fr-CA' } })
  await h['cpd/update-rule']({ groupId: group.id, rule: { ...NEW_CPD_RULE_DEFAULTS, provider: { name: 'CdP de Gatineau', contact: '' }, facilitatorName: 'Nadia Roy' } })
  for (const name of ['Léa Gagnon', 'Tom Price', 'Kiri Walker']) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const planned = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Décembre', scheduledStart: '2026-12-08T19:00' })
  const items = planned.items.slice(0, 2).map((item) => ({ ...item, minutes: 10, kind: 'standard' as const }))
  await h['sessions/update-plan']({ sessionId: planned.id, plan: { ...planned, items, plannedMinutes: 20 } })
  return { group, planned, liveUrl: `${host.url}#/groups/${group.id}/sessions/${planned.id}/live`, groupUrl: (tab: string) => `${host.url}#/groups/${group.id}/${tab}` }
}

test('en français : notes with a name and an age flagged and replaced, attendance, closing, summary and certificates, axe-clean', async ({ page, host }) => {
  test.setTimeout(240_000)
  const { liveUrl } = await seedFrench(host)
  await host.service.handlers['keys/unlock']({ passphrase: 'une phrase de passe pour le test' })
  const outDir = await mkdtemp(join(tmpdir(), 'hearth-attestations-'))
  host.answerDialogs((request) => (request.kind === 'folder' ? outDir : null))
  const found: Finding[] = []
  const check = async (screen: string) => void found.push(...(await audit(page, screen, { fakeClock: true })))

  await page.clock.install({ time: at(18, 58) })
  await page.goto(liveUrl)
  await page.clock.pauseAt(at(18, 59))
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')

  // Attendance: two here before the start, one who sent apologies.
  const attendance = page.getByTestId('attendance-panel')
  await expect(attendance.getByRole('heading', { name: 'Présence' })).toBeVisible()
  await attendance.getByRole('button', { name: 'Arrivée de Léa Gagnon' }).click()
  await attendance.getByRole('button', { name: 'Arrivée de Tom Price' }).click()
  await attendance.getByRole('button', { name: 'Absence motivée\u00a0: Kiri Walker' }).click()
  await expect(attendance).toContainText('2 sur 3 dans la salle')
  await expect(attendance.locator('[data-person="Léa Gagnon"]')).toContainText('Dans la salle · présence dès le début')
  await expect(attendance.locator('[data-person="Kiri Walker"]')).toContainText('Absence motivée')

  await page.clock.pauseAt(at(19, 0))
  await page.getByRole('button', { name: 'Commencer la séance' }).click()

  // A note with a name and an age: both flagged, labelled in French.
  const notes = page.getByTestId('notes-panel')
  await expect(notes.getByRole('heading', { name: 'Notes confidentielles' })).toBeVisible()
  const summary = notes.getByLabel('Résumé du cas')
  await summary.fill('Marcel Dubois, 15 ans, hockey.')
  // The underlines come once typing pauses: time has to pass for that.
  await page.clock.runFor(500)
  const flags = notes.getByTestId('notes-summary').getByRole('list', { name: 'Identifiants possibles' }).getByRole('listitem')
  await expect(flags).toHaveCount(2)
  await expect(flags.nth(0)).toContainText('Nom')
  await expect(flags.nth(1)).toContainText('Âge')
  await expect(notes.getByTestId('open-flag-count')).toHaveText('2 identifiants possibles à régler dans les notes de cette séance.')
  await check('live (fr-CA): notes with two flags, attendance')

  // The name becomes a pseudonym written in French (a real edit, saved sealed), the age is said not to identify.
  await notes.getByRole('button', { name: `Remplacer «${nb}Marcel Dubois${nb}» par Personne A` }).click()
  await expect(summary).toHaveValue('Personne A, 15 ans, hockey.')
  await notes.getByRole('button', { name: `«${nb}15 ans${nb}» n’est pas un identifiant` }).click()
  await expect(flags).toHaveCount(0)
  await expect(notes.getByTestId('open-flag-count')).toHaveText('Il ne reste aucun identifiant possible dans les notes de cette séance.')
  await page.clock.runFor(1000)
  await expect(notes.locator('[data-save-state="saved"]')).toBeVisible()
  // The status line's word belongs to the shared save indicator (src/ui/lib): French once that area is.
  await expect(notes.getByRole('status')).toHaveText(/Enregistré|Saved/)

  await page.clock.fastForward('20:00')
  await page.getByRole('button', { name: /^(End session|Terminer la séance)$/ }).click()
  await settle(page)
  await page.getByRole('dialog').getByRole('button', { name: /^(End session|Terminer la séance)$/ }).click()
  await settle(page)

  // Closing, in French.
  const closing = page.getByTestId('closing-panel')
  await expect(closing.getByRole('heading', { name: 'Clôture de la séance' })).toBeVisible()
  await closing.getByRole('radiogroup', { name: 'Dans quelle mesure la séance d’aujourd’hui a-t-elle été utile à notre pratique?' }).getByText('4').click()
  await expect(closing.getByRole('button', { name: 'Ajouter une piste de réflexion' })).toBeVisible()

  // Certificates: a count, minutes, a percentage and hours, each in French form.
  const certificates = page.getByTestId('certificates-panel')
  await expect(certificates.getByRole('heading', { name: 'Présence et attestations' })).toBeVisible()
  await expect(certificates).toContainText(`20${nb}minutes créditées (0${nb}min de pause exclues). Une attestation exige 85${nb}% de la séance.`)
  const row = (name: string) => certificates.locator(`tr[data-person="${name}"]`)
  await expect(row('Léa Gagnon')).toContainText(`20${nb}min (100${nb}%)`)
  // 20 minutes, down to the quarter hour: 0,25 heure (French singular below two).
  await expect(row('Léa Gagnon')).toContainText(`0,25${nb}heure`)
  await expect(row('Léa Gagnon')).toContainText('Admissible')
  await expect(row('Kiri Walker')).toContainText('Absence motivée.')
  await expect(row('Kiri Walker').getByRole('checkbox', { name: 'Attestation pour Kiri Walker' })).toBeDisabled()
  await check('live (fr-CA): ended, closing and certificates')
  await page.setViewportSize({ width: 1280, height: 720 })
  await mkdir('.scratch', { recursive: true })
  await certificates.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '.scratch/french-closing-1280.png' })
  await page.setViewportSize({ width: 1024, height: 640 })
  await certificates.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '.scratch/french-certificates-1024.png' })
  await page.setViewportSize({ width: 1280, height: 720 })

  // The summary preview, in French: the date in words, who came, the replaced name.
  await closing.getByRole('button', { name: 'Aperçu du résumé' }).click()
  await settle(page)
  const dialog = page.getByRole('dialog', { name: 'Résumé de la séance' })
  const preview = page.getByTestId('summary-preview')
  await expect(preview).toContainText('mardi 8 décembre 2026, 19\u00a0h')
  await expect(preview).toContainText(`Présences${nb}: Léa Gagnon, Tom Price. Absences motivées${nb}: Kiri Walker.`)
  await expect(preview.getByRole('columnheader', { name: 'Écart' })).toBeVisible()
  await page.screenshot({ path: '.scratch/french-summary-1280.png' })
  await check('dialog (fr-CA): summary preview')
  await dialog.getByRole('button', { name: 'Fermer', exact: true }).click()
  await settle(page)

  // Then a real export, its result counted in French. (After the audits: the toast it raises is the
  // notifications' own, with a close button that has no name yet.)
  await certificates.getByRole('button', { name: 'Enregistrer 2 attestations…' }).click()
  await expect(page.getByTestId('certificates-result')).toContainText(`2${nb}fichiers enregistrés.`)
  expect(await readdir(outDir)).toHaveLength(2)

  expect(describeFindings(found)).toBe('')
  await rm(outDir, { recursive: true, force: true })
})

test('en français : the CPD settings and the certificate check name the field in the wrong shape, then save and check', async ({ page, host }) => {
  test.setTimeout(180_000)
  const { group, groupUrl } = await seedFrench(host)
  await page.goto(groupUrl('certificates'))
  const settings = page.getByTestId('cpd-settings')
  // The group page loads its code on first use: slow on a busy machine.
  await expect(settings.getByRole('heading', { name: 'Règle de formation continue et attestations' })).toBeVisible({ timeout: 30_000 })

  // A share out of range, and an approval statement with no provider: each told on its field, nothing saved.
  const share = settings.getByLabel('Présence minimale exigée (%)')
  await share.fill('150')
  await settings.getByLabel('Organisme responsable').fill('')
  await settings.getByLabel('Déclaration d’approbation (seulement si votre organisme est agréé)').fill('Activité approuvée par l’Ordre, no 1234.')
  await settings.getByRole('button', { name: 'Enregistrer les paramètres de FC' }).click()
  await expect(share).toHaveAttribute('aria-invalid', 'true')
  await expect(settings.getByText('Entrez un pourcentage entier de 1 à 100.')).toBeVisible()
  await expect(settings.getByText(`Une déclaration d’approbation désigne un organisme agréé${nb}: entrez le nom de l’organisme ici, ou effacez la déclaration.`)).toBeVisible()
  const stored = async () => JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8')).groups.find((g: { id: string }) => g.id === group.id).cpd
  expect((await stored()).minAttendancePercent).toBe(85)
  expect((await stored()).approvalStatement).toBe('')

  const verify = page.getByTestId('verify-certificate')
  await verify.getByLabel('Numéro de l’attestation').fill('7K3M-Q9XD')
  await verify.getByLabel('Code de vérification').fill('ABCDE')
  await verify.getByRole('button', { name: 'Vérifier' }).click()
  await expect(verify.getByText('Un numéro d’attestation ressemble à HRT-2026-7K3M-Q9XD.')).toBeVisible()
  await expect(verify.getByText('Un code de vérification compte dix lettres et chiffres, par exemple ABCDE-FGHJK.')).toBeVisible()
  await expect(verify.getByLabel('Date de la séance (AAAA-MM-JJ)')).toHaveAttribute('aria-invalid', 'true')
  expect(describeFindings(await audit(page, 'group (fr-CA): CPD settings and certificate check, with messages'))).toBe('')
  await page.screenshot({ path: '.scratch/french-cpd-settings-1280.png', fullPage: true })

  // Put right, both save and check: the rule is on disk, and a well-formed certificate not in the register is said so.
  await share.fill('80')
  await settings.getByLabel('Organisme responsable').fill('CdP de Gatineau')
  await settings.getByRole('button', { name: 'Enregistrer les paramètres de FC' }).click()
  await expect(page.getByText('Paramètres de formation continue enregistrés.')).toBeVisible()
  await expect.poll(async () => (await stored()).minAttendancePercent).toBe(80)
  expect((await stored()).approvalStatement).toBe('Activité approuvée par l’Ordre, no 1234.')

  for (const [label, value] of [
    ['Personne participante', 'Léa Gagnon'],
    ['Activité', 'Décembre'],
    ['Date de la séance (AAAA-MM-JJ)', '2026-12-08'],
    ['Heures de FC', '0,25'],
    ['Type de crédit', 'ICF Core Competencies'],
    ['Organisme responsable', 'CdP de Gatineau'],
    ['Numéro de l’attestation', 'HRT-2026-7K3M-Q9XD'],
    ['Date de délivrance (AAAA-MM-JJ)', '2026-12-08'],
    ['Code de vérification', 'ABCDE-FGHJK']
  ] as const)
    await verify.getByLabel(label, { exact: true }).fill(value)
  await verify.getByRole('button', { name: 'Vérifier' }).click()
  await expect(verify.getByRole('status')).toHaveText(`Le code ne correspond pas à ces renseignements${nb}: un champ ou le code a été modifié ou mal tapé. L’attestation ne figure pas au registre de ce Hearth.`)
})

test('en français : theme tags read as French, so "pression parentale" is not a name, a name in a tag still is, and clean tags are offered again', async ({ page, host }) => {
  const { group, liveUrl } = await seedFrench(host)
  await host.service.handlers['keys/unlock']({ passphrase: 'une phrase de passe pour le test' })
  await page.clock.install({ time: at(18, 59) })
  await page.goto(liveUrl)
  await page.clock.pauseAt(at(19, 0))
  await page.getByRole('button', { name: 'Commencer la séance' }).click()

  const themes = page.getByTestId('notes-themes')
  const input = themes.getByLabel('Thèmes')
  for (const tag of ['anxiété précompétitive', 'pression parentale', 'sommeil', 'Julie Tremblay']) {
    await input.fill(tag)
    await input.press('Enter')
  }
  await page.clock.runFor(500)
  // Only the name is flagged: read as English, three of these French words were taken for names.
  const flags = themes.getByRole('list', { name: 'Identifiants possibles' }).getByRole('listitem')
  await expect(flags).toHaveCount(1)
  await expect(flags.first()).toContainText('Julie Tremblay')
  await themes.getByRole('button', { name: `Remplacer «${nb}Julie Tremblay${nb}» par Personne A` }).click()
  await expect(flags).toHaveCount(0)
  await page.clock.runFor(1500)
  await expect(page.getByTestId('notes-panel').locator('[data-save-state="saved"]')).toBeVisible()

  // Saved: the group offers the clean French tags to its next sessions (from its unsealed file), never the pseudonym's tag.
  await expect.poll(async () => (await host.service.handlers['groups/get']({ groupId: group.id })).group.themes).toEqual(['anxiété précompétitive', 'pression parentale', 'sommeil'])
})
