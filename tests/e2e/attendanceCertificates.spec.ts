import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NEW_CPD_RULE_DEFAULTS } from '../../src/core/attendance/cpdRule'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { readDocx } from '../services/exports/readDocx'
import { expect, test } from './fixtures'

const at = (h: number, m: number) => new Date(2026, 11, 8, h, m).getTime()

test('marks attendance in a short session, then saves certificates for those who stayed, one Word file each', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Halifax Coaching CoP' } })
  await h['cpd/update-rule']({ groupId: group.id, rule: { ...NEW_CPD_RULE_DEFAULTS, provider: { name: 'Halifax Coaching CoP', contact: 'cop@example.org' }, facilitatorName: 'Nadia Roy' } })
  for (const [name, role] of [['Léa Gagnon', 'member'], ['Tom Price', 'member'], ['Kiri Walker', 'member'], ['Ana Costa', 'guest']] as const)
    await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name, role, professionalBody: 'ICF' } })
  const planned = await h['sessions/plan-from-template']({ groupId: group.id, title: 'December check-in', scheduledStart: '2026-12-08T19:00' })
  // A short session: two 10-minute items.
  const items = planned.items.slice(0, 2).map((item) => ({ ...item, minutes: 10, kind: 'standard' as const }))
  await h['sessions/update-plan']({ sessionId: planned.id, plan: { ...planned, items, plannedMinutes: 20 } })
  const outDir = await mkdtemp(join(tmpdir(), 'hearth-certs-'))
  host.answerDialogs((request) => (request.kind === 'folder' ? outDir : null))

  await page.clock.install({ time: at(18, 58) })
  await page.goto(`${host.url}#/groups/${group.id}/sessions/${planned.id}/live`)
  await page.clock.pauseAt(at(18, 59))
  const attendance = page.getByTestId('attendance-panel')
  // Before the start: Léa, Tom and the guest are here; Kiri sent apologies... then turns up late.
  await attendance.getByRole('button', { name: 'Léa Gagnon is here' }).click()
  await attendance.getByRole('button', { name: 'Tom Price is here' }).click()
  await attendance.getByRole('button', { name: 'Ana Costa is here' }).click()
  await attendance.getByRole('button', { name: 'Kiri Walker sent apologies' }).click()
  await expect(attendance).toContainText('3 of 4 here')

  await page.clock.pauseAt(at(19, 0))
  await page.getByRole('button', { name: 'Start session' }).click()
  await page.clock.fastForward('05:00')
  await attendance.getByRole('button', { name: 'Undo Kiri Walker’s last mark' }).click()
  await attendance.getByRole('button', { name: 'Kiri Walker is here' }).click()
  await expect(attendance.locator('[data-person="Kiri Walker"]')).toContainText('joined 19:05')
  await page.clock.fastForward('07:00')
  await attendance.getByRole('button', { name: 'Tom Price left' }).click()
  await expect(attendance.locator('[data-person="Tom Price"]')).toContainText('Left 19:12')
  await page.clock.fastForward('08:00')
  await page.getByRole('button', { name: 'End session' }).click()
  // Mantine animates the modal in; the paused clock has to run for it to appear.
  await page.clock.runFor(500)
  // Ended half a second after 19:20 (the modal's animation): 12 of 20 minutes is 59 %, rounded down.
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click()
  await page.clock.runFor(500)

  const panel = page.getByTestId('certificates-panel')
  const row = (name: string) => panel.locator(`tr[data-person="${name}"]`)
  await expect(row('Léa Gagnon')).toContainText('20 min (100 %)')
  await expect(row('Kiri Walker')).toContainText('15 min (75 %)')
  await expect(row('Tom Price')).toContainText('12 min (59 %)')
  await expect(row('Kiri Walker').getByRole('checkbox')).toBeDisabled()
  await expect(row('Ana Costa').getByRole('checkbox')).toBeChecked()
  await panel.getByRole('button', { name: 'Save 2 certificates…' }).click()
  await expect(page.getByTestId('certificates-result')).toContainText('Saved 2 files.')

  expect((await readdir(outDir)).sort()).toEqual(['Certificate 2026-12-08 Ana Costa.docx', 'Certificate 2026-12-08 Léa Gagnon.docx'])
  const doc = readDocx(await readFile(join(outDir, 'Certificate 2026-12-08 Léa Gagnon.docx')))
  expect(doc.text).toContain('December check-in')
  expect(doc.text).toContain('attended 20 of 20 minutes')
  await expect(row('Léa Gagnon')).toContainText('Issued HRT-2026-')
  await rm(outDir, { recursive: true, force: true })
})
