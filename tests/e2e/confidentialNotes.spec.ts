import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import type { Host } from '../host/server'
import { expect, test } from './fixtures'

const PASSPHRASE = 'blue kettle on the hill'
const NOTE = 'Jordan Whitlock, 15, plays for the Kingston Ice Hawks and freezes on penalty kicks.'

async function seed(host: Host) {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Ottawa Mental Performance CoP' } })
  for (const name of ['Amélie Tremblay', 'Owen Hughes']) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  return { group, plan, liveUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}/live` }
}

test('a note with a name, an age and a team: three flags, two replaced, one dismissed, saved sealed, back after a reload', async ({ page, host }) => {
  const { plan, liveUrl } = await seed(host)
  await page.goto(liveUrl)
  const panel = page.getByTestId('notes-panel')

  // First use: the notes need a passphrase (no keychain in the test host).
  await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await panel.getByLabel('Passphrase again').fill(PASSPHRASE)
  await panel.getByRole('button', { name: 'Set passphrase' }).click()

  await panel.getByRole('combobox', { name: 'Notes for' }).click()
  await page.getByRole('option', { name: 'Case 1: Consultancy protocol' }).click()
  const summary = panel.getByLabel('Case summary')
  await summary.fill(NOTE)

  const flags = panel.getByTestId('notes-summary').getByRole('list', { name: 'Possible identifiers' }).getByRole('listitem')
  await expect(flags).toHaveCount(3)
  await expect(flags.nth(0)).toContainText('Jordan Whitlock')
  await expect(flags.nth(1)).toContainText('15')
  await expect(flags.nth(2)).toContainText('Kingston Ice Hawks')
  // Underlined in place, by kind.
  await expect(panel.getByTestId('notes-summary').locator('mark[data-kind="PERSON"]')).toHaveText('Jordan Whitlock')

  // The name becomes a pseudonym, the team a placeholder (the second by keyboard), the age is dismissed.
  await panel.getByRole('button', { name: 'Replace “Jordan Whitlock” with Person A' }).click()
  await expect(summary).toHaveValue('Person A, 15, plays for the Kingston Ice Hawks and freezes on penalty kicks.')
  await summary.focus()
  await summary.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('Ice'), el.value.indexOf('Ice')))
  await summary.press('Alt+r')
  await expect(summary).toHaveValue('Person A, 15, plays for the [ORG] and freezes on penalty kicks.')
  await panel.getByRole('button', { name: '“15” is not an identifier' }).click()
  await expect(flags).toHaveCount(0)
  await expect(panel.getByTestId('open-flag-count')).toHaveText('No possible identifiers left in this session’s notes.')
  await expect(panel.getByRole('status')).toHaveText('Saved')

  // On disk: sealed, no word of the note in any file.
  const files = [join(host.dataDir, 'workspace.json'), ...(await readdir(join(host.dataDir, 'sessions'))).map((f) => join(host.dataDir, 'sessions', f))]
  for (const path of files) {
    const raw = await readFile(path, 'utf8')
    for (const word of ['Person A', 'penalty', 'Jordan', 'Kingston', 'freezes']) expect(raw, `${path} holds "${word}"`).not.toContain(word)
  }
  const sessionFile = JSON.parse(await readFile(join(host.dataDir, 'sessions', `${plan.id}.json`), 'utf8'))
  expect(sessionFile.notes.alg).toBe('A256GCM')

  // A reload keeps the key unlocked in this run of Hearth, and shows the note as saved.
  await page.reload()
  await panel.getByRole('combobox', { name: 'Notes for' }).click()
  await page.getByRole('option', { name: 'Case 1: Consultancy protocol' }).click()
  await expect(panel.getByLabel('Case summary')).toHaveValue('Person A, 15, plays for the [ORG] and freezes on penalty kicks.')
  await expect(panel.getByTestId('notes-summary').getByRole('listitem')).toHaveCount(0)
})

test('saving with open flags asks about each one: replace, dismiss or keep, nothing kept by default', async ({ page, host }) => {
  const { liveUrl } = await seed(host)
  await host.service.handlers['keys/unlock']({ passphrase: PASSPHRASE })
  await page.goto(liveUrl)
  const panel = page.getByTestId('notes-panel')
  await panel.getByLabel('Questions raised').fill('Should Owen call the club in Gatineau?')
  await expect(panel.getByTestId('open-flag-count')).toHaveText(/2 possible identifiers/)
  await panel.getByRole('button', { name: 'Save and check notes' }).click()
  const review = page.getByRole('dialog', { name: 'Resolve each possible identifier' })
  await expect(review.getByRole('button', { name: 'Save notes' })).toBeDisabled()
  // The dialog slides in: on a slow machine a click during that transition can land beside its button.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.effect?.getTiming().iterations === Infinity))
  await review.getByRole('button', { name: 'Replace “Gatineau” with [PLACE]' }).click()
  await expect(review.getByRole('button', { name: 'Replace “Gatineau” with [PLACE]' })).toHaveCount(0)
  await review.getByRole('button', { name: 'More choices for “Owen”' }).click()
  await page.getByRole('menuitem', { name: /Keep “Owen”/ }).click()
  await expect(review.getByText('Every flag is resolved.')).toBeVisible()
  await review.getByRole('button', { name: 'Save notes' }).click()
  await expect(panel.getByRole('status')).toHaveText('Saved')
  await expect(panel.getByLabel('Questions raised')).toHaveValue('Should Owen call the club in [PLACE]?')
})
