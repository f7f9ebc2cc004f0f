import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { expect, test } from './fixtures'

test.use({ locale: 'en-US' })

/**
 * Mantine's own useId draws a part with React's id, then gives it a random one from a layout
 * effect: a second, synchronous render of the shell and every checkbox, radio and input as it
 * mounts, before the screen can answer a key. The build swaps in one that keeps the first id
 * (src/ui/lib/mantineUseId.ts). Seen from the page: no element's id, or a label's reference to
 * one, is ever rewritten.
 */
test('the live screen names its parts once: no id or label reference is rewritten after it is drawn', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Ids CoP' } })
  await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name: 'Owen Hughes' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1', scheduledStart: '2026-12-08T19:00' })
  await page.addInitScript(() => {
    const rewritten: string[] = []
    ;(window as unknown as { rewritten: string[] }).rewritten = rewritten
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.oldValue === null) continue
          const now = (record.target as Element).getAttribute(record.attributeName ?? '')
          if (now !== record.oldValue) rewritten.push(`${record.attributeName}: ${record.oldValue} → ${now}`)
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls'] })
    )
  })
  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  await expect(page.getByRole('button', { name: 'Start session' })).toBeEnabled()
  // The end choice's radios are labelled through ids: still so.
  await expect(page.getByRole('radio', { name: /the full .* from now/ })).toBeVisible()
  // The parts drawn one render later (the sidebar, the header's buttons, attendance, notes) too.
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible()
  await expect(page.getByText('Owen Hughes').first()).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { rewritten: string[] }).rewritten)).toEqual([])
})
