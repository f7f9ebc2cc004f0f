import { runIpcFuzz } from './ipcFuzzSoak'
import { runKillSoak } from './killSoak'

// `npm run soak [-- --kills N] [-- --fuzz-runs N] [-- --seed S]`: long-running durability checks, one JSON line of
// figures per task on stdout (the lines docs/durability.md quotes), progress on stderr.
// Each task is an entry below; a task reports through `emit` and may throw to fail the run.

const argument = (name: string): number | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : undefined
  if (value !== undefined && !Number.isFinite(value)) throw new Error(`--${name} needs a number`)
  return value
}

export interface SoakTask {
  name: string
  run(emit: (figures: Record<string, unknown>) => void): Promise<void>
}

const kills = argument('kills') ?? 1000
const seed = argument('seed')
// CI fuzzes 1,000 payloads per IPC channel (tests/fuzz/ipcHandlers.test.ts); the soak five times that.
const fuzzRuns = argument('fuzz-runs') ?? 5000

const tasks: SoakTask[] = [
  {
    name: 'kill-9',
    run: async (emit) => {
      const figures = await runKillSoak({
        kills,
        seed,
        progress: (done, of) => {
          if (done % 50 === 0 || done === of) process.stderr.write(`[soak] kill-9: ${done}/${of}\n`)
        }
      })
      emit({ ...figures })
      if (figures.lostEdits > 0 || figures.invalidFiles > 0 || figures.staleTemps > 0 || figures.finalOpen !== 'ok' || figures.childFailures > 0)
        throw new Error('kill-9 soak found lost edits, invalid files or leftovers')
    }
  },
  {
    name: 'ipc-fuzz',
    run: async (emit) => {
      const report = await runIpcFuzz({
        runsPerHandler: fuzzRuns,
        seed,
        onChannel: (row) => process.stderr.write(`[soak] ipc-fuzz: ${row.channel} ${row.runs} runs, ${row.accepted} accepted, ${row.ms} ms\n`)
      })
      emit({
        task: 'ipc-fuzz',
        channels: report.channels.length,
        runsPerHandler: report.runsPerHandler,
        totalRuns: report.totalRuns,
        accepted: report.channels.reduce((sum, c) => sum + c.accepted, 0),
        problems: report.problems.length,
        seed: report.seed,
        durationS: Math.round(report.totalMs / 100) / 10
      })
      for (const problem of report.problems.slice(0, 20)) process.stderr.write(`[soak] ipc-fuzz problem: ${problem}\n`)
      if (report.problems.length > 0) throw new Error(`${report.problems.length} problems`)
    }
  }
]

let failed = false
for (const task of tasks) {
  try {
    await task.run((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`))
  } catch (error) {
    failed = true
    process.stderr.write(`[soak] ${task.name} FAILED: ${error instanceof Error ? error.message : String(error)}\n`)
  }
}
process.exitCode = failed ? 1 : 0
