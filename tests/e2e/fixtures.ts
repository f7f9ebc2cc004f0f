import { test as base, expect } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HOST_ORIGINS, startHost, type Host } from '../host/server'

/**
 * Every test gets its own host and its own empty data folder, removed afterwards. And every test,
 * whatever flow it drives, records each request its pages make: all must go to the host, or be
 * stopped by the CSP before leaving (noNetwork.spec.ts tries that on purpose).
 */
export const test = base.extend<{ host: Host & { dataDir: string }; requestsStayHome: void }>({
  // The host's "computer" speaks the browser's language (test.use({ locale })), as the app's shell and window share the OS's.
  host: async ({ locale }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'hearth-e2e-'))
    const host = await startHost({ dataDir, systemLanguages: locale ? [locale] : undefined })
    await use({ ...host, dataDir })
    await host.close()
    await rm(dataDir, { recursive: true, force: true })
  },
  requestsStayHome: [
    async ({ context, host: _host }, use) => {
      const outside = new Map<string, string>()
      // The fixture's host, or one a test started itself (e.g. to reopen a data folder).
      const home = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || HOST_ORIGINS.has(new URL(url).origin)
      context.on('request', (request) => {
        const url = request.url()
        if (!home(url)) outside.set(url, 'sent')
      })
      context.on('requestfailed', (request) => {
        if (/csp/i.test(request.failure()?.errorText ?? '')) outside.delete(request.url())
      })
      await use()
      expect([...outside.keys()], 'requests that left the app').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }
