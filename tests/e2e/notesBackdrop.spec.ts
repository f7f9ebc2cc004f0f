import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import type { Host } from '../host/server'
import type { Locator, Page } from '@playwright/test'
import { pauseSoon } from './a11ySupport'
import { expect, test } from './fixtures'

// A key redraws the note's underlines straight in the page, one line at a time, without React. These
// check that what the backdrop draws under the text stays the text, line for line, through every
// kind of edit, and that its underlines stay on their words until the checker has looked again.

const PASSPHRASE = 'blue kettle on the hill'
const NOTE = 'Coach said Sam went home early.\n\nThe club in Gatineau called.\nNothing else.'

async function open(page: Page, host: Host, note = NOTE): Promise<{ panel: Locator; summary: Locator }> {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Backdrop CoP' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  await h['keys/unlock']({ passphrase: PASSPHRASE })
  await page.clock.install()
  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  const panel = page.getByTestId('notes-panel')
  const summary = panel.getByLabel('Case summary')
  await summary.fill(note)
  // Typing pauses: the checker underlines the note.
  await expect(async () => {
    await page.clock.runFor(250)
    await expect(panel.getByTestId('notes-summary').locator('mark')).toHaveText(['Sam', 'Gatineau'], { timeout: 100 })
  }).toPass({ timeout: 15_000 })
  // From here the clock is stopped: the checker does not look again, so what shows is carried across each key.
  await pauseSoon(page)
  return { panel, summary }
}

/** The backdrop's lines and its marks, as drawn. */
const drawn = (summary: Locator) =>
  summary.evaluate((el: HTMLTextAreaElement) => {
    const backdrop = el.previousElementSibling as HTMLElement
    return {
      lines: [...backdrop.querySelectorAll(':scope > * > div')].map((line) => (line.textContent ?? '').replaceAll('\u200b', '')),
      marks: [...backdrop.querySelectorAll('mark')].map((m) => m.textContent),
      text: el.value
    }
  })

async function expectBackdropOf(summary: Locator, marks: string[]) {
  const now = await drawn(summary)
  expect(now.lines).toEqual(now.text.split('\n'))
  expect(now.marks).toEqual(marks)
}

test('the underlines stay on their words through typing, Enter, a line joined, a paste and undo', async ({ page, host }) => {
  const { panel, summary } = await open(page, host)
  const caretAt = (at: number) => summary.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), at)
  // Every edit below is made at the end of the first line, between the two flags: until the checker
  // looks again, the one before keeps its place and the one after moves with the text.
  const at = NOTE.indexOf('\n')
  await summary.focus()
  await caretAt(at)
  await page.keyboard.type(' Then', { delay: 10 })
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])

  // Enter splits the line: the lines after it move down, their marks with them.
  await page.keyboard.press('Enter')
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])
  expect((await drawn(summary)).lines.length).toBe(NOTE.split('\n').length + 1)

  // Backspace at a line's start joins it to the line before.
  await page.keyboard.press('Backspace')
  const typed = `${NOTE.slice(0, at)} Then${NOTE.slice(at)}`
  await expect(summary).toHaveValue(typed)
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])

  // A paste of several lines.
  await page.keyboard.insertText('\nFirst line.\nSecond line.')
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])
  expect((await drawn(summary)).lines.length).toBe(NOTE.split('\n').length + 2)

  // Undo takes the paste back, and the backdrop follows.
  await page.keyboard.press('Control+z')
  await expect(summary).toHaveValue(typed)
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])

  // A key in a flagged word drops its underline (the word may have changed), and leaves the others.
  await caretAt(typed.indexOf('Sam') + 3)
  await page.keyboard.type('my', { delay: 10 })
  await expectBackdropOf(summary, ['Gatineau'])
  // Its row leaves the list too, so no button is left with nothing to act on.
  await expect(panel.getByTestId('notes-summary').getByRole('listitem')).toHaveText([/Gatineau/])
})

test('a flag replaced from its list while typing replaces the text in the field and in its backdrop', async ({ page, host }) => {
  const { panel, summary } = await open(page, host)
  await summary.focus()
  await summary.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length))
  await page.keyboard.type(' Fine.', { delay: 10 })
  await panel.getByRole('button', { name: 'Replace “Gatineau” with [PLACE]' }).click()
  await expect(summary).toHaveValue(`${NOTE.replace('Gatineau', '[PLACE]')} Fine.`)
  const now = await drawn(summary)
  expect(now.lines).toEqual(now.text.split('\n'))
  expect(now.marks).not.toContain('Gatineau')
})

// A long note's backdrop is drawn in blocks of lines: edits that add enough lines to split a block,
// or take out lines across several blocks, must leave it the text line for line, as tall as the text.
const LONG_NOTE = Array.from({ length: 100 }, (_, i) => (i === 3 ? 'Coach said Sam went home early.' : i === 90 ? 'The club in Gatineau called.' : `plain line ${i}, nothing more.`)).join('\n')

test('a long note keeps its backdrop line for line through pastes of many lines, runs of Enter and a cut across blocks', async ({ page, host }) => {
  const { summary } = await open(page, host, LONG_NOTE)
  const select = (from: number, to: number) => summary.evaluate((el: HTMLTextAreaElement, [from, to]) => el.setSelectionRange(from, to), [from, to] as const)
  const lineEnd = (text: string, line: number) => text.split('\n').slice(0, line + 1).join('\n').length
  const asTallAsTheText = () =>
    summary.evaluate((el: HTMLTextAreaElement) => Math.abs((el.previousElementSibling as HTMLElement).scrollHeight - el.scrollHeight))
  await summary.focus()
  await select(lineEnd(LONG_NOTE, 50), lineEnd(LONG_NOTE, 50))
  await page.keyboard.insertText(`\n${Array.from({ length: 70 }, (_, i) => `pasted line ${i}.`).join('\n')}`)
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])
  expect((await drawn(summary)).lines.length).toBe(170)

  await select(lineEnd(LONG_NOTE, 10), lineEnd(LONG_NOTE, 10))
  for (let i = 0; i < 30; i++) await page.keyboard.press('Enter')
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])
  expect((await drawn(summary)).lines.length).toBe(200)
  expect(await asTallAsTheText()).toBeLessThan(1)

  // From line 20 to line 150 or so (some lines on the way are empty): whole blocks go, and the rest join up.
  const before = await summary.inputValue()
  await select(lineEnd(before, 19) + 5, lineEnd(before, 149) + 5)
  await page.keyboard.press('Delete')
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])
  expect((await drawn(summary)).lines.length).toBeLessThan(80)
  expect(await asTallAsTheText()).toBeLessThan(1)

  await page.keyboard.press('Control+z')
  await expect(summary).toHaveValue(before)
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])

  // Everything replaced by one word, then back.
  await select(0, before.length)
  await page.keyboard.type('x')
  await expectBackdropOf(summary, [])
  await page.keyboard.press('Control+z')
  await expect(summary).toHaveValue(before)
  await expectBackdropOf(summary, ['Sam', 'Gatineau'])
  expect(await asTallAsTheText()).toBeLessThan(1)
})
