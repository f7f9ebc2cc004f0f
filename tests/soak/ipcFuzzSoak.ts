import fc from 'fast-check'
import dns from 'node:dns'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { CHANNELS, type Channel } from '../../src/core/api/channels'
import { CONTRACT, type Handlers } from '../../src/core/api/contract'
import { dispatch } from '../../src/core/api/dispatch'
import type { Result } from '../../src/core/errors'
import { GroupInputSchema } from '../../src/core/model/group'
import { MemberInputSchema } from '../../src/core/model/member'
import { PlanInputSchema } from '../../src/core/model/plan'
import { decodeDocument } from '../../src/core/storage/documentKind'
import { SESSION_KIND } from '../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND } from '../../src/core/storage/workspaceDocument'
import { keyFilePath, readKeyFile } from '../../electron/services/crypto/keyFile'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService } from '../../electron/services/hearthService'
import { payloadFor, type Json } from '../fuzz/payloads'

/**
 * Fuzzes every IPC channel through the real dispatch and the real services, on real files:
 * each channel gets a fresh data folder holding the sample group (two ended sessions with
 * notes) and a planned session, then `runsPerHandler` payloads from tests/fuzz/payloads.ts.
 * Exported for the vitest run (tests/fuzz/ipcHandlers.test.ts) and for a longer soak.
 */

export interface ChannelFigures {
  channel: Channel
  runs: number
  /** Payloads the handler accepted and answered. */
  accepted: number
  /** Refusals by error code, e.g. { 'invalid-input': 700, 'not-found': 120 }. */
  refused: Record<string, number>
  ms: number
}

export interface FuzzReport {
  runsPerHandler: number
  seed: number
  channels: ChannelFigures[]
  totalRuns: number
  totalMs: number
  /** Every broken rule, with the channel and payload; empty when all is well. */
  problems: string[]
}

export interface FuzzOptions {
  runsPerHandler: number
  seed?: number
  channels?: readonly Channel[]
  /** Where the per-channel data folders go; tmpfs (/dev/shm) when there is one, so fsync is cheap. */
  baseDir?: string
  onChannel?: (figures: ChannelFigures) => void
}

const PASSPHRASE = 'correct horse battery staple'
const NOW = new Date('2026-11-22T15:00:00.000Z')
const CALL_TIMEOUT_MS = 15_000
const RECYCLE_EVERY = 100

