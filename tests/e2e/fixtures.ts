import { test as base } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHost, type Host } from '../host/server'

/** Every test gets its own host and its own empty data folder, removed afterwards. */
export const test = base.extend<{ host: Host & { dataDir: string } }>({
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'hearth-e2e-'))
    const host = await startHost({ dataDir })
    await use({ ...host, dataDir })
    await host.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
