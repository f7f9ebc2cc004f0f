import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS } from '../../src/core/model/member'
import { startHost, type Host } from '../host/server'
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium'
import { log } from './report'

/** What the browser benches measure: the renderer as `npm run build` leaves it. */
export const RENDERER_DIR = resolve('out/renderer')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** The bench measures the built renderer, so it builds one if there is none and says if it looks stale. */
export function ensureRenderer(): void {
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

/** The system Chromium with the test flags, or null (and a line saying why) when there is none. */
export async function launchChromium(benchName: string): Promise<Browser | null> {
  const executablePath = systemChromium()
  try {
    return await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) })
  } catch (error) {
    const reason = String(error).split('\n')[0]
    log(`Skipping ${benchName}: no usable Chromium (${executablePath ?? "Playwright's own browser"}: ${reason}). Set CHROMIUM_PATH to one.`)
    return null
  }
}

/** A group with three members and a planned session, made through the real service calls. */
export async function seedLiveSession(host: Host): Promise<{ groupId: string; sessionId: string; liveUrl: string }> {
  const h = host.service.handlers
  const group = await h['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Bench CoP' } })
  for (const name of ['Amélie Tremblay', 'Owen Hughes', 'Priya Nair']) await h['members/add']({ groupId: group.id, member: { ...NEW_MEMBER_DEFAULTS, name } })
  const plan = await h['sessions/plan-from-template']({ groupId: group.id, title: 'Session 1 — December', scheduledStart: '2026-12-08T19:00' })
  return { groupId: group.id, sessionId: plan.id, liveUrl: `${host.url}#/groups/${group.id}/sessions/${plan.id}/live` }
}

/** A fresh temp data folder and a host on it, for the length of `use`. */
export async function withHost<T>(prefix: string, use: (host: Host) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix))
  let host: Host | null = null
  try {
    host = await startHost({ dataDir, rendererDir: RENDERER_DIR })
    return await use(host)
  } finally {
    await host?.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/**
 * A function's source as an init script. tsx compiles with keepNames, which wraps named inner
 * functions in a `__name` helper the page does not have: the script brings its own.
 */
export const inPage = (fn: () => void): string => `{ const __name = (f) => f; (${fn.toString()})() }`
