import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import type { Host } from '../host/server'
import type { Page } from '@playwright/test'
import { pauseSoon } from './a11ySupport'
import { expect, test } from './fixtures'

// Typed text reaches the notes once typing pauses (a key redraws only its field). These check that
// no way out of that pause loses a key: leaving the screen, picking another item, and that "Saved"
// never shows while typed text is not on disk.

const PASSPHRASE = 'blue kettle on the hill'

async function seed(host: Host) {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Typing CoP' } })
  await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Owen Hughes' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  await h['keys/unlock']({ passphrase: PASSPHRASE })
  return { plan, liveUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}/live` }
}

/** The item the notes follow before the session starts: the first that is not a break. */
const firstItem = (plan: { items: readonly { id: string; kind: string }[] }) => plan.items.find((item) => item.kind !== 'break')!.id

/** The notes as the service reads them back from the sealed session file. */
async function notesOnDisk(host: Host, sessionId: string) {
  const result = await host.service.handlers['notes/get']({ sessionId })
  return result.notes
}

/**
 * Moves the stopped clock on in steps until the notes say "Saved". One long jump is not enough: the
 * notes take typed text in a React transition, which runs on real time between timers, and only then
 * starts the autosave's own wait.
 */
async function runUntilSaved(page: Page, panel: ReturnType<Page['getByTestId']>) {
  await expect(async () => {
    await page.clock.runFor(250)
    await expect(panel.getByRole('status')).toHaveText('Saved', { timeout: 100 })
  }).toPass({ timeout: 15_000 })
}

/**
 * Opens the live screen with the page's clock stopped, so timers fire only when the test moves the
 * clock on (the pause before the notes take typed text never ends by itself), and types `text` into
 * the first item's case summary.
 */
async function typeWithClockStopped(page: Page, host: Host, text: string) {
  const { plan, liveUrl } = await seed(host)
  await page.clock.install()
  await page.goto(liveUrl)
  const panel = page.getByTestId('notes-panel')
  await expect(panel.getByRole('status')).toHaveText('Saved')
  await pauseSoon(page)
  const summary = panel.getByLabel('Case summary')
  await summary.click()
  await page.keyboard.type(text, { delay: 10 })
  return { plan, panel, summary }
}

test('text typed just before leaving the live screen is saved, with no pause', async ({ page, host }) => {
  const { plan, panel } = await typeWithClockStopped(page, host, 'The group suggested a pre-race routine')
  // Straight out, with the pause the notes wait for never over. To the home screen: it is in the
  // first bundle, so the live screen goes at once (a screen loaded later waits on React's timers).
  await page.evaluate(() => {
    location.hash = '#/'
  })
  await expect(panel).toHaveCount(0)
  const first = firstItem(plan)
  await expect.poll(async () => (await notesOnDisk(host, plan.id)).items[first]?.summary).toBe('The group suggested a pre-race routine')
})

test('text typed just before picking another item stays with the item it was typed in', async ({ page, host }) => {
  const { plan, panel, summary } = await typeWithClockStopped(page, host, 'Check-in notes for the opening round')
  await panel.getByRole('combobox', { name: 'Notes for' }).click()
  await page.getByRole('option', { name: 'Case 1: Consultancy protocol' }).click()
  await expect(summary).toHaveValue('')
  await summary.fill('Case notes')
  await runUntilSaved(page, panel)
  const caseItem = plan.items.find((item) => item.title === 'Case 1: Consultancy protocol')!.id
  const notes = await notesOnDisk(host, plan.id)
  expect(notes.items[firstItem(plan)]?.summary).toBe('Check-in notes for the opening round')
  expect(notes.items[caseItem]?.summary).toBe('Case notes')
})

test('"Saved" waits for the typed text: shown only once the file holds it', async ({ page, host }) => {
  const { plan, panel } = await typeWithClockStopped(page, host, 'Owen')
  const status = panel.getByRole('status')
  await expect(status).toHaveText('Saving…')
  const item = firstItem(plan)
  expect((await notesOnDisk(host, plan.id)).items[item]?.summary ?? '').toBe('')
  // The pause before the notes take the text, then the autosave's wait after it.
  await runUntilSaved(page, panel)
  expect((await notesOnDisk(host, plan.id)).items[item]?.summary).toBe('Owen')
})

test('a flag acted on before the underlines catch up replaces the words where they now are', async ({ page, host }) => {
  const { plan, panel, summary } = await typeWithClockStopped(page, host, 'Coach said Sam went home early.')
  // Typing pauses: the checker lists "Sam".
  await expect(async () => {
    await page.clock.runFor(250)
    await expect(panel.getByRole('listitem').filter({ hasText: 'Sam' })).toHaveCount(1, { timeout: 100 })
  }).toPass({ timeout: 15_000 })
  // Words typed in front of the name move it; the list is not redrawn for a key, but its button must
  // still replace "Sam" where it now is, not the characters where it was.
  await summary.press('Home')
  await page.keyboard.type('Yesterday ', { delay: 10 })
  await panel.getByRole('button', { name: 'Replace “Sam” with [CLIENT]' }).click()
  await expect(summary).toHaveValue('Yesterday Coach said [CLIENT] went home early.')
  await runUntilSaved(page, panel)
  expect((await notesOnDisk(host, plan.id)).items[firstItem(plan)]?.summary).toBe('Yesterday Coach said [CLIENT] went home early.')
})