/** What an error message must not look like: a stack, a raw schema dump, or a leak of internals. */
const BAD_MESSAGE: [string, RegExp][] = [
  ['mentions undefined', /\bundefined\b/],
  ['mentions NaN', /\bNaN\b/],
  ['prints [object Object]', /\[object \w+\]/],
  ['carries a stack trace', /\n\s+at\s|\bat\s+\S+\s+\(.*:\d+:\d+\)/],
  ['is a raw schema message', /\bexpected\b.*\breceived\b|\bInvalid input\b|\bUnrecognized key|\bToo (?:big|small)\b|\bInvalid (?:option|union|discriminator|enum value)/i],
  ['names an Error class', /\b(?:TypeError|RangeError|SyntaxError|ZodError|ReferenceError)\b/],
  ['shows a file path from the machine', /\/(?:tmp|dev\/shm|home|work|Users)\//]
]

/** Why a message fails the bar (a sentence a person can act on), or null. */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== 'string') return 'is not a string'
  const text = message.trim()
  if (text.length < 12) return 'is too short to say what to do'
  if (!/^[A-Z"“‘(]/.test(text)) return 'does not start like a sentence'
  if (!/[.!?)”"]$/.test(text)) return 'does not end like a sentence'
  for (const [why, pattern] of BAD_MESSAGE) if (pattern.test(text)) return why
  return null
}

/** Why a reply breaks the contract's shape, or null. */
function replyProblem(reply: unknown): string | null {
  if (reply === null || typeof reply !== 'object') return 'reply is not an object'
  const r = reply as Result<unknown>
  if (r.ok === true) return 'data' in r ? null : 'ok reply without data'
  if (r.ok !== false) return 'reply has no ok flag'
  const error = r.error as { code?: unknown; message?: unknown } | undefined
  if (!error || typeof error.code !== 'string') return 'error without a code'
  const bad = messageProblem(error.message)
  return bad ? `message ${bad}: ${JSON.stringify(error.message)}` : null
}

interface Seeded {
  handlers: Handlers
  examples: Record<Channel, Json[]>
  ids: string[]
}

const text = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json

/** The sample group and a planned session, and a valid payload or two for every channel. */
async function seed(handlers: Handlers): Promise<Seeded> {
  const must = async <C extends Channel>(channel: C, args: unknown) => {
    const reply = await dispatch(handlers, channel, args)
    if (!reply.ok) throw new Error(`seeding ${channel} failed: ${reply.error.message}`)
    return reply.data as never
  }
  await must('keys/unlock', { passphrase: PASSPHRASE })
  const sample: { groupId: string; sessionId: string } = await must('app/load-sample', {})
  const { groupId, sessionId } = sample
  const planned: { id: string; items: { id: string }[] } = await must('sessions/plan-from-template', {
    groupId,
    title: 'December',
    scheduledStart: '2026-12-08T19:00'
  })
  const detail: { group: Record<string, unknown>; members: { id: string }[]; sessions: { id: string }[] } = await must('groups/get', { groupId })
  const plan = await must('sessions/get', { sessionId: planned.id })
  const notesView: { notes: unknown } = await must('notes/get', { sessionId })
  const closingView: { closing: Record<string, unknown> } = await must('closing/get', { sessionId })
  // An agreed next date, so sessions/plan-next has something to plan from.
  const closing = await must('closing/save', { sessionId, closing: { ...closingView.closing, nextSessionAt: '2027-01-12T19:00' } })
  const protocols: { id: string }[] = await must('protocols/list', { groupId })
  const settings = await must('settings/get', {})
  const backup: { id: string } = await must('backups/create', {})
  const memberIds = detail.members.map((m) => m.id)
  const [firstMember = '', secondMember = ''] = memberIds
  const firstItem = planned.items[0]?.id ?? ''
  const cpd = { ...(detail.group.cpd as Record<string, unknown>) }
  delete cpd.signature
  delete cpd.logo
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64'
  ).toString('base64')

  const examples: Record<Channel, unknown[]> = {
    'app/status': [{}],
    'groups/list': [{}],
    'groups/get': [{ groupId }],
    'groups/create': [{ group: GroupInputSchema.parse(detail.group) }],
    'groups/update': [{ groupId, group: GroupInputSchema.parse(detail.group) }],
    'members/add': [{ groupId, member: MemberInputSchema.parse(detail.members[0]) }],
    'members/update': [{ memberId: firstMember, member: MemberInputSchema.parse(detail.members[0]) }],
    'members/remove': [{ memberId: secondMember }],
    'sessions/plan-from-template': [{ groupId, title: 'January', scheduledStart: '2027-01-12T19:00' }],
    'sessions/get': [{ sessionId }, { sessionId: planned.id }],
    'sessions/update-plan': [{ sessionId: planned.id, plan: PlanInputSchema.parse(plan) }],
    'templates/default': [{}],
    'templates/list': [{ groupId }],
    'templates/save-from-plan': [{ sessionId: planned.id, name: 'Our usual evening' }],
    'live/get': [{ sessionId }, { sessionId: planned.id }],
    'live/append': [
      { sessionId: planned.id, event: { type: 'started', at: NOW.getTime(), endAt: NOW.getTime() + 90 * 60_000 } },
      { sessionId: planned.id, event: { type: 'went-to', at: NOW.getTime() + 1000, itemId: firstItem, via: 'next' } },
      { sessionId: planned.id, event: { type: 'paused', at: NOW.getTime() + 2000 } },
      { sessionId: planned.id, event: { type: 'hand-raised', at: NOW.getTime() + 3000, personId: firstMember } },
      { sessionId: planned.id, event: { type: 'time-adjusted', at: NOW.getTime() + 4000, itemId: firstItem, minutes: 2 } },
      { sessionId: planned.id, event: { type: 'ended', at: NOW.getTime() + 5000 } }
    ],
    'live/heartbeat': [{ sessionId: planned.id, at: NOW.getTime() }],
    'share/open': [{ sessionId: planned.id, alwaysOnTop: true }],
    'settings/get': [{}],
    'settings/update': [{ settings }],
    'protocols/list': [{ groupId }],
    'protocols/save': protocols.slice(0, 2).map((protocol) => ({ groupId, protocol })),
    'talk/cycle': [{ groupId, from: '2026-01-01T00:00', to: '2026-12-31T23:59' }],
    'keys/status': [{}],
    'keys/unlock': [{ passphrase: PASSPHRASE }, { passphrase: 'not the passphrase at all' }],
    'notes/get': [{ sessionId }],
    'notes/exists': [{ sessionId }, { sessionId: planned.id }],
    'notes/save': [{ sessionId, notes: notesView.notes }],
    'notes/safe-list-add': [{ groupId, text: 'Yerkes-Dodson' }],
    'cpd/update-rule': [{ groupId, rule: cpd }],
    'cpd/set-image': [
      { groupId, which: 'signature', dataBase64: png },
      { groupId, which: 'logo', dataBase64: null }
    ],
    'attendance/summary': [{ sessionId }],
    'certificates/export': [
      { sessionId, personIds: memberIds.slice(0, 2), layout: 'one-file' },
      { sessionId, personIds: [firstMember], layout: 'file-per-person' }
    ],
    'certificates/find': [{ certificateId: 'HRT-0000-0000' }],
    'cpd/export-log': [{ groupId, memberId: firstMember, from: '2026-01-01', to: '2026-12-31' }],
    'app/load-sample': [{}],
    'closing/get': [{ sessionId }],
    'closing/save': [{ sessionId, closing }],
    'summary/preview': [{ sessionId }],
    'summary/export': [{ sessionId }],
    'sessions/plan-next': [{ sessionId }],
    'groups/cycle': [{ groupId, from: '2026-01-01', to: '2026-12-31' }],
    'groups/open-actions': [{ groupId }],
    'backups/list': [{}],
    'backups/create': [{}],
    'backups/restore': [{ backupId: backup.id }]
  }
  for (const channel of CHANNELS) {
    const valid = examples[channel].filter((example) => CONTRACT[channel].args.safeParse(example).success)
    if (valid.length === 0) throw new Error(`no valid example payload for ${channel}`)
  }
  const ids = [
    groupId,
    sessionId,
    planned.id,
    ...detail.sessions.map((s) => s.id),
    ...memberIds,
    ...planned.items.map((i) => i.id),
    ...protocols.map((p) => p.id),
    // Ids of nothing: well-formed, and not.
    'f3b1c2d4-0000-4000-8000-000000000000',
    'no-such-id',
    '',
    '../workspace',
    '..',
    'a'.repeat(300)
  ]
  return { handlers, examples: Object.fromEntries(CHANNELS.map((c) => [c, examples[c].map(text)])) as Record<Channel, Json[]>, ids }
}

/** The data folder after the run: every file Hearth wrote must still open as the current version. */
async function dataFolderProblems(dataDir: string): Promise<string[]> {
  const problems: string[] = []
  const check = async (path: string, kind: typeof WORKSPACE_KIND | typeof SESSION_KIND) => {
    const decoded = decodeDocument(kind as typeof WORKSPACE_KIND, await readFile(path, 'utf8'))
    if (decoded.status !== 'ok' || decoded.migratedFrom !== undefined) problems.push(`${path} no longer validates: ${JSON.stringify(decoded).slice(0, 200)}`)
  }
  await check(join(dataDir, 'workspace.json'), WORKSPACE_KIND)
  const sessions = await readdir(join(dataDir, 'sessions'))
  for (const name of sessions.filter((n) => n.endsWith('.json'))) await check(join(dataDir, 'sessions', name), SESSION_KIND)
  const keys = await readKeyFile(keyFilePath(dataDir))
  if (keys.status !== 'ok') problems.push(`keys.json no longer validates: ${keys.status}`)
  const everything = [...(await readdir(dataDir)), ...sessions]
  for (const name of everything) {
    if (name.includes('.unreadable-')) problems.push(`Hearth quarantined its own file ${name}`)
    if (name.endsWith('.tmp')) problems.push(`a temp file was left behind: ${name}`)
  }
  return problems
}

/** Any attempt to open a socket, resolve a name or fetch during the run is recorded and refused. */
function trapNetwork(record: (what: string) => void): () => void {
  const connect = net.Socket.prototype.connect
  const lookup = dns.lookup
  const fetchBefore = globalThis.fetch
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    record(`net.Socket.connect ${JSON.stringify(args[0])}`)
    throw new Error('network refused by the fuzz harness')
  } as typeof connect
  dns.lookup = ((host: string) => {
    record(`dns.lookup ${host}`)
    throw new Error('network refused by the fuzz harness')
  }) as unknown as typeof dns.lookup
  globalThis.fetch = (async (input: unknown) => {
    record(`fetch ${String(input)}`)
    throw new Error('network refused by the fuzz harness')
  }) as typeof fetch
  return () => {
    net.Socket.prototype.connect = connect
    dns.lookup = lookup
    globalThis.fetch = fetchBefore
  }
}

