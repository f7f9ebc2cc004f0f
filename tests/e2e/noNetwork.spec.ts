import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy'
import { expect, test } from './fixtures'

/**
 * No network from the renderer: under the test host's policy (the app's, with connect-src 'self'
 * so the bridge can reach the host) and under the exact production policy, each way a page could
 * reach out is tried and must be stopped by the CSP. A local TCP "trap" server stands in for the
 * outside world and must never see a connection.
 */

interface Violation {
  directive: string
  blocked: string
}

let trap: Server
let trapHits = 0
let trapOrigin = ''

test.beforeAll(async () => {
  trap = createServer((socket) => {
    trapHits++
    socket.destroy()
  })
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve))
  trapOrigin = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise<void>((resolve) => trap.close(() => resolve()))
})

test.beforeEach(async ({ page }) => {
  trapHits = 0
  await page.route('**/__probe.js?*', (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: PROBE }))
  // Injected by the browser itself, so the policy under test does not block the recorder.
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = []
    Object.defineProperty(window, '__violations', { value: seen })
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }))
  })
})

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations.slice())

/**
 * The attempts, as a script file served from the page's own origin (the one kind of script the
 * policy allows). It must run as page code: Playwright's evaluate is exempt from the eval rules.
 */
const PROBE = `(async () => {
  const outside = new URL(document.currentScript.src).searchParams.get('target')
  const seen = {}
  const inline = document.createElement('script')
  inline.textContent = 'window.__inlineRan = true'
  document.head.append(inline)
  seen.inline = window.__inlineRan ? 'ran' : 'blocked'
  try { seen.eval = String(eval('1 + 1')) } catch (error) { seen.eval = error.name }
  try { seen.function = String(new Function('return 2')()) } catch (error) { seen.function = error.name }
  try { await fetch(outside + '/fetch'); seen.fetch = 'sent' } catch (error) { seen.fetch = error.name }
  seen.websocket = await new Promise((resolve) => {
    try {
      const socket = new WebSocket(outside.replace('http', 'ws') + '/socket')
      socket.onopen = () => resolve('open')
      socket.onerror = () => resolve('error')
    } catch (error) { resolve(error.name) }
  })
  seen.image = await new Promise((resolve) => {
    const img = document.createElement('img')
    img.onload = () => resolve('loaded')
    img.onerror = () => resolve('error')
    img.src = outside + '/pixel.png'
    document.body.append(img)
  })
  try { seen.beacon = String(navigator.sendBeacon(outside + '/beacon', 'x')) } catch (error) { seen.beacon = error.name }
  window.__probe = seen
})()`

async function attempt(page: Page, target: string): Promise<Record<string, string>> {
  const origin = new URL(page.url()).origin
  await page.evaluate(
    ({ src }) => {
      const script = document.createElement('script')
      script.src = src
      document.head.append(script)
    },
    { src: `${origin}/__probe.js?target=${encodeURIComponent(target)}` }
  )
  await page.waitForFunction(() => (window as unknown as { __probe?: unknown }).__probe !== undefined)
  return page.evaluate(() => (window as unknown as { __probe: Record<string, string> }).__probe)
}

/**
 * Chromium announces a request before the CSP check cancels it, so requests are sorted by how
 * they ended: the ones that finished, and the ones that failed (with Chromium's reason).
 */
function recordRequests(page: Page) {
  const finished: string[] = []
  const failed: string[] = []
  page.on('requestfinished', (request) => finished.push(request.url()))
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`))
  return { finished, failed }
}

function expectAllBlocked(seen: Record<string, string>, found: Violation[], outside: string) {
  expect(seen.inline).toBe('blocked')
  expect(seen.eval).toBe('EvalError')
  expect(seen.function).toBe('EvalError')
  expect(seen.fetch).toBe('TypeError')
  expect(seen.websocket).not.toBe('open')
  expect(seen.image).toBe('error')
  const directives = new Set(found.map((v) => v.directive))
  for (const directive of ['script-src-elem', 'script-src', 'connect-src', 'img-src']) expect([...directives], directive).toContain(directive)
  expect(found.filter((v) => v.blocked.startsWith(outside) || v.blocked.startsWith(outside.replace('http', 'ws'))).length).toBeGreaterThanOrEqual(3)
}

test('under the test host’s policy, the app page can run no inline script or eval and reach no other origin', async ({ page, host }) => {
  const { finished, failed } = recordRequests(page)
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Welcome to Hearth' })).toBeVisible()
  const seen = await attempt(page, trapOrigin)
  await page.waitForTimeout(300)
  expectAllBlocked(seen, await violations(page), trapOrigin)
  expect(trapHits, 'connections that reached the outside').toBe(0)
  const origin = new URL(host.url).origin
  expect(finished.filter((url) => !url.startsWith(origin))).toEqual([])
  expect(failed.filter((f) => !f.startsWith(trapOrigin) || !/ (csp|net::ERR_BLOCKED_BY_CSP)$/.test(f))).toEqual([])
})

test('under the production policy (connect-src none), even the page’s own origin cannot be fetched', async ({ page, host }) => {
  const origin = new URL(host.url).origin
  // A page on the host's origin served with exactly the header the app:// handler sends.
  await page.route(`${origin}/__production-csp.html`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
      body: '<!doctype html><html><head><title>CSP probe</title></head><body><p>probe</p></body></html>'
    })
  )
  const { finished, failed } = recordRequests(page)
  await page.goto(`${origin}/__production-csp.html`)
  const seen = await attempt(page, trapOrigin)
  const self = await page.evaluate(async () => {
    try {
      await fetch('/index.html')
      return 'sent'
    } catch (error) {
      return (error as Error).name
    }
  })
  await page.waitForTimeout(300)
  expectAllBlocked(seen, await violations(page), trapOrigin)
  expect(self).toBe('TypeError')
  expect((await violations(page)).some((v) => v.directive === 'connect-src' && v.blocked.startsWith(origin))).toBe(true)
  expect(trapHits).toBe(0)
  expect(finished.filter((url) => !url.startsWith(`${origin}/__production-csp.html`) && !url.startsWith(`${origin}/__probe.js`))).toEqual([])
  expect(failed.filter((f) => !/ (csp|net::ERR_BLOCKED_BY_CSP)$/.test(f))).toEqual([])
})
