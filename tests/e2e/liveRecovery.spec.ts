import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { expect, test } from './fixtures'

const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime()

test('auto-advance, skip, mute, undo, and a crash mid-session that resumes with a note of the gap', async ({ page, host, context }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'December', scheduledStart: '2026-12-08T19:00' })
  const sessionFile = join(host.dataDir, 'sessions', `${plan.id}.json`)
  const events = async () => JSON.parse(await readFile(sessionFile, 'utf8')).live.events as { type: string; at: number; via?: string }[]

  await page.clock.install({ time: at(18, 50) })
  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}`)

  // The opening item moves on by itself: set in the plan's timing popover.
  await page.getByRole('button', { name: 'Settings for Arrival, norms and confidentiality reminder' }).click()
  await page.getByRole('switch', { name: 'Move on by itself at zero' }).check()
  await page.clock.runFor(1000) // autosave's debounce runs on the fake clock
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('link', { name: 'Run live' }).click()
  await page.clock.pauseAt(at(19, 0))
  await page.getByRole('button', { name: 'Start session' }).click()

  await page.clock.fastForward('05:00')
  await expect(page.getByTestId('timer').getByRole('heading')).toHaveText('Check-in round')
  await expect.poll(async () => (await events()).find((e) => e.type === 'went-to')).toMatchObject({ via: 'auto', at: at(19, 5) })

  // Skip the follow-up: Next goes straight to the case.
  await page.getByRole('switch', { name: 'Skip Follow-up on last month’s case' }).click({ force: true })
  await page.clock.fastForward('10:00')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('timer').getByRole('heading')).toHaveText('Case 1: Consultancy protocol')

  // M mutes the chimes, and the choice is kept.
  await page.keyboard.press('m')
  await expect(page.getByRole('button', { name: 'Unmute chimes' })).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => (await h['settings/get']({})).chimesMuted).toBe(true)

  // Rebalance, then change of mind: undo restores the plan's minutes.
  await page.clock.fastForward('57:00') // 12 min over, 5 of them freed by the skip
  await page.getByRole('button', { name: 'Review' }).click()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByTestId('rundown-item').filter({ hasText: 'Case 2' })).toContainText('(planned 12)')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('rundown-item').filter({ hasText: 'Case 2' })).not.toContainText('planned')
  await expect(page.getByTestId('rundown-item').filter({ hasText: 'Case 2' })).toContainText('12 min')
  await expect.poll(async () => (await events()).filter((e) => e.type === 'rebalanced').length).toBe(2)

  // Hearth crashes; seven minutes later it opens again on the same session.
  await page.close()
  const again = await context.newPage()
  await again.clock.install({ time: at(20, 18) })
  await again.clock.pauseAt(at(20, 19))
  await again.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  await expect(again.getByTestId('gap-note')).toContainText('From 20:12 to 20:19 (7 min). The session clock kept running.')
  await expect(again.getByTestId('timer').getByRole('heading')).toHaveText('Case 1: Consultancy protocol')
  await expect(again.getByTestId('time-left')).toHaveText('+19:00')
  await expect.poll(async () => (await events()).at(-1)).toMatchObject({ type: 'reopened', at: at(20, 19) })
})