/** A short, printable form of a payload for a report (never the whole 5,000-character string). */
function preview(value: unknown): string {
  let shown: string
  try {
    shown = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map || v instanceof Set ? [...v] : v)) ?? String(value)
  } catch {
    shown = String(value)
  }
  return shown.length > 300 ? `${shown.slice(0, 300)}…(${shown.length} chars)` : shown
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> =>
  Promise.race([promise, new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms).unref())])

/** A service on `dataDir` whose new ids continue from `counterFrom` (so copies never reuse the template's ids). */
function serviceOn(dataDir: string, counterFrom: number) {
  let counter = counterFrom
  let dialogs = 0
  const exportsDir = join(dataDir, 'exports')
  const service = createHearthService({
    dataDir,
    now: () => NOW,
    newId: () => `fz-${String(++counter).padStart(8, '0')}-0000-4000-8000-000000000000`,
    keys: passphraseKeyProvider({ dataDir, kdfParams: { N: 2 ** 10, r: 8, p: 1 } }),
    onWarning: () => undefined,
    hooks: {
      // Every other export is cancelled, so both paths of the dialog get their share.
      chooseDestination: async (request) => {
        await mkdir(exportsDir, { recursive: true })
        return ++dialogs % 2 === 0 ? null : request.kind === 'folder' ? exportsDir : join(exportsDir, request.suggestedName)
      }
    }
  })
  return { service, counter: () => counter }
}

