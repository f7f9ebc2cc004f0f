import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/core/api/channels'
import { messageProblem, runIpcFuzz } from '../soak/ipcFuzzSoak'

/**
 * Every IPC channel, through the real dispatch and services on real files, gets HEARTH_FUZZ_RUNS
 * payloads (default 1,000; `npm run soak` asks for more through runIpcFuzz). See
 * tests/soak/ipcFuzzSoak.ts for what is generated and checked.
 */
const RUNS = Number(process.env.HEARTH_FUZZ_RUNS ?? 1000)
const SEED = process.env.HEARTH_FUZZ_SEED ? Number(process.env.HEARTH_FUZZ_SEED) : undefined

describe('the error-message bar the fuzzer holds replies to', () => {
  it.each([
    'Invalid input: expected string, received undefined',
    'Too small: expected string to have >=1 characters',
    'undefined is not a function.',
    "TypeError: Cannot read properties of undefined (reading 'id')",
    'Error\n    at dispatch (/work/src/core/api/dispatch.ts:30:5)',
    'failed',
    'Could not read /tmp/hearth-x/workspace.json.',
    '[object Object]'
  ])('rejects %j', (message) => {
    expect(messageProblem(message)).not.toBeNull()
  })

  it.each([
    'That group no longer exists. It may have been removed; reload the list.',
    'Use at most 200 characters. (title)',
    'Hearth does not know that request.'
  ])('accepts %j', (message) => {
    expect(messageProblem(message)).toBeNull()
  })
})

describe('IPC handlers under fuzzed payloads', () => {
  it(`every channel takes ${RUNS} payloads: errors come back as data with a sentence to act on, no crash, no unhandled rejection, no network, and the data files still validate`, async () => {
    const report = await runIpcFuzz({ runsPerHandler: RUNS, seed: SEED })
    console.log(
      `IPC fuzz: ${report.totalRuns} payloads over ${report.channels.length} channels in ${(report.totalMs / 1000).toFixed(1)} s (seed ${report.seed}); ` +
        `accepted ${report.channels.reduce((n, c) => n + c.accepted, 0)}`
    )
    expect(report.problems).toEqual([])
    expect(report.channels.map((c) => c.channel)).toEqual([...CHANNELS])
    for (const row of report.channels) expect(row.runs, row.channel).toBeGreaterThanOrEqual(RUNS)
    // The mix must reach the handlers, not only the schema: some payloads of every channel are accepted.
    for (const row of report.channels) expect(row.accepted, row.channel).toBeGreaterThan(0)
  }, 1_800_000)
})
