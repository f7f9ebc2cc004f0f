import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NEW_CPD_RULE_DEFAULTS } from '../../src/core/attendance/cpdRule'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { readDocx } from '../services/exports/readDocx'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

const at = (h: number, m: number) => new Date(2026, 11, 8, h, m).getTime()

/**
 * Screens away from the call load their code on first use, and React reveals them on a timer that
 * the test's paused clock holds: move the clock on until the thing is there.
 */
async function revealed(locator: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await locator.page().clock.runFor(300)
      return locator.count()
    })
    .toBeGreaterThan(0)
}

test('closes a session, is refused a summary until the notes are resolved, then plans the next one with its open action carried forward', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Halifax Coaching CoP' } })
  await h['cpd/update-rule']({ groupId: group.id, rule: { ...NEW_CPD_RULE_DEFAULTS, provider: { name: 'Halifax Coaching CoP', contact: '' }, facilitatorName: 'Nadia Roy' } })
  for (const name of ['Léa Gagnon', 'Tom Price', 'Kiri Walker']) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const planned = await h['sessions/plan-from-template']({ groupId: group.id, title: 'December', scheduledStart: '2026-12-08T19:00' })
  const items = planned.items.slice(0, 2).map((item) => ({ ...item, minutes: 10, kind: 'standard' as const }))
  await h['sessions/update-plan']({ sessionId: planned.id, plan: { ...planned, items, plannedMinutes: 20 } })
  await h['keys/unlock']({ passphrase: 'a passphrase for the test' })
  const outDir = await mkdtemp(join(tmpdir(), 'hearth-summary-'))
  host.answerDialogs((request) => (request.kind === 'file' ? join(outDir, request.suggestedName) : null))

  await page.clock.install({ time: at(18, 58) })
  await page.goto(`${host.url}#/groups/${group.id}/sessions/${planned.id}/live`)
  await page.clock.pauseAt(at(18, 59))
  const attendance = page.getByTestId('attendance-panel')
  await attendance.getByRole('button', { name: 'Léa Gagnon is here' }).click()
  await attendance.getByRole('button', { name: 'Tom Price is here' }).click()
  await attendance.getByRole('button', { name: 'Kiri Walker sent apologies' }).click()
  await page.clock.pauseAt(at(19, 0))
  await page.getByRole('button', { name: 'Start session' }).click()

  const notes = page.getByTestId('notes-panel')
  await notes.getByLabel('Case summary').fill('Marcel Dubois keeps cancelling sessions before big games.')
  await notes.getByRole('button', { name: 'Add action' }).click()
  await notes.getByLabel('Action 1', { exact: true }).fill('Send the group the reading list on avoidance')
  await page.clock.runFor(1000)
  await expect(notes.getByRole('status')).toHaveText('Saved')

  await page.clock.fastForward('20:00')
  await page.getByRole('button', { name: 'End session' }).click()
  await page.clock.runFor(500)
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click()
  await page.clock.runFor(500)

  const closing = page.getByTestId('closing-panel')
  await closing.getByRole('radiogroup', { name: 'How useful was today’s session for our practice?' }).getByText('4').click()
  await closing.getByRole('button', { name: 'Preview the summary' }).click()
  await page.clock.runFor(500)
  await expect(page.getByTestId('summary-refused')).toContainText('possible identifier')
  await page.getByRole('dialog', { name: 'Session summary' }).getByRole('button', { name: 'Close', exact: true }).click()
  await page.clock.runFor(500)

  await notes.getByRole('button', { name: 'Replace “Marcel Dubois” with [CLIENT]' }).click()
  await page.clock.runFor(1000)
  await expect(notes.getByRole('status')).toHaveText('Saved')
  await closing.getByRole('button', { name: 'Preview the summary' }).click()
  await page.clock.runFor(500)
  const preview = page.getByTestId('summary-preview')
  await expect(preview).toContainText('Léa Gagnon, Tom Price')
  await expect(preview).toContainText('Send the group the reading list on avoidance')
  await page.getByRole('button', { name: 'Save as Word…' }).click()
  await expect(page.getByTestId('summary-saved')).toContainText('Summary 2026-12-08 December.docx')
  const doc = readDocx(await readFile(join(outDir, 'Summary 2026-12-08 December.docx')))
  expect(doc.text).toContain('[CLIENT] keeps cancelling')
  expect(doc.text).toContain('4 out of 5')
  expect(doc.text).not.toContain('Marcel')
  await page.getByRole('dialog', { name: 'Session summary' }).getByRole('button', { name: 'Close', exact: true }).click()
  await page.clock.runFor(500)

  // The next session, a month on: its plan shows the action still open.
  await closing.getByRole('button', { name: 'Plan the next session' }).click()
  await revealed(page.getByTestId('carried-actions'))
  await expect(page.getByTestId('carried-actions')).toContainText('Send the group the reading list on avoidance')
  await expect(page.getByLabel('Session title')).toHaveValue(/^Session 2 — January 2027$/)

  // The group page: the open action in the thread; one session held; Léa and Tom came, Kiri sent apologies.
  await page.goto(`${host.url}#/groups/${group.id}/sessions`)
  await revealed(page.getByTestId('open-actions'))
  await expect(page.getByTestId('open-actions')).toContainText('Send the group the reading list on avoidance')
  const cycle = page.getByTestId('cycle-dashboard')
  await expect(cycle).toContainText('1sessions held')
  await expect(cycle.locator('[data-member="Léa Gagnon"]')).toContainText('100 %')
  await expect(cycle.locator('[data-member="Kiri Walker"]')).toContainText('0 %')
  await expect(cycle).toContainText('67 %')
  await rm(outDir, { recursive: true, force: true })
})
