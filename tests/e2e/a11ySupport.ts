import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import type { Host } from '../host/server'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
export const SCHEMES = ['light', 'dark'] as const
export type Scheme = (typeof SCHEMES)[number]

export interface Finding {
  screen: string
  rule: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Runs axe on the page as it stands and returns its serious and critical findings, labelled with
 * the screen so one run lists every screen's problems instead of stopping at the first.
 */
export async function audit(page: Page, screen: string, { fakeClock = false } = {}): Promise<Finding[]> {
  // axe schedules its work on timers: under a paused fake clock they never fire. Time flows for
  // the second the audit takes, then stops again just after where it got to.
  if (fakeClock) await page.clock.resume()
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  if (fakeClock) await pauseSoon(page)
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n')[1] ?? ''}`) }))
}

export const describeFindings = (findings: readonly Finding[]) =>
  findings.map((f) => `[${f.screen}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n')

export const at = (h: number, m: number, s = 0) => new Date(2026, 11, 8, h, m, s).getTime()
export const MEMBER_NAMES = ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair']
export const PASSPHRASE = 'blue kettle on the hill'

/** A group with three members and one planned 90-minute session on 8 December 2026 at 19:00. */
export async function seedGroup(host: Host) {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Ottawa Mental Performance CoP' } })
  for (const name of MEMBER_NAMES) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  return {
    group,
    plan,
    groupUrl: (tab: string) => `${host.url}#/groups/${group.id}/${tab}`,
    planUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}`,
    liveUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}/live`,
    shareUrl: `${host.url}#/share/${plan.id}`
  }
}

/** Mantine animates modals and popovers on timers: under a paused fake clock they need a push. */
export const settle = (page: Page) => page.clock.runFor(500)

/**
 * Stops a running fake clock about a second ahead of the page's time. On a loaded machine more
 * than that second can pass between reading the time and asking for the pause, which Playwright
 * refuses ("cannot fast-forward to the past"): then it reads the time again and asks again.
 */
export async function pauseSoon(page: Page, aheadMs = 1000): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + aheadMs)
      return
    } catch (error) {
      if (attempt >= 5 || !/past/i.test(String(error))) throw error
    }
  }
}
