import { spawn } from 'node:child_process'
import { build } from 'esbuild'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHearthService } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { decodeDocument } from '../../src/core/storage/documentKind'
import { SESSION_KIND } from '../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND } from '../../src/core/storage/workspaceDocument'
import { editAt, editOf, isWorkspaceEdit, purposeEdit } from './killEdits'
import { seededRandom } from '../support/seededRandom'

export interface KillSoakOptions {
  kills: number
  seed?: number
  /** The child is killed this long after it says it is ready (uniform in the range). */
  minDelayMs?: number
  maxDelayMs?: number
  /** A session's log is ended and a new session started once it holds this many events. */
  rotateAfter?: number
  progress?: (done: number, of: number) => void
}

/** One line of `npm run soak`: the same keys in docs/durability.md. */
export interface KillSoakFigures {
  task: 'kill-9'
  kills: number
  ackedEdits: number
  lostEdits: number
  invalidFiles: number
  /** Temp files a kill left behind; each was removed by the next open. */
  tempsLeftByKills: number
  /** Temp files still there after a later open: should be 0. */
  staleTemps: number
  childFailures: number
  finalOpen: 'ok' | string
  delayMs: [number, number]
  seed: number
  durationS: number
}

const CHILD_SOURCE = new URL('./killChild.ts', import.meta.url).pathname
const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/


async function call(handlers: ReturnType<typeof createHearthService>['handlers'], channel: string, payload: unknown): Promise<unknown> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.data
}

const service = (dataDir: string) => createHearthService({ dataDir, now: () => new Date(), newId: randomUUID }).handlers

async function startSession(dataDir: string, groupId: string, at: number): Promise<string> {
  const handlers = service(dataDir)
  const plan = (await call(handlers, 'sessions/plan-from-template', { groupId, title: 'Soak', scheduledStart: '2026-12-08T19:00' })) as { id: string }
  await call(handlers, 'live/append', { sessionId: plan.id, event: { type: 'started', at, endAt: at + 90 * 60_000 } })
  return plan.id
}

/** Runs the child until it is killed; resolves with its acknowledged edits. */
function runChild(script: string, args: string[], delay: number): Promise<{ pid: number; acks: number[]; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acks: number[] = []
    let buffer = ''
    let stderr = ''
    let killedByUs = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready')
          setTimeout(() => {
            killedByUs = true
            child.kill('SIGKILL')
          }, delay)
        else if (line.startsWith('ack ')) acks.push(Number(line.slice(4)))
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', () => resolve({ pid: child.pid ?? -1, acks, killed: killedByUs, stderr }))
  })
}

interface FolderState {
  invalid: string[]
  temps: { name: string; pid: number }[]
  events: Map<string, Set<number>>
  purpose: number | null
}

/** Reads every file with the app's own decoders, the way the next start would. */
async function readFolder(dataDir: string): Promise<FolderState> {
  const state: FolderState = { invalid: [], temps: [], events: new Map(), purpose: null }
  const sessionsDir = join(dataDir, 'sessions')
  const entries = [...(await readdir(dataDir)).map((name) => ({ dir: dataDir, name })), ...(await readdir(sessionsDir)).map((name) => ({ dir: sessionsDir, name }))]
  for (const { dir, name } of entries) {
    // The backups folder is the backup service's, checked by its own tests (each copy decoded before it counts).
    if ((name === 'sessions' || name === 'backups') && dir === dataDir) continue
    const temp = TEMP.exec(name)
    if (temp) {
      state.temps.push({ name, pid: Number(temp[2]) })
      continue
    }
    const text = await readFile(join(dir, name), 'utf8')
    if (dir === dataDir && name === 'workspace.json') {
      const decoded = decodeDocument(WORKSPACE_KIND, text)
      if (decoded.status !== 'ok' || decoded.migratedFrom !== undefined) state.invalid.push(name)
      else state.purpose = purposeEdit(decoded.value.groups[0]?.purpose ?? '')
    } else if (dir === sessionsDir && name.endsWith('.json')) {
      const decoded = decodeDocument(SESSION_KIND, text)
      if (decoded.status !== 'ok' || decoded.migratedFrom !== undefined) state.invalid.push(`sessions/${name}`)
      else state.events.set(decoded.value.plan.id, new Set(decoded.value.live.events.filter((e) => e.type !== 'started' && e.type !== 'ended').map((e) => editOf(e.at))))
    } else state.invalid.push(name) // e.g. a file moved aside as unreadable: nothing here should be
  }
  return state
}

/**
 * kill -9 at random moments while a child process saves numbered edits through the service.
 * After each kill the folder is read with the app's decoders: every file must validate and
 * every acknowledged edit must be there (live events: each one; the workspace field: the last
 * acknowledged value or a later one).
 */
