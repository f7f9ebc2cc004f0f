import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { expect, test } from './fixtures'

const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime()
const SIX = ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair', 'Dana Cole', 'Marc Gagnon', 'Sofia Rossi']

const phaseTitle = (page: Page) => page.getByTestId('phase-title')

test('a six-person group runs a Consultancy with roles, a round with a pass, a least-spoken queue, then a Troika', async ({ page, host, context }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP' } })
  const ids: string[] = []
  for (const name of SIX) ids.push((await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })).id)
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'December', scheduledStart: '2026-12-08T19:00' })
  const events = async () => JSON.parse(await readFile(join(host.dataDir, 'sessions', `${plan.id}.json`), 'utf8')).live.events as { type: string }[]

  await page.clock.install({ time: at(18, 59) })
  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  await page.clock.pauseAt(at(19, 0))
  await page.getByRole('button', { name: 'Start session' }).click()

  // Opening item, then the check-in round: fixed order, one person passes and comes back last.
  await page.clock.fastForward('05:00')
  await page.keyboard.press('ArrowRight')
  await expect(phaseTitle(page)).toHaveText('Round')
  await page.getByRole('button', { name: 'Start a round' }).click()
  await expect(page.getByTestId('round')).toContainText('Amélie Tremblay’s turn')
  await expect(page.getByTestId('current-speaker')).toContainText('Amélie Tremblay')
  await page.clock.fastForward('01:10')
  await expect(page.getByTestId('current-speaker')).toHaveAttribute('data-over', 'true')
  await page.keyboard.press('n')
  await expect(page.getByTestId('round')).toContainText('Owen Hughes’s turn')
  await page.keyboard.press('p') // Owen passes
  for (const next of ['Priya Nair', 'Dana Cole', 'Marc Gagnon', 'Sofia Rossi']) {
    await expect(page.getByTestId('round')).toContainText(`${next}’s turn`)
    await page.clock.fastForward('01:00')
    await page.keyboard.press('n')
  }
  await expect(page.getByTestId('round')).toContainText('Owen Hughes’s turn')
  await page.keyboard.press('n')
  await expect(page.getByTestId('round-complete')).toHaveText('Everyone has spoken')
  await page.getByRole('button', { name: 'Close the round' }).click()

  // Follow-up, then Case 1: the Consultancy protocol with roles.
  await page.keyboard.press('ArrowRight')
  await page.clock.fastForward('05:00')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('case-panel')).toContainText('Consultancy · phase 1 of 6')
  const roles = page.getByTestId('roles-form')
  await roles.getByRole('combobox', { name: 'Presenter' }).click()
  await page.getByRole('option', { name: 'Priya Nair' }).click()
  await roles.getByRole('combobox', { name: 'Consultants' }).click()
  for (const name of ['Owen Hughes', 'Dana Cole', 'Marc Gagnon', 'Sofia Rossi']) await page.getByRole('option', { name }).click()
  await page.keyboard.press('Escape')
  await roles.getByRole('combobox', { name: 'Facilitator' }).click()
  await page.getByRole('option', { name: 'Amélie Tremblay' }).click()
  await roles.getByRole('button', { name: 'Assign roles' }).click()
  await expect(page.getByTestId('roles')).toContainText('Presenter: Priya Nair')

  // 45 minutes share the protocol's 50 in proportion: overview is 9 minutes.
  await expect(phaseTitle(page)).toHaveText('Overview and focus question')
  await expect(page.getByTestId('phase-left')).toHaveText('9:00')
  await page.clock.fastForward('09:00')
  await expect(phaseTitle(page)).toHaveText('Clarifying questions')

  // Hands go up by number key; least spoken first puts those who have spoken less ahead.
  await page.getByRole('button', { name: 'Start talk time for Sofia Rossi' }).click()
  await page.clock.fastForward('02:00')
  await page.getByRole('button', { name: 'Start talk time for Dana Cole' }).click()
  await page.clock.fastForward('00:30')
  await page.getByRole('button', { name: 'Stop talk time for Dana Cole' }).click()
  await page.keyboard.press('6') // Sofia
  await page.keyboard.press('4') // Dana
  await page.keyboard.press('5') // Marc
  // Talk so far: Marc 1:00 (his round turn), Dana 1:00 + 0:30, Sofia 1:00 + 2:00.
  await expect(page.getByTestId('queued')).toHaveText([/1\. Sofia Rossi/, /2\. Dana Cole/, /3\. Marc Gagnon/])
  await page.getByRole('switch', { name: 'Least spoken first' }).check()
  await expect(page.getByTestId('queued')).toHaveText([/1\. Marc Gagnon/, /2\. Dana Cole/, /3\. Sofia Rossi/])

  // Move on to the discussion: the presenter-silent rule is what the room sees.
  await page.getByRole('button', { name: 'Next phase' }).click()
  await page.getByRole('button', { name: 'Next phase' }).click()
  await expect(phaseTitle(page)).toHaveText('Group discussion')
  await expect(page.getByTestId('speaking-rule')).toHaveText('Presenter silent, taking notes')
  await page.getByTestId('queued').first().getByRole('button', { name: 'Call' }).click()
  await expect(page.getByTestId('current-speaker')).toContainText('Marc Gagnon')

  const share = await context.newPage()
  const facilitatorNow = await page.evaluate(() => Date.now())
  await share.clock.install({ time: facilitatorNow - 1000 })
  await share.clock.pauseAt(facilitatorNow)
  await share.goto(`${host.url}#/share/${plan.id}`)
  await expect(share.getByTestId('share-phase')).toContainText('Group discussion')
  await expect(share.getByTestId('share-rule')).toHaveText('Presenter silent, taking notes')
  await expect(share.getByTestId('share-speaker')).toHaveText('Speaking: Marc Gagnon')
  const shared = await share.locator('body').innerText()
  for (const hidden of ['Owen Hughes', 'Sofia Rossi', 'Dana Cole', 'Priya Nair', 'Raised hands', '%']) expect(shared).not.toContain(hidden)
  await share.close()

  // A reload mid-phase comes back to the same phase and speaker.
  await page.reload()
  await expect(phaseTitle(page)).toHaveText('Group discussion')
  await expect(page.getByTestId('current-speaker')).toContainText('Marc Gagnon')
  await expect(page.getByTestId('roles')).toContainText('Consultants: Owen Hughes, Dana Cole, Marc Gagnon, Sofia Rossi')

  // Through the break to Case 2, a Troika: the client turns away for the consultation.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('case-panel')).toContainText('Troika Consulting · phase 1 of 5')
  await page.getByRole('button', { name: 'Next phase' }).click()
  await page.getByRole('button', { name: 'Next phase' }).click()
  await page.getByRole('button', { name: 'Next phase' }).click()
  await expect(phaseTitle(page)).toHaveText('Consultants discuss')
  await expect(page.getByTestId('speaking-rule')).toHaveText('Client turned away — camera off')

  const types = (await events()).map((e) => e.type)
  expect(types).toEqual(expect.arrayContaining(['round-started', 'turn-ended', 'roles-assigned', 'phase-moved', 'hand-raised', 'speaker-set']))
})

