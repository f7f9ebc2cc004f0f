import { describe, expect, it } from 'vitest'
import { runKillSoak } from '../soak/killSoak'

// The CI-sized run of `npm run soak`'s kill -9 task: the same harness, with fewer kills.
describe('kill -9 while the service saves', () => {
  it('loses no acknowledged edit and leaves every file valid, over 15 random kills', async () => {
    const figures = await runKillSoak({ kills: 15 })
    expect(figures).toMatchObject({ kills: 15, lostEdits: 0, invalidFiles: 0, staleTemps: 0, childFailures: 0, finalOpen: 'ok' })
    // The kills landed while saves were happening, not before the first one.
    expect(figures.ackedEdits).toBeGreaterThan(15)
  }, 120_000)
})
