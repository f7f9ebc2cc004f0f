import { expect, test } from './fixtures'
import { MEMBER_NAMES, PASSPHRASE, SCHEMES, at, audit, describeFindings, seedGroup, settle, type Finding } from './a11ySupport'

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) over every screen and state a facilitator meets, in the
 * light and the dark scheme as the OS would ask for them. Findings are collected across the whole
 * walk and asserted once, so a failure lists every screen's problems at the same time.
 */
for (const colorScheme of SCHEMES) {
  test.describe(`${colorScheme} scheme`, () => {
    // axe reads every node's colours on some twenty screens: minutes, not seconds, on a busy machine.
    test.setTimeout(300_000)
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
    })

    test('setting up: welcome, new group, group tabs, dialogs, plan editor, settings', async ({ page, host }) => {
      const found: Finding[] = []
      const check = async (screen: string) => void found.push(...(await audit(page, screen)))
      const settle = async (_page: unknown) => {} // real time here: Playwright waits out the transitions

      await page.goto(host.url)
      await expect(page.getByRole('heading', { name: 'Welcome to Hearth' })).toBeVisible()
      await check('home, empty workspace')

      await page.getByRole('link', { name: 'Set up my group' }).click()
      await expect(page.getByRole('heading', { name: 'New group' })).toBeVisible()
      await check('new group')
      await page.getByRole('button', { name: 'Create group' }).click()
      await expect(page.getByText('Give the group a name')).toBeVisible()
      await check('new group, validation messages')

      const seeded = await seedGroup(host)
      await page.goto(host.url)
      await expect(page.getByRole('link', { name: /Ottawa Mental Performance CoP/ }).first()).toBeVisible()
      await check('home, with a group')

      await page.goto(seeded.groupUrl('overview'))
      await expect(page.getByLabel('Group name')).toHaveValue('Ottawa Mental Performance CoP')
      await check('group: charter')

      await page.goto(seeded.groupUrl('members'))
      await expect(page.getByRole('table', { name: 'Members' })).toBeVisible()
      await check('group: members')
      await page.getByRole('button', { name: 'Add member' }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: 'Add member' })).toBeVisible()
      await page.getByRole('dialog').getByRole('button', { name: 'Add member' }).click()
      await check('dialog: add member, with validation')
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
      await settle(page)
      await page.getByRole('button', { name: `Remove ${MEMBER_NAMES[1]}` }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: 'Remove member?' })).toBeVisible()
      await check('dialog: remove member')
      await page.getByRole('dialog').getByRole('button', { name: 'Keep' }).click()
      await settle(page)

      await page.goto(seeded.groupUrl('sessions'))
      await expect(page.getByRole('link', { name: /Session 1 — December/ })).toBeVisible()
      await check('group: sessions')
      await page.getByRole('button', { name: 'Plan next session' }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: 'Plan the next session' })).toBeVisible()
      await check('dialog: plan the next session')
      await page.keyboard.press('Escape')
      await settle(page)

      await page.goto(seeded.groupUrl('protocols'))
      await expect(page.getByTestId('protocol-card').first()).toBeVisible()
      await check('group: protocols')
      await page.getByRole('button', { name: 'Edit Consultancy' }).click()
      await check('protocol editor')

      await page.goto(seeded.groupUrl('certificates'))
      await expect(page.getByTestId('cpd-settings')).toBeVisible()
      await check('group: CPD and certificates')

      await page.goto(seeded.planUrl)
      await expect(page.getByRole('list', { name: 'Agenda items' })).toBeVisible()
      await check('plan editor')
      await page.getByRole('button', { name: /^Settings for / }).first().click()
      await settle(page)
      await check('plan editor: item settings popover')
      await page.keyboard.press('Escape')
      await settle(page)
      await page.getByRole('button', { name: 'Save as template' }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: /template/ })).toBeVisible()
      await check('dialog: save as template')
      await page.keyboard.press('Escape')
      await settle(page)

      await page.goto(`${host.url}#/settings`)
      await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible()
      await check('settings')

      expect(describeFindings(found)).toBe('')
    })

    test('running a session: start, tones, pause, turns, case protocol, rebalance, notes, closing, summary, share view', async ({ page, host, context }) => {
      const found: Finding[] = []
      const check = async (screen: string) => void found.push(...(await audit(page, screen, { fakeClock: true })))
      const seeded = await seedGroup(host)
      // A 10-minute first item: its danger share (5 %) lasts 30 s, long enough to audit.
      const items = seeded.plan.items.map((item, i) => (i === 0 ? { ...item, minutes: 10 } : item))
      await host.service.handlers['sessions/update-plan']({ sessionId: seeded.plan.id, plan: { ...seeded.plan, items, plannedMinutes: seeded.plan.plannedMinutes + 5 } })

      await page.clock.install({ time: at(18, 59) })
      await page.goto(seeded.liveUrl)
      await page.clock.pauseAt(at(19, 0))
      await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Set passphrase' })).toBeVisible()
      await check('live: before start, notes passphrase form')
      await page.getByRole('button', { name: /Shortcuts/ }).click()
      await settle(page)
      await check('dialog: keyboard shortcuts')
      await page.keyboard.press('Escape')
      await settle(page)

      const notes = page.getByTestId('notes-panel')
      await notes.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
      await notes.getByLabel('Passphrase again').fill(PASSPHRASE)
      await notes.getByRole('button', { name: 'Set passphrase' }).click()
      await expect(notes.getByLabel('Case summary')).toBeVisible({ timeout: 30_000 }) // the key is derived slowly on purpose

      await page.getByRole('button', { name: 'Start session' }).click()
      await expect(page.getByTestId('timer')).toHaveAttribute('data-tone', 'normal')
      await check('live: running')

      await page.clock.fastForward('08:10')
      await expect(page.getByTestId('timer')).toHaveAttribute('data-tone', 'warning')
      // The chime's visual twin: said in words, muted or not.
      await expect(page.getByTestId('cue-flash')).toContainText('Time to wrap up · one chime')
      await check('live: warning, with the cue banner')
      await page.clock.fastForward('01:25')
      await expect(page.getByTestId('timer')).toHaveAttribute('data-tone', 'danger')
      await expect(page.getByTestId('cue-flash')).toContainText('Almost out of time · two chimes')
      await check('live: danger')
      await page.clock.fastForward('01:10')
      await expect(page.getByTestId('timer')).toHaveAttribute('data-tone', 'overtime')
      await check('live: over time')
      await page.getByRole('button', { name: 'Pause' }).click()
      await expect(page.getByTestId('tone-label')).toHaveText('Paused')
      await check('live: paused')
      await page.getByRole('button', { name: 'Resume' }).click()

      // The check-in round: a speaker, a raised hand, a round in progress.
      await page.getByRole('button', { name: 'Next item' }).click()
      await page.getByRole('button', { name: `Start talk time for ${MEMBER_NAMES[0]}` }).click()
      await page.keyboard.press('2')
      await expect(page.getByTestId('queued')).toHaveCount(1)
      await check('live: turns panel with a speaker and a queue')
      await page.getByRole('button', { name: 'Start a round' }).click()
      await expect(page.getByTestId('round')).toContainText('turn')
      await check('live: round in progress')

      // Case 1: the Consultancy protocol, then its overrun and the rebalance offer.
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await expect(page.getByTestId('case-panel')).toBeVisible()
      await check('live: case protocol, roles form')
      await page.clock.fastForward('01:15:00')
      await expect(page.getByTestId('rebalance-offer')).toBeVisible()
      await check('live: rebalance offer')
      await page.getByRole('button', { name: 'Review' }).click()
      await settle(page)
      await expect(page.getByRole('table', { name: 'Rebalance preview' })).toBeVisible()
      await check('dialog: rebalance preview')
      await page.getByRole('button', { name: 'Dismiss' }).click()
      await settle(page)

      // Notes with flags, and the review of open flags.
      await notes.getByLabel('Case summary').fill('Jordan Whitlock, 15, plays for the Kingston Ice Hawks.')
      // The underlines come once typing pauses: time has to pass for that.
      await settle(page)
      await expect(notes.getByRole('list', { name: 'Possible identifiers' }).first()).toBeVisible()
      await notes.getByRole('button', { name: 'Add action' }).click()
      await check('live: notes with flags and an action')
      await notes.getByRole('button', { name: 'Save and check notes' }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: 'Resolve each possible identifier' })).toBeVisible()
      await check('dialog: resolve flags')
      await page.keyboard.press('Escape')
      await settle(page)

      // The share view, as the room sees it.
      const share = await context.newPage()
      await share.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
      await share.clock.install({ time: at(20, 9) })
      await share.clock.pauseAt(at(20, 10))
      await share.goto(seeded.shareUrl)
      await expect(share.getByTestId('time-left')).toBeVisible()
      found.push(...(await audit(share, 'share view: over time, case protocol', { fakeClock: true })))
      await share.close()

      await page.getByRole('button', { name: 'End session' }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: 'End the session?' })).toBeVisible()
      await check('dialog: end the session')
      await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click()
      await settle(page)
      await expect(page.getByTestId('closing-panel')).toBeVisible()
      await expect(page.getByTestId('certificates-panel')).toBeVisible()
      await check('live: ended, closing and certificates')
      await page.getByRole('button', { name: 'Preview the summary' }).click()
      await settle(page)
      await expect(page.getByRole('dialog', { name: 'Session summary' })).toBeVisible()
      await check('dialog: summary preview (refused: open flags)')

      expect(describeFindings(found)).toBe('')
    })
  })
}