test('a group edits a protocol as its own version, and chooses whether talk time may be exported', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP' } })
  await page.goto(`${host.url}#/groups/${group.id}/protocols`)
  const consultancy = page.getByTestId('protocol-card').filter({ hasText: 'Consultancy' })
  await expect(consultancy).toContainText('50 min')
  await consultancy.getByRole('button', { name: 'Edit Consultancy' }).click()
  const discussion = page.getByTestId('phase-editor').filter({ has: page.locator('input[value="Group discussion"]') })
  await discussion.getByLabel('Minutes').fill('20')
  await discussion.getByLabel('Rule the room reads').fill('Presenter silent, back turned')
  await page.getByRole('button', { name: 'Save for our group' }).click()
  await expect(page.getByTestId('protocol-card').filter({ hasText: 'Consultancy' })).toContainText('55 min')
  await expect(page.getByTestId('protocol-card').filter({ hasText: 'Consultancy' })).toContainText('version 2')
  const saved = (await h['protocols/list']({ groupId: group.id })).find((p) => p.id === 'consultancy')
  expect(saved?.phases.find((p) => p.key === 'discussion')).toMatchObject({ minutes: 20, timing: 'default', speaking: { label: 'Presenter silent, back turned' } })

  await page.getByRole('tab', { name: /Group & charter/ }).click()
  await expect(page.getByRole('switch', { name: 'Include talk-time shares in exports' })).not.toBeChecked()
  await page.getByRole('switch', { name: 'Include talk-time shares in exports' }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(async () => (await h['groups/get']({ groupId: group.id })).group.talkTimeInExports).toBe(true)
})

test('a new protocol with no name and a phase with no minutes is refused at the fields, then saved once fixed', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP' } })
  await page.goto(`${host.url}#/groups/${group.id}/protocols`)
  await page.getByRole('button', { name: 'New protocol' }).click()
  const name = page.getByLabel('Name', { exact: true })
  const minutes = page.getByTestId('phase-editor').getByLabel('Minutes', { exact: true })
  await name.fill('')
  await minutes.fill('')
  await page.getByRole('button', { name: 'Save for our group' }).click()

  // Each message sits on its field (read with it), the summary is announced, and the keyboard lands on the first.
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription('Give the protocol a name.')
  await expect(minutes).toHaveAccessibleDescription('How many minutes does this phase take? Enter a whole number from 1 to 180.')
  await expect(page.getByRole('alert')).toHaveText('2 fields need your attention before saving: see the messages in red.')
  await expect(name).toBeFocused()
  expect((await h['protocols/list']({ groupId: group.id })).map((p) => p.name)).not.toContain('')

  // Typing clears a message; the fixed protocol saves as before.
  await name.fill('Peer supervision')
  await expect(name).not.toHaveAttribute('aria-invalid', 'true')
  await minutes.fill('12')
  await page.getByRole('button', { name: 'Save for our group' }).click()
  const card = page.getByTestId('protocol-card').filter({ has: page.getByText('Peer supervision', { exact: true }) })
  await expect(card).toContainText('12 min')
  await expect(card).toContainText('1 phase · version 1')
  expect((await h['protocols/list']({ groupId: group.id })).find((p) => p.id === 'peer-supervision')).toMatchObject({ name: 'Peer supervision', phases: [{ minutes: 12, title: 'First phase' }] })
})
