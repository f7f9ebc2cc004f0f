import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { isDeepStrictEqual } from 'node:util'
import { createHearthService } from '../../electron/services/hearthService'
import { writeFileDurably } from '../../electron/services/storage/durableWrite'
import type { Id } from '../../src/core/model/ids'
import type { SessionPlan } from '../../src/core/model/plan'
import { encodeDocument } from '../../src/core/storage/documentKind'
import { buildHistory } from './history'
import { log, type Emit, type Metric } from './report'
import { median, percentile, round } from './stats'

// Where a line compares against a baseline, ratio = baseline / value, i.e. how many times faster
// Hearth's layout is than the alternative (above 1 means ours is faster).

const SHAPE = { groups: 30, membersPerGroup: 8, years: 10, firstYear: 2016 }
const WARM_UP = 10
const EDITS = 200
// The agenda item an edit changes: the main case, whose minutes a facilitator trims mid-call.
const EDITED_ITEM = 3

/** What a one-file design would hold: the workspace with every session's plan inline. */
interface AllInOne {
  format: 'hearth-all-in-one'
  schemaVersion: 1
  groups: unknown[]
  members: unknown[]
  sessions: SessionPlan[]
}

function withMinutes(plan: SessionPlan, minutes: number): SessionPlan {
  return { ...plan, items: plan.items.map((item, i) => (i === EDITED_ITEM ? { ...item, minutes } : item)) }
}

/** Durable edit time of one session with Hearth's file-per-session layout vs one all-in-one file. */
export async function storageBench(emit: Emit): Promise<void> {
  // An override lets the figure be taken on the disk Hearth would really use, if tmp is tmpfs.
  const root = await mkdtemp(join(process.env.HEARTH_BENCH_DIR ?? tmpdir(), 'hearth-bench-'))
  try {
    const dataDir = join(root, 'data')
    const started = performance.now()
    log(`Building ${SHAPE.years} years × ${SHAPE.groups} groups of history in ${root}…`)
    const history = await buildHistory(dataDir, SHAPE)
    log(`  ${history.plans.length} sessions in ${Math.round(performance.now() - started)} ms`)

    // A fresh service proves the app itself accepts the generated folder: a file it could not
    // decode would be quarantined (a notice) and the session would be missing.
    const { handlers } = createHearthService({ dataDir, now: () => new Date(), newId: randomUUID })
    const status = await handlers['app/status']({})
    if (status.notices.length > 0) throw new Error(`The app did not accept the history: ${status.notices[0]?.message}`)
    const groups = await handlers['groups/list']({})
    const sessionId: Id = history.current.id
    const loaded = await handlers['sessions/get']({ sessionId })
    if (groups.length !== SHAPE.groups || !isDeepStrictEqual(loaded, history.current))
      throw new Error('The reopened workspace does not match the generated history')

    const allInOnePath = join(root, 'everything.json')
    const allInOne: AllInOne = {
      format: 'hearth-all-in-one',
      schemaVersion: 1,
      groups: history.workspace.groups,
      members: history.workspace.members,
      sessions: history.plans
    }
    const baselineIndex = allInOne.sessions.findIndex((p) => p.id === sessionId)
    // The same encoder as the app's files, so the byte counts compare layouts, not formatting.
    await writeFileDurably(allInOnePath, encodeDocument(allInOne))

    const oursEdit = async (i: number): Promise<number> => {
      const minutes = 30 + (i % 20)
      const { title, scheduledStart, plannedMinutes, items, learningFocus, reflectionPrompt } = withMinutes(history.current, minutes)
      const t0 = performance.now()
      const saved = await handlers['sessions/update-plan']({ sessionId, plan: { title, scheduledStart, plannedMinutes, items, learningFocus, reflectionPrompt } })
      const elapsed = performance.now() - t0
      if (saved.items[EDITED_ITEM]?.minutes !== minutes) throw new Error('The edit was not applied')
      return elapsed
    }

    // Deliberately the cheapest possible single-file save: it skips the copy and schema check
    // DocumentStore.update does for ours, so the ratio understates rather than flatters.
    const baselineEdit = async (i: number): Promise<number> => {
      const minutes = 30 + (i % 20)
      const t0 = performance.now()
      const plan = allInOne.sessions[baselineIndex]
      if (!plan) throw new Error('Edited session missing from the all-in-one file')
      allInOne.sessions[baselineIndex] = { ...withMinutes(plan, minutes), updatedAt: new Date().toISOString() }
      await writeFileDurably(allInOnePath, encodeDocument(allInOne))
      return performance.now() - t0
    }

    const workspacePath = join(dataDir, 'workspace.json')
    for (let i = 0; i < WARM_UP; i++) {
      await oursEdit(i)
      await baselineEdit(i)
    }
    // Every durable save renames a new file into place, so an unchanged inode proves the
    // measured edits never rewrote the workspace index.
    const workspaceBefore = await stat(workspacePath)

    // Interleaved so that drift in disk or machine load hits both sides alike.
    log(`Timing ${EDITS} durable edits each…`)
    const ours: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < EDITS; i++) {
      ours.push(await oursEdit(i))
      baseline.push(await baselineEdit(i))
    }
    const workspaceAfter = await stat(workspacePath)
    if (workspaceAfter.ino !== workspaceBefore.ino || workspaceAfter.mtimeMs !== workspaceBefore.mtimeMs)
      throw new Error('An item edit rewrote workspace.json; the benchmark no longer measures what it says')

    const sessionBytes = (await stat(join(dataDir, 'sessions', `${sessionId}.json`))).size
    const allInOneBytes = (await stat(allInOnePath)).size

    const compared = (name: string, value: number, base: number): Metric => ({
      name,
      value: round(value, 3),
      unit: 'ms',
      baseline: round(base, 3),
      ratio: round(base / value, 2)
    })
    emit(compared('storage.sessionEdit.durable.median', median(ours), median(baseline)))
    emit(compared('storage.sessionEdit.durable.p95', percentile(ours, 95), percentile(baseline, 95)))
    emit({ name: 'storage.workspaceFile.size', value: workspaceAfter.size, unit: 'bytes' })
    emit({ name: 'storage.sessionFile.size', value: sessionBytes, unit: 'bytes' })
    emit({ name: 'storage.allInOneFile.size', value: allInOneBytes, unit: 'bytes' })
    log(`Done in ${Math.round((performance.now() - started) / 1000)} s`)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