export async function runIpcFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const seedValue = options.seed ?? 20261122
  const baseDir = options.baseDir ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir())
  await mkdir(baseDir, { recursive: true })
  const problems: string[] = []
  const rejections: unknown[] = []
  const onRejection = (reason: unknown) => rejections.push(reason)
  const onException = (error: unknown) => rejections.push(error)
  process.on('unhandledRejection', onRejection)
  process.on('uncaughtException', onException)
  const restoreNetwork = trapNetwork((what) => problems.push(`network attempt: ${what}`))
  const started = performance.now()
  const figures: ChannelFigures[] = []
  // Seeding (the sample group with its two sessions) is the slow part: it is done once, and every
  // channel's folder, and every recycled one, is a copy of it.
  const templateDir = await mkdtemp(join(baseDir, 'hearth-fuzz-template-'))
  const seeding = serviceOn(templateDir, 0)
  const template = { dataDir: templateDir, seeded: await seed(seeding.service.handlers), counter: seeding.counter() }
  try {
    for (const channel of options.channels ?? CHANNELS) {
      const channelStart = performance.now()
      const row: ChannelFigures = { channel, runs: 0, accepted: 0, refused: {}, ms: 0 }
      // A fresh data folder: a copy of the seeded template, with a service of its own.
      const fresh = async () => {
        const dataDir = await mkdtemp(join(baseDir, 'hearth-fuzz-'))
        await cp(template.dataDir, dataDir, { recursive: true })
        const service = serviceOn(dataDir, template.counter)
        const unlocked = await dispatch(service.service.handlers, 'keys/unlock', { passphrase: PASSPHRASE })
        if (!unlocked.ok) throw new Error(`the copied folder did not unlock: ${unlocked.error.message}`)
        return { dataDir, seeded: { ...template.seeded, handlers: service.service.handlers } }
      }
      const retire = async (dataDir: string) => {
        problems.push(...(await dataFolderProblems(dataDir)).map((p) => `${channel}: ${p}`))
        await rm(dataDir, { recursive: true, force: true })
      }
      let current: Awaited<ReturnType<typeof fresh>> | null = null
      try {
        current = await fresh()
        const first = current.seeded
        const internals: unknown[] = []
        const details = await fc.check(
          fc.asyncProperty(payloadFor(first.examples[channel], first.ids), async (payload) => {
            // Handlers that add (the sample, groups, sessions) would make the folder grow without
            // bound and each call slower: every RECYCLE_EVERY runs the folder is checked and replaced.
            if (row.runs > 0 && row.runs % RECYCLE_EVERY === 0 && current) {
              await retire(current.dataDir)
              current = await fresh()
            }
            row.runs++
            const handlers = current?.seeded.handlers ?? first.handlers
            const reply = await withTimeout(
              dispatch(handlers, channel, payload, (error) => internals.push(error)),
              CALL_TIMEOUT_MS
            )
            if (reply === 'timed out') throw new Error(`did not answer within ${CALL_TIMEOUT_MS} ms`)
            const bad = replyProblem(reply)
            if (bad) throw new Error(bad)
            if (reply.ok) row.accepted++
            else row.refused[reply.error.code] = (row.refused[reply.error.code] ?? 0) + 1
            if (reply.ok === false && reply.error.code === 'internal') {
              const cause = internals.at(-1)
              throw new Error(`crashed inside a handler: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`)
            }
            if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('polluted Object.prototype')
          }),
          { numRuns: options.runsPerHandler, seed: seedValue, endOnFailure: true }
        )
        if (details.failed) {
          const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
          problems.push(`${channel}: ${cause.slice(0, 400)}; payload ${preview(details.counterexample?.[0])} (seed ${details.seed}, path "${details.counterexamplePath}")`)
        }
        if (current) await retire(current.dataDir)
        current = null
      } catch (error) {
        problems.push(`${channel}: the run itself failed: ${error instanceof Error ? `${error.message} ${(error.stack ?? "").split("\n").slice(1, 6).join(" | ")}` : String(error)}`)
      } finally {
        row.ms = Math.round(performance.now() - channelStart)
        figures.push(row)
        options.onChannel?.(row)
        if (current) await rm(current.dataDir, { recursive: true, force: true })
      }
    }
    // Let any stray promise settle before the listeners come off.
    await new Promise((resolve) => setTimeout(resolve, 50))
  } finally {
    await rm(templateDir, { recursive: true, force: true })
    restoreNetwork()
    process.off('unhandledRejection', onRejection)
    process.off('uncaughtException', onException)
  }
  for (const reason of rejections) problems.push(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`)
  return {
    runsPerHandler: options.runsPerHandler,
    seed: seedValue,
    channels: figures,
    totalRuns: figures.reduce((sum, f) => sum + f.runs, 0),
    totalMs: Math.round(performance.now() - started),
    problems
  }
}
