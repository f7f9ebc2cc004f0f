import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

// The disk fills up while the facilitator types: the screen says so in words, the text stays in
// the form, and once space is back the edit reaches the disk by itself.
test('a full disk keeps the text on screen, says so, and saves it by itself once space is back', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('link', { name: 'Set up my group' }).click()
  await page.getByLabel('Group name').fill('Peer CoP')
  await page.getByRole('button', { name: 'Create group' }).click()
  await page.getByRole('tab', { name: /Sessions/ }).click()
  await page.getByRole('button', { name: 'Plan next session' }).click()
  const planDialog = page.getByRole('dialog', { name: 'Plan the next session' })
  await planDialog.getByLabel('Session title').fill('December')
  await planDialog.getByLabel('Date and start time').fill('2026-12-08T19:00')
  await planDialog.getByRole('button', { name: 'Create plan' }).click()
  await expect(page.getByTestId('agenda-item')).toHaveCount(8)
  const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ })
  await expect(status).toHaveText('Saved')

  const ws = JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8'))
  const sessionFile = join(host.dataDir, 'sessions', `${ws.sessions[0].id}.json`)
  const onDisk = async () => JSON.parse(await readFile(sessionFile, 'utf8')).plan.learningFocus as string
  const before = await readFile(sessionFile, 'utf8')

  host.failWrites('ENOSPC')
  const focus = page.getByLabel('Learning focus')
  await focus.fill('Pressure routines before finals')
  await expect(status).toContainText('Not saved: The session was not saved: the disk is full (ENOSPC). The previous version on disk is intact.')
  await expect(status).toContainText('Hearth keeps your text here and tries again by itself')
  await expect(status).toHaveAttribute('data-save-state', 'error')
  // The automatic retries keep failing while the disk is full; the text and the old file stay.
  await page.waitForTimeout(3500)
  await expect(status).toContainText('Not saved')
  await expect(focus).toHaveValue('Pressure routines before finals')
  expect(await readFile(sessionFile, 'utf8')).toBe(before)

  host.failWrites(null)
  // Nobody clicks anything: the next retry lands (backoff 1, 2, 5 s…).
  await expect(status).toHaveText('Saved', { timeout: 15_000 })
  expect(await onDisk()).toBe('Pressure routines before finals')
  await expect(focus).toHaveValue('Pressure routines before finals')
})
