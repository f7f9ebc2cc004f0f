import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

// The computer says US English: 12-hour times, month before day.
test.use({ locale: 'en-US' })

test('dates and times follow the computer, and a choice in Settings changes them everywhere and is kept', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('link', { name: 'Set up my group' }).click()
  await page.getByLabel('Group name').fill('Kingston Coaches CoP')
  await page.getByRole('button', { name: 'Create group' }).click()
  await page.getByRole('tab', { name: /Sessions/ }).click()
  await page.getByRole('button', { name: 'Plan next session' }).click()
  const planDialog = page.getByRole('dialog', { name: 'Plan the next session' })
  await planDialog.getByLabel('Session title').fill('Session 1')
  await planDialog.getByLabel('Date and start time').fill('2026-12-08T19:00')
  await planDialog.getByRole('button', { name: 'Create plan' }).click()
  // The plan's agenda: each item's start in the computer's clock.
  await expect(page.getByTestId('agenda-item').first()).toContainText('7:00 PM')
  await page.goBack()
  await expect(page.getByText('Tue, Dec 8, 2026 7:00 PM')).toBeVisible()

  // The facilitator works in British English.
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('combobox', { name: 'Language and region' }).click()
  await page.getByRole('option', { name: 'English (United Kingdom)' }).click()
  await expect(page.getByText(/will read like this: \w+day \d{1,2} \w+ \d{4}, \d{2}:\d{2}/)).toBeVisible()
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await expect
    .poll(async () => JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8')).settings.locale)
    .toBe('en-GB')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')

  // Back on the group: the same session in British form, and still so after a restart of the page.
  await page.goBack()
  await expect(page.getByText('Tue, 8 Dec 2026 19:00')).toBeVisible()
  await page.reload()
  await expect(page.getByText('Tue, 8 Dec 2026 19:00')).toBeVisible()
})
