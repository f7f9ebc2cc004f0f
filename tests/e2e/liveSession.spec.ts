import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import type { Host } from '../host/server'
import { expect, test } from './fixtures'

const START = new Date('2026-12-08T19:00:00')
const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime()
const MEMBER_NAMES = ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair']

async function seed(host: Host) {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Ottawa Mental Performance CoP' } })
  for (const name of MEMBER_NAMES) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  return { group, plan, liveUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}/live`, shareUrl: `${host.url}#/share/${plan.id}` }
}

const timeLeft = (page: Page) => page.getByTestId('time-left')
const itemTitle = (page: Page) => page.getByTestId('timer').getByRole('heading')
const scheduledChimes = (page: Page) => page.evaluate(() => window.__hearthChimes?.scheduled.map((c) => [c.cue, c.at]))

test('runs the whole 90-minute session: overrun, rebalance, pause, reload, share view, end', async ({ page, host, context }) => {
  const { plan, liveUrl, shareUrl } = await seed(host)
  // A paused fake clock: time moves only when the test says so. fastForward jumps like a laptop
  // waking from sleep (each due timer fires once), which is also what the display must survive.
  await page.clock.install({ time: at(18, 59) })
  await page.goto(liveUrl)
  await page.clock.pauseAt(START)
  await page.getByRole('button', { name: 'Start session' }).click()

  // Item 1 (5 min): the chimes are placed at absolute times: 20 %, 5 % left, and zero.
  await expect(itemTitle(page)).toHaveText('Arrival, norms and confidentiality reminder')
  await expect(timeLeft(page)).toHaveText('5:00')
  await expect.poll(() => scheduledChimes(page)).toEqual([
    ['warning', at(19, 4)],
    ['danger', at(19, 4, 45)],
    ['overtime', at(19, 5)]
  ])
  await page.clock.fastForward('04:10')
  await expect(timeLeft(page)).toHaveText('0:50')
  await expect(page.getByTestId('timer')).toHaveAttribute('data-tone', 'warning')
  await expect(page.getByTestId('tone-label')).toHaveText('Time to wrap up')

  // A minute over, then on with the keyboard.
  await page.clock.fastForward('01:50')
  await expect(timeLeft(page)).toHaveText('+1:00')
  await expect(page.getByTestId('tone-label')).toHaveText('Over time')
  await page.keyboard.press('ArrowRight')
  await expect(itemTitle(page)).toHaveText('Check-in round')
  await expect(page.getByTestId('session-timing')).toContainText('Session 1 min behind')
  await expect.poll(() => scheduledChimes(page)).toEqual([
    ['warning', at(19, 14)],
    ['danger', at(19, 15, 30)],
    ['overtime', at(19, 16)]
  ])

  // +1 minute for the check-in from the keyboard, then the follow-up.
  await page.keyboard.press('+')
  await expect(timeLeft(page)).toHaveText('11:00')
  await page.clock.fastForward('11:00')
  await page.keyboard.press('ArrowRight')
  await page.clock.fastForward('05:00')
  await page.keyboard.press('ArrowRight')
  await expect(itemTitle(page)).toHaveText('Case 1: Consultancy protocol')

  // Case 1 runs ten minutes over: Hearth offers to rebalance; the preview shows before → after.
  await page.clock.fastForward('55:00')
  await expect(timeLeft(page)).toHaveText('+10:00')
  await expect(page.getByTestId('rebalance-offer')).toContainText('Running 12 min over')
  await page.getByRole('button', { name: 'Review' }).click()
  const preview = page.getByRole('table', { name: 'Rebalance preview' })
  await expect(preview.getByRole('row')).toHaveText([
    /Item\s*Before\s*After/,
    /Break \/ buffer\s*5 min\s*1 min/,
    /Case 2: short protocol\s*12 min\s*4 min/,
    /Learning harvest \/ debrief.*5 min\s*5 min/,
    /Check-out.*3 min\s*3 min/
  ])
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByTestId('rebalance-offer')).toBeHidden()
  await expect(page.getByTestId('session-timing')).toContainText('on time')
  await expect(page.getByTestId('rundown-item').filter({ hasText: 'Case 2' })).toContainText('4 min (planned 12)')

  // Pause: the item's clock stops while the wall clock runs on.
  await page.keyboard.press('Space')
  await expect(page.getByTestId('tone-label')).toHaveText('Paused')
  await page.clock.fastForward('02:00')
  await expect(timeLeft(page)).toHaveText('+10:00')
  await page.keyboard.press('Space')
  await page.clock.fastForward('00:30')
  await expect(timeLeft(page)).toHaveText('+10:30')

  // A reload mid-session resumes exactly where it is.
  await page.reload()
  await expect(itemTitle(page)).toHaveText('Case 1: Consultancy protocol')
  await expect(timeLeft(page)).toHaveText('+10:30')
  await page.clock.fastForward('00:30')
  await expect(timeLeft(page)).toHaveText('+11:00')

  // The share view: item, time, colour and prompt, and nothing private.
  const share = await context.newPage()
  await share.clock.install({ time: at(20, 19) })
  await share.goto(shareUrl)
  await share.clock.pauseAt(at(20, 20))
  await expect(share.getByTestId('share-view')).toBeVisible()
  await expect(share.getByTestId('timer').getByRole('heading')).toHaveText('Case 1: Consultancy protocol')
  await expect(share.getByTestId('time-left')).toHaveText('+11:00')
  await expect(share.getByTestId('tone-label')).toHaveText('Over time')
  // Case 1 runs the Consultancy protocol: 56 minutes into 45, its last phase runs on into overtime.
  await expect(share.getByTestId('share-rule')).toHaveText('Everyone')
  await expect(share.getByTestId('share-prompt')).toHaveText('How did the process work for us?')
  const shared = (await share.locator('body').innerText()).toLowerCase()
  for (const privateText of [...MEMBER_NAMES.map((n) => n.toLowerCase()), 'skip', 'rebalance', 'behind', 'ahead', 'pause', 'attendance', 'notes', 'talk']) {
    expect(shared, `share view must not show "${privateText}"`).not.toContain(privateText)
  }
  await share.close()

  // The rest of the agenda with the rebalanced times, then the end.
  for (const minutes of ['01:00', '04:00', '05:00']) {
    await page.keyboard.press('ArrowRight')
    await page.clock.fastForward(minutes)
  }
  await page.keyboard.press('ArrowRight')
  await expect(itemTitle(page)).toHaveText('Check-out, attendance and CPD reflection prompt')
  await page.clock.fastForward('03:00')
  await page.getByRole('button', { name: 'End session' }).click()
  await page.clock.runFor(500) // the dialog's opening transition runs on the (paused) fake clock
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click()
  await expect(page.getByRole('heading', { name: /Session ended at 20:33/ })).toBeVisible()
  const record = page.getByRole('table', { name: 'Planned and actual minutes' })
  await expect(record.getByRole('row').filter({ hasText: 'Case 1' })).toContainText(/45 min\s*56 min\s*\+11 min/)
  await expect(record.getByRole('row').filter({ hasText: 'Check-in round' })).toContainText(/10 min\s*11 min\s*\+1 min/)

  // On disk: the log, every event saved as it happened.
  const file = JSON.parse(await readFile(join(host.dataDir, 'sessions', `${plan.id}.json`), 'utf8'))
  const types = file.live.events.map((e: { type: string }) => e.type)
  expect(types[0]).toBe('started')
  expect(types.at(-1)).toBe('ended')
  expect(types).toEqual(expect.arrayContaining(['went-to', 'time-adjusted', 'rebalanced', 'paused', 'resumed']))
})