export async function runKillSoak(options: KillSoakOptions): Promise<KillSoakFigures> {
  const seed = options.seed ?? Date.now() % 2 ** 31
  const minDelay = options.minDelayMs ?? 5
  const maxDelay = options.maxDelayMs ?? 200
  const rotateAfter = options.rotateAfter ?? 200
  const next = seededRandom(seed)
  const started = performance.now()
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-soak-'))
  const figures: KillSoakFigures = {
    task: 'kill-9',
    kills: 0,
    ackedEdits: 0,
    lostEdits: 0,
    invalidFiles: 0,
    tempsLeftByKills: 0,
    staleTemps: 0,
    childFailures: 0,
    finalOpen: 'ok',
    delayMs: [minDelay, maxDelay],
    seed,
    durationS: 0
  }
  try {
    // One bundle for all the children: a plain `node child.mjs` starts in a fraction of the
    // time tsx needs to compile the service on every start, so the kills, not the boots, dominate.
    const child = join(dataDir, '..', `${dataDir.split('/').pop()}-child.mjs`)
    await build({ entryPoints: [CHILD_SOURCE], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'warning' })
    const group = (await call(service(dataDir), 'groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: 'Soak group' } })) as { id: string }
    let edit = 1
    let sessionId = await startSession(dataDir, group.id, editAt(0))
    const ackedLive = new Map<string, number[]>()
    let ackedWorkspace = 0

    for (let kill = 0; kill < options.kills; kill++) {
      const delay = Math.round(minDelay + next() * (maxDelay - minDelay))
      const run = await runChild(child, [dataDir, group.id, sessionId, String(edit)], delay)
      if (!run.killed) {
        figures.childFailures++
        if (figures.childFailures === 1) process.stderr.write(`[soak] child exited by itself: ${run.stderr.slice(0, 2000)}\n`)
      } else figures.kills++
      figures.ackedEdits += run.acks.length
      for (const n of run.acks) {
        if (isWorkspaceEdit(n)) ackedWorkspace = Math.max(ackedWorkspace, n)
        else ackedLive.set(sessionId, [...(ackedLive.get(sessionId) ?? []), n])
      }

      const folder = await readFolder(dataDir)
      figures.invalidFiles += folder.invalid.length
      if (folder.invalid.length > 0) process.stderr.write(`[soak] invalid after kill ${kill + 1}: ${folder.invalid.join(', ')}\n`)
      for (const temp of folder.temps) {
        // The killed child's own temp may remain; an earlier child's must be gone, since the
        // killed child opened the same files (and so swept them) before saving.
        if (temp.pid === run.pid) figures.tempsLeftByKills++
        else figures.staleTemps++
      }
      for (const [id, acked] of ackedLive) {
        const present = folder.events.get(id) ?? new Set<number>()
        const lost = acked.filter((n) => !present.has(n))
        figures.lostEdits += lost.length
        if (lost.length > 0) process.stderr.write(`[soak] lost live edits ${lost.join(',')} after kill ${kill + 1}\n`)
        // Count each loss once; the rest stay checked after every later kill.
        ackedLive.set(id, acked.filter((n) => present.has(n)))
      }
      if ((folder.purpose ?? 0) < ackedWorkspace) {
        figures.lostEdits++
        process.stderr.write(`[soak] workspace holds edit ${folder.purpose} but edit ${ackedWorkspace} was acknowledged\n`)
        ackedWorkspace = folder.purpose ?? 0
      }
      const onDisk = [...(folder.events.get(sessionId) ?? [])]
      edit = Math.max(edit - 1, folder.purpose ?? 0, ...onDisk, ...run.acks) + 1

      // Keep each file a realistic size: end this session and carry on in a new one.
      if (onDisk.length >= rotateAfter) {
        await call(service(dataDir), 'live/append', { sessionId, event: { type: 'ended', at: editAt(edit) } })
        sessionId = await startSession(dataDir, group.id, editAt(edit))
        edit++
      }
      options.progress?.(kill + 1, options.kills)
    }

    // The app starts cleanly on what the last kill left: no notice, every session readable, no temp file.
    const handlers = service(dataDir)
    const status = (await call(handlers, 'app/status', {})) as { notices: unknown[] }
    if (status.notices.length > 0) figures.finalOpen = `notices: ${JSON.stringify(status.notices)}`
    for (const id of (await readFolder(dataDir)).events.keys()) await call(handlers, 'live/get', { sessionId: id })
    const left = (await readFolder(dataDir)).temps
    if (left.length > 0 && figures.finalOpen === 'ok') figures.finalOpen = `temp files left: ${left.map((t) => t.name).join(', ')}`
  } finally {
    figures.durationS = Math.round((performance.now() - started) / 100) / 10
    await rm(dataDir, { recursive: true, force: true })
    await rm(`${dataDir}-child.mjs`, { force: true })
  }
  return figures
}
