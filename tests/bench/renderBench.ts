import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { startHost, type Host } from '../host/server'
import { RENDERER_DIR, ensureRenderer, launchChromium } from './browserHost'
import { log, type Emit } from './report'
import { median, round } from './stats'

// Each tick is followed by the frames the browser would really render for it, which takes real
// time (the progress bar's width transition runs ~100 ms on the real clock), so N is kept below
// the ~400 one would like, to hold the whole bench under three minutes on two cores.
const TICKS = 120
const WARM_UP_TICKS = 20
const TICK_MS = 250
const REPEATS = 3
/** Longest a tick's animations may take to finish before the bench stops waiting. */
const SETTLE_CAP_MS = 2000
const START = new Date(2026, 11, 8, 19, 0).getTime()

declare global {
  interface Window {
    /** The browser's own frame and timer functions, saved before Playwright's fake clock replaces them. */
    __benchReal?: { frame: (callback: FrameRequestCallback) => number; setTimeout: (callback: () => void, ms: number) => number }
  }
}

async function seed(host: Host): Promise<string> {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Bench CoP' } })
  for (const name of ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair'])
    await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  return `${host.url}#/groups/${group.id}/sessions/${plan.id}/live`
}

interface Cost {
  script: number
  layout: number
  style: number
}

async function cost(cdp: CDPSession): Promise<Cost> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  const value = (name: string) => {
    const metric = metrics.find((m) => m.name === name)
    if (!metric) throw new Error(`Chromium reported no ${name}`)
    return metric.value
  }
  return { script: value('ScriptDuration'), layout: value('LayoutDuration'), style: value('RecalcStyleDuration') }
}

/**
 * Lets the tick render as it would at 250 ms intervals: its transitions play out on the real
 * clock, then two real frames pass so the last of them has been styled and laid out.
 */
const settle = (page: Page) =>
  page.evaluate(async (capMs) => {
    const real = window.__benchReal
    if (!real) throw new Error('The real requestAnimationFrame was not saved')
    const finite = document.getAnimations().filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((done) => real.setTimeout(() => done(undefined), capMs))])
    await new Promise((done) => real.frame(() => real.frame(done)))
  }, SETTLE_CAP_MS)

async function ticks(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.clock.runFor(TICK_MS)
    await settle(page)
  }
}

/** Script, layout and style time per 250 ms display tick of the live screen, in real Chromium. */
export async function renderBench(emit: Emit): Promise<void> {
  const browser = await launchChromium('live.renderPerTick')
  if (!browser) return
  let host: Host | null = null
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-bench-live-'))
  try {
    ensureRenderer()
    host = await startHost({ dataDir, rendererDir: RENDERER_DIR })
    const liveUrl = await seed(host)
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    // Registered before the clock's own init script, so it runs first and sees the native functions.
    await context.addInitScript(() => {
      window.__benchReal = { frame: window.requestAnimationFrame.bind(window), setTimeout: window.setTimeout.bind(window) }
    })
    const page = await context.newPage()
    await page.clock.install({ time: START - 60_000 })
    await page.goto(liveUrl)
    await page.clock.pauseAt(START)
    await page.getByRole('button', { name: 'Start session' }).click()
    // Measured on the 45-minute case, so every sampled tick is an ordinary one (no tone change).
    // A tick after each step, because the screen shows the log as of its last refresh.
    await page.clock.runFor(TICK_MS)
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight')
      await page.clock.runFor(TICK_MS)
    }
    const heading = page.getByTestId('timer').getByRole('heading')
    try {
      await heading.filter({ hasText: /^Case 1/ }).waitFor({ timeout: 10_000 })
    } catch {
      throw new Error(`Expected the live screen on Case 1, it shows "${await heading.textContent({ timeout: 1000 }).catch(() => 'no timer')}"`)
    }

    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    log(`Rendering ${REPEATS} × ${TICKS} live ticks in Chromium…`)
    await ticks(page, WARM_UP_TICKS)
    const samples: Cost[] = []
    for (let run = 0; run < REPEATS; run++) {
      const before = await cost(cdp)
      await ticks(page, TICKS)
      const after = await cost(cdp)
      const perTick = (key: keyof Cost) => ((after[key] - before[key]) * 1000) / TICKS
      const sample = { script: perTick('script'), layout: perTick('layout'), style: perTick('style') }
      samples.push(sample)
      log(`  run ${run + 1}: ${(sample.script + sample.layout + sample.style).toFixed(3)} ms per tick`)
    }
    const shown = await page.getByTestId('time-left').textContent()
    log(`  ended at ${shown} left on Case 1`)
    const figure = (name: string, of: (s: Cost) => number) => emit({ name, value: round(median(samples.map(of)), 3), unit: 'ms' })
    figure('live.renderPerTick', (s) => s.script + s.layout + s.style)
    figure('live.renderPerTick.script', (s) => s.script)
    figure('live.renderPerTick.layout', (s) => s.layout)
    figure('live.renderPerTick.style', (s) => s.style)
  } finally {
    await browser.close()
    await host?.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
