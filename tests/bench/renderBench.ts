import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { startHost, type Host } from '../host/server'
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium'
import { log, type Emit } from './report'
import { median, round } from './stats'

const TICKS = 400
const TICK_MS = 250
const REPEATS = 3
const RENDERER_DIR = resolve('out/renderer')

declare global {
  interface Window {
    /** The browser's own requestAnimationFrame, saved before Playwright's fake clock replaces it. */
    __benchFrame?: (callback: FrameRequestCallback) => number
  }
}

const START = new Date(2026, 11, 8, 19, 0).getTime()

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** The bench measures the built renderer, so it builds one if there is none and says if it looks stale. */
function ensureRenderer(): void {
  const index = join(RENDERER_DIR, 'index.html')
  if (!existsSync(index)) {
    log('No built renderer in out/renderer; running `npx electron-vite build`…')
    try {
      execFileSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', process.stderr, process.stderr] })
    } catch (error) {
      throw new Error(`Building the renderer failed (${String(error)}); run \`npm run build\` and try again`)
    }
    if (!existsSync(index)) throw new Error('`electron-vite build` did not produce out/renderer/index.html')
  } else if (newestMtime(resolve('src')) > statSync(index).mtimeMs) {
    log('  note: src/ has changed since out/renderer was built; this figure is for the older build (run `npm run build`)')
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

/** Two real frames, so the last tick's DOM changes have been styled and laid out. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        const frame = window.__benchFrame
        if (!frame) throw new Error('The real requestAnimationFrame was not saved')
        frame(() => frame(() => done()))
      })
  )

async function launch(): Promise<Browser | null> {
  const executablePath = systemChromium()
  try {
    return await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) })
  } catch (error) {
    const first = String(error).split('\n')[0]
    log(`Skipping live.renderPerTick: no usable Chromium (${executablePath ?? "Playwright's own browser"}: ${first}). Set CHROMIUM_PATH to one.`)
    return null
  }
}

/** Script, layout and style time per 250 ms display tick of the live screen, in real Chromium. */
export async function renderBench(emit: Emit): Promise<void> {
  ensureRenderer()
  const browser = await launch()
  if (!browser) return
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-bench-live-'))
  const host = await startHost({ dataDir, rendererDir: RENDERER_DIR })
  try {
    const liveUrl = await seed(host)
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    // Registered before the clock so it runs first and captures the native function.
    await context.addInitScript(() => {
      window.__benchFrame = window.requestAnimationFrame.bind(window)
    })
    const page = await context.newPage()
    await page.clock.install({ time: START - 60_000 })
    await page.goto(liveUrl)
    await page.clock.pauseAt(START)
    await page.getByRole('button', { name: 'Start session' }).click()
    await page.getByTestId('time-left').waitFor()
    if (process.env.BENCH_BLANK) {
      await page.goto(host.url + 'blank.txt')
      await page.evaluate(() => { window.__benchFrame = window.__benchFrame ?? window.requestAnimationFrame; setInterval(() => {}, 250) })
    }
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')

    const samples: Cost[] = []
    const mode = process.env.BENCH_RENDER_MODE ?? 'batch'
    for (let run = 0; run < REPEATS; run++) {
      await settle(page)
      const before = await cost(cdp)
      const t0 = performance.now()
      if (mode === 'batch') {
        await page.clock.runFor(TICKS * TICK_MS)
        await settle(page)
      } else if (mode === 'force') {
        for (let i = 0; i < TICKS; i++) {
          await page.clock.runFor(TICK_MS)
          await page.evaluate(() => document.body.getBoundingClientRect().height)
        }
      } else {
        for (let i = 0; i < TICKS; i++) {
          await page.clock.runFor(TICK_MS)
          await settle(page)
        }
      }
      const after = await cost(cdp)
      const perTick = (key: keyof Cost) => ((after[key] - before[key]) * 1000) / TICKS
      samples.push({ script: perTick('script'), layout: perTick('layout'), style: perTick('style') })
      log(`  run ${run + 1}: ${Math.round(performance.now() - t0)} ms, ${JSON.stringify(samples.at(-1))} ${await page.getByTestId('time-left').textContent()}`)
    }
    const total = samples.map((s) => s.script + s.layout + s.style)
    emit({ name: 'live.renderPerTick', value: round(median(total), 3), unit: 'ms' })
    emit({ name: 'live.renderPerTick.script', value: round(median(samples.map((s) => s.script)), 3), unit: 'ms' })
    emit({ name: 'live.renderPerTick.layout', value: round(median(samples.map((s) => s.layout)), 3), unit: 'ms' })
    emit({ name: 'live.renderPerTick.style', value: round(median(samples.map((s) => s.style)), 3), unit: 'ms' })
  } finally {
    await browser.close()
    await host.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
