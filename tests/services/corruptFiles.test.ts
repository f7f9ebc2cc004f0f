import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { createHearthService } from '../../electron/services/hearthService'
import { dispatch } from '../../src/core/api/dispatch'
import { NEW_GROUP_DEFAULTS } from '../../src/core/model/group'
import { decodeDocument } from '../../src/core/storage/documentKind'
import { SESSION_KIND } from '../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND } from '../../src/core/storage/workspaceDocument'

// Damaged files of every kind, made from valid ones, opened through the service as the app
// does at start: the app still opens, says what happened, and never writes over the bytes it
// could not read (they stay where they were, or are moved aside as *.unreadable-<time>).

const now = () => new Date('2026-11-22T10:00:00.000Z')
let counter = 0
const newId = () => `id-${String(++counter).padStart(8, '0')}`
let root: string
let valid: { workspace: Uint8Array; session: Uint8Array; sessionId: string }

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hearth-corrupt-'))
  const dataDir = join(root, 'template')
  const { handlers } = createHearthService({ dataDir, now, newId })
  const group = await handlers['groups/create']({ group: { ...NEW_GROUP_DEFAULTS, name: 'Peer CoP', purpose: 'Café, naïve – “quotes”' } })
  const plan = await handlers['sessions/plan-from-template']({ groupId: group.id, title: 'Dec', scheduledStart: '2026-12-08T19:00' })
  // Plain copies: a Buffer's slice() is a view, and a mutation must never reach the originals.
  valid = {
    workspace: new Uint8Array(await readFile(join(dataDir, 'workspace.json'))),
    session: new Uint8Array(await readFile(join(dataDir, 'sessions', `${plan.id}.json`))),
    sessionId: plan.id
  }
})
afterAll(() => rm(root, { recursive: true, force: true }))

type Mutation = (bytes: Uint8Array) => Uint8Array
const utf8 = (text: string) => new TextEncoder().encode(text)
const withField = (bytes: Uint8Array, field: string, value: unknown) =>
  utf8(JSON.stringify({ ...(JSON.parse(new TextDecoder().decode(bytes)) as object), [field]: value }))

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.nat().map((at) => ({ name: `truncated at ${at}`, apply: (b: Uint8Array) => b.slice(0, at % Math.max(1, b.length)) })),
  fc.tuple(fc.nat(), fc.nat(4000)).map(([from, length]) => ({
    name: `zeros from ${from} for ${length}`,
    apply: (b: Uint8Array) => {
      const out = b.slice()
      out.fill(0, from % out.length, (from % out.length) + length)
      return out
    }
  })),
  fc.nat(100_000).map((length) => ({ name: `all zeros, ${length} bytes`, apply: () => new Uint8Array(length) })),
  fc.constant({ name: 'empty', apply: () => new Uint8Array() }),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((changes) => ({
    name: `bytes replaced ${JSON.stringify(changes)}`,
    apply: (b: Uint8Array) => {
      const out = b.slice()
      for (const [at, value] of changes) out[at % out.length] = value
      return out
    }
  })),
  fc.json().map((json) => ({ name: `other JSON ${json.slice(0, 40)}`, apply: () => utf8(json) })),
  fc.tuple(fc.constantFrom('groups', 'members', 'sessions', 'plan', 'live', 'format'), fc.jsonValue()).map(([field, value]) => ({
    name: `${field} replaced by ${JSON.stringify(value).slice(0, 40)}`,
    apply: (b: Uint8Array) => withField(b, field, value)
  })),
  fc.oneof(fc.integer({ min: 5, max: 1_000_000 }), fc.double(), fc.string(), fc.constant(null), fc.constant(0), fc.constant(-1)).map((version) => ({
    name: `schemaVersion ${JSON.stringify(version)}`,
    apply: (b: Uint8Array) => withField(b, 'schemaVersion', version)
  }))
)

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

describe('damaged files at start', () => {
  test.prop([fc.constantFrom('workspace' as const, 'session' as const), mutation], { numRuns: 300 })(
    'the app opens, says so, and keeps the damaged bytes untouched',
    async (which, { apply }) => {
      const dataDir = await mkdtemp(join(root, 'run-'))
      await mkdir(join(dataDir, 'sessions'))
      const workspacePath = join(dataDir, 'workspace.json')
      const sessionPath = join(dataDir, 'sessions', `${valid.sessionId}.json`)
      const damaged = apply(which === 'workspace' ? valid.workspace : valid.session)
      await writeFile(workspacePath, which === 'workspace' ? damaged : valid.workspace)
      await writeFile(sessionPath, which === 'session' ? damaged : valid.session)
      const path = which === 'workspace' ? workspacePath : sessionPath
      const text = Buffer.from(damaged).toString('utf8')
      const outcome = which === 'workspace' ? decodeDocument(WORKSPACE_KIND, text) : decodeDocument(SESSION_KIND, text)

      const { handlers } = createHearthService({ dataDir, now, newId })
      const status = await dispatch(handlers, 'app/status', {})
      expect(status.ok).toBe(true)
      const notices = status.ok ? (status.data as { notices: { kind: string; message: string }[] }).notices : []
      const session = await dispatch(handlers, 'sessions/get', { sessionId: valid.sessionId })
      // Whatever happened, a new edit is either saved or refused; it never lands on the damaged bytes.
      const edit = await dispatch(handlers, 'groups/create', { group: { ...NEW_GROUP_DEFAULTS, name: 'After' } })

      const folder = join(path, '..')
      const keptAside = (await readdir(folder)).filter((name) => name.startsWith(`${which === 'workspace' ? 'workspace.json' : `${valid.sessionId}.json`}.unreadable-`))
      if (outcome.status === 'unreadable') {
        expect(keptAside).toHaveLength(1)
        expect(same(await readFile(join(folder, keptAside[0] as string)), damaged)).toBe(true)
        if (which === 'workspace') {
          expect(notices).toContainEqual({ kind: 'quarantined', message: expect.stringMatching(/kept it untouched as .*workspace\.json\.unreadable-/) })
          expect(edit.ok).toBe(true)
        } else {
          expect(session).toMatchObject({ ok: false, error: { code: 'unreadable-file', message: expect.stringMatching(/kept it untouched/) } })
          const later = await dispatch(handlers, 'app/status', {})
          expect(later.ok && (later.data as { notices: { message: string }[] }).notices.some((n) => n.message.includes('kept aside'))).toBe(true)
        }
      } else {
        expect(keptAside).toEqual([])
        if (outcome.status === 'future') {
          expect(same(await readFile(path), damaged)).toBe(true)
          if (which === 'workspace') {
            expect(notices).toContainEqual({ kind: 'read-only', message: expect.stringMatching(/newer version of Hearth/) })
            expect(edit).toMatchObject({ ok: false, error: { code: 'read-only' } })
          } else expect(session).toMatchObject({ ok: false, error: { code: 'future-version' } })
        } else if (outcome.migratedFrom !== undefined) {
          // An older version (e.g. schemaVersion 1 on a current file): upgraded only after a byte-exact backup.
          const backup = `${path}.pre-v${outcome.migratedFrom}.bak`
          expect(same(await readFile(backup), damaged)).toBe(true)
        } else expect(session.ok || which === 'workspace').toBe(true)
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  )
})
