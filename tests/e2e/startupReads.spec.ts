import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { expect, test } from './fixtures'

const INVOKE = '/__hearth/invoke/'

/**
 * Opening the live screen asks for each thing once (the shell, the language and the screen all
 * want the settings: one request serves them), and a kept reply never outlives a change: after
 * the chimes are muted from the live screen, Settings reads them again and shows them muted.
 */
test('the live screen reads its data once at start-up, and reads the settings again after a change', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Start-up CoP' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1', scheduledStart: '2026-12-08T19:00' })

  const asked: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith(INVOKE)) asked.push(decodeURIComponent(path.slice(INVOKE.length)))
  })
  const count = (channel: string) => asked.filter((c) => c === channel).length

  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  await expect(page.getByRole('button', { name: 'Start session' })).toBeEnabled()
  await expect(page.getByRole('heading', { name: 'Confidential notes' })).toBeVisible()
  for (const channel of ['settings/get', 'live/get', 'groups/list', 'app/status']) expect(count(channel), channel).toBe(1)

  // M mutes the chimes: a change, saved through the service.
  await page.keyboard.press('m')
  await expect.poll(async () => (await h['settings/get']({})).chimesMuted).toBe(true)

  await page.goto(`${host.url}#/settings`)
  await expect(page.getByRole('switch', { name: 'Mute chimes' })).toBeChecked()
  expect(count('settings/get')).toBeGreaterThan(1)
})

/**
 * The reads leave before the app's code has loaded, and are mostly back before it runs: then the
 * first render draws the live screen with them (one render, one layout), never a loading state
 * first. The app's code is held here until the four replies are in, so the test says what happens
 * whenever they win that race.
 */
test('replies that are back before the code are drawn in the first render, without a loading state', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'First-render CoP' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1', scheduledStart: '2026-12-08T19:00' })

  let answered = 0
  let allAnswered = () => {}
  const repliesIn = new Promise<void>((resolve) => (allAnswered = resolve))
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith(INVOKE) && ++answered === 4) allAnswered()
  })
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await repliesIn
    // The replies' bodies reach the page's promises in a task or two after the network is done.
    await new Promise((resolve) => setTimeout(resolve, 100))
    await route.continue()
  })
  // Every text the page ever shows, from its very first node.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __texts: string[] }).__texts = [])
    new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, { childList: true, subtree: true, characterData: true })
  })

  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  await expect(page.getByRole('button', { name: 'Start session' })).toBeEnabled()
  await expect(page.getByRole('link', { name: 'First-render CoP' })).toBeVisible()
  const texts = await page.evaluate(() => (window as unknown as { __texts: string[] }).__texts)
  expect(texts.some((text) => text.includes('Start session'))).toBe(true)
  expect(texts.filter((text) => /Loading/.test(text))).toEqual([])
})

/**
 * The reads' script is async: it does not wait, as scripts in order do, for the stylesheet to
 * load and be parsed. The stylesheet is held here until the reads have left (or 3 s have passed).
 */
test('the start-up reads leave before the stylesheet has loaded', async ({ page, host }) => {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Early CoP' } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1', scheduledStart: '2026-12-08T19:00' })

  let sent = 0
  let allSent = () => {}
  const readsSent = new Promise<void>((resolve) => (allSent = resolve))
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(INVOKE) && ++sent === 4) allSent()
  })
  let readsLeftFirst: boolean | null = null
  await page.route(/\/assets\/index-[^/]+\.css$/, async (route) => {
    readsLeftFirst = await Promise.race([readsSent.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))])
    await route.continue()
  })

  await page.goto(`${host.url}#/groups/${group.id}/sessions/${plan.id}/live`)
  await expect(page.getByRole('button', { name: 'Start session' })).toBeEnabled()
  expect(readsLeftFirst).toBe(true)
})
