import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { WORKSPACE_VERSION } from '../../src/core/storage/workspaceDocument'
import { expect, test } from './fixtures'

const itemTitles = (page: import('@playwright/test').Page) =>
  page.getByTestId('agenda-item').evaluateAll((rows) => rows.map((row) => (row.querySelector('input') as HTMLInputElement).value))

test('a facilitator sets up a group, its members and a session plan, and finds it all after a reload', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Welcome to Hearth' })).toBeVisible()

  // The group, with a few of its charter answers.
  await page.getByRole('link', { name: 'Set up my group' }).click()
  await page.getByLabel('Group name').fill('Ottawa Mental Performance CoP')
  await page.getByLabel('1. What is the focus of your group?').fill('Mental performance work with athletes and coaches')
  await page.getByLabel('14. How will you address any conflicts?').fill('Name it early; the facilitator checks in one to one.')
  await page.getByRole('button', { name: 'Create group' }).click()
  await expect(page.getByRole('heading', { name: 'Ottawa Mental Performance CoP' })).toBeVisible()
  await expect(page.getByRole('tab', { name: /Members/, selected: true })).toBeVisible()

  // Three members, one of them the facilitator with a registration number.
  const members = [
    { name: 'Amélie Tremblay', role: 'Facilitator', body: 'CSPA', reg: 'CSPA-1042' },
    { name: 'Owen Hughes', role: 'Member', body: 'BPS', reg: '' },
    { name: 'Priya Nair', role: 'Member', body: '', reg: '' }
  ]
  for (const member of members) {
    await page.getByRole('button', { name: 'Add member' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add member' })
    await dialog.getByLabel('Name').fill(member.name)
    if (member.role !== 'Member') {
      await dialog.getByRole('combobox', { name: 'Role' }).click()
      await page.getByRole('option', { name: member.role }).click()
    }
    await dialog.getByLabel('Professional body').fill(member.body)
    await dialog.getByLabel('Registration number').fill(member.reg)
    await dialog.getByRole('button', { name: 'Add member' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('cell', { name: member.name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('table', { name: 'Members' }).getByRole('row')).toHaveCount(4)

  // A plan from the 90-minute template.
  await page.getByRole('tab', { name: /Sessions/ }).click()
  await page.getByRole('button', { name: 'Plan next session' }).click()
  const planDialog = page.getByRole('dialog', { name: 'Plan the next session' })
  await planDialog.getByLabel('Session title').fill('Session 1 — December')
  await planDialog.getByLabel('Date and start time').fill('2026-12-08T19:00')
  await planDialog.getByRole('button', { name: 'Create plan' }).click()
  await expect(page.getByTestId('agenda-item')).toHaveCount(8)
  await expect(page.getByTestId('plan-total')).toContainText('Exactly 90 minutes planned')
  const template = await itemTitles(page)
  expect(template[1]).toBe('Check-in round')

  // Reorder by the keyboard drag handle (dnd-kit): pick up "Follow-up…", move it up one, drop.
  // Each key waits for dnd-kit to take the last one: a drop pressed before the move was measured
  // left the order unchanged on a loaded clean-clone run.
  const handle = page.getByRole('button', { name: 'Reorder Follow-up on last month’s case' })
  const announcer = page.locator('[id^="DndLiveRegion"]')
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('ArrowUp')
  await expect(announcer).toContainText('Follow-up on last month’s case was moved to position 2 of 8.')
  await page.keyboard.press('Space')
  await expect.poll(() => itemTitles(page)).toEqual([template[0], template[2], template[1], ...template.slice(3)])

  // …and by the arrow button: the break moves below Case 2.
  await page.getByRole('button', { name: 'Move Break / buffer down' }).click()
  const expected = [template[0], template[2], template[1], template[3], template[5], template[4], ...template.slice(6)]
  await expect.poll(() => itemTitles(page)).toEqual(expected)

  // Shorten Case 1, protect the check-in, and see the total change.
  await page.getByLabel('Minutes for Case 1: Consultancy protocol').fill('40')
  await expect(page.getByTestId('plan-total')).toContainText('5 min left to plan')
  const checkIn = page.getByTestId('agenda-item').filter({ has: page.locator('input[value="Check-in round"]') })
  await checkIn.getByText('Protected', { exact: true }).click()
  await expect(checkIn.getByRole('checkbox', { name: 'Protected' })).toBeChecked()
  // The last edit reaches the disk on its own (autosave), and only then does the screen say so.
  const planOnDisk = async () => {
    const ws = JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8'))
    return JSON.parse(await readFile(join(host.dataDir, 'sessions', `${ws.sessions[0].id}.json`), 'utf8')).plan
  }
  await expect
    .poll(async () => (await planOnDisk()).items.find((i: { title: string }) => i.title === 'Check-in round').protected)
    .toBe(true)
  await expect(page.locator('[data-save-state="saved"]')).toHaveText('Saved')

  // After a reload, everything is still there.
  await page.reload()
  await expect.poll(() => itemTitles(page)).toEqual(expected)
  await expect(page.getByLabel('Minutes for Case 1: Consultancy protocol')).toHaveValue('40')
  await expect(page.getByTestId('plan-total')).toContainText('85 / 90 min')
  await expect(checkIn.getByRole('checkbox', { name: 'Protected' })).toBeChecked()
  await page.getByRole('link', { name: 'Sessions' }).click()
  await page.getByRole('tab', { name: /Members/ }).click()
  for (const member of members) await expect(page.getByRole('cell', { name: member.name, exact: true })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'CSPA-1042' })).toBeVisible()

  // And on disk: a small workspace file plus one file for the session.
  const workspace = JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8'))
  expect(workspace).toMatchObject({ format: 'hearth-workspace', schemaVersion: WORKSPACE_VERSION })
  expect(workspace.groups.map((g: { name: string }) => g.name)).toEqual(['Ottawa Mental Performance CoP'])
  expect(workspace.groups[0].charter.conflicts).toBe('Name it early; the facilitator checks in one to one.')
  expect(workspace.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
    ['Amélie Tremblay', 'facilitator'],
    ['Owen Hughes', 'member'],
    ['Priya Nair', 'member']
  ])
  expect(workspace.sessions).toHaveLength(1)
  const sessionFiles = await readdir(join(host.dataDir, 'sessions'))
  expect(sessionFiles).toEqual([`${workspace.sessions[0].id}.json`])
  const session = JSON.parse(await readFile(join(host.dataDir, 'sessions', sessionFiles[0] ?? ''), 'utf8'))
  expect(session.plan.items.map((i: { title: string }) => i.title)).toEqual(expected)
  expect(session.plan.items.find((i: { title: string }) => i.title === 'Check-in round').protected).toBe(true)
  expect(session.plan.items.reduce((sum: number, i: { minutes: number }) => sum + i.minutes, 0)).toBe(85)
})

test('forms explain what is missing instead of saving bad input', async ({ page, host }) => {
  await page.goto(`${host.url}#/new-group`)
  await page.getByRole('button', { name: 'Create group' }).click()
  await expect(page.getByText('Give the group a name.')).toBeVisible()
  expect(await readdir(host.dataDir)).toEqual(['sessions'])

  await page.getByLabel('Group name').fill('Tiny')
  await page.getByRole('button', { name: 'Create group' }).click()
  await page.getByRole('button', { name: 'Add member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add member' })
  await dialog.getByLabel('Name').fill('Robin')
  await dialog.getByLabel('Email').fill('robin-at-example')
  await dialog.getByRole('button', { name: 'Add member' }).click()
  await expect(dialog.getByText('That email address does not look right.')).toBeVisible()
  const workspace = JSON.parse(await readFile(join(host.dataDir, 'workspace.json'), 'utf8'))
  expect(workspace.members).toEqual([])
})
