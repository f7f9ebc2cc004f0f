import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeDocument, defineDocumentKind, encodeDocument } from '../../src/core/storage/documentKind'
import { validateMigrations } from '../../src/core/storage/migrations'
import { WORKSPACE_KIND, WorkspaceSchema, emptyWorkspace } from '../../src/core/storage/workspaceDocument'
import { SESSION_KIND } from '../../src/core/storage/sessionDocument'

const v1 = readFileSync(new URL('../fixtures/workspace-v1.json', import.meta.url), 'utf8')

describe('decodeDocument', () => {
  it('reads back what it encodes', () => {
    const outcome = decodeDocument(WORKSPACE_KIND, encodeDocument(emptyWorkspace()))
    expect(outcome).toEqual({ status: 'ok', value: emptyWorkspace() })
  })

  it('migrates the frozen v1 fixture to the current shape', () => {
    const outcome = decodeDocument(WORKSPACE_KIND, v1)
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    expect(outcome.migratedFrom).toBe(1)
    expect(WorkspaceSchema.safeParse(outcome.value).success).toBe(true)
    expect(outcome.value.members.map((m) => [m.name, m.role])).toEqual([
      ['Amélie Tremblay', 'facilitator'],
      ['Owen Hughes', 'member'],
      ['Dana Cole', 'guest']
    ])
    expect(outcome.value.members.some((m) => 'isGuest' in m || 'isFacilitator' in m)).toBe(false)
    expect(outcome.value.groups[0]?.charter.values).toBe('')
    expect(outcome.value.groups[0]?.rhythm.detail).toBe('Second Tuesday, 19:00 Eastern, online')
  })

  it('reads a v4 file saved before the colour-scheme setting existed as following the OS', () => {
    const { colorScheme: _dropped, ...olderSettings } = emptyWorkspace().settings
    const outcome = decodeDocument(WORKSPACE_KIND, JSON.stringify({ ...emptyWorkspace(), settings: { ...olderSettings, chimesMuted: true } }))
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    expect(outcome.migratedFrom).toBeUndefined()
    expect(outcome.value.settings.colorScheme).toBe('auto')
    expect(outcome.value.settings.chimesMuted).toBe(true)
  })

  it('refuses a file from a newer version with a message saying what to do', () => {
    const outcome = decodeDocument(WORKSPACE_KIND, JSON.stringify({ ...emptyWorkspace(), schemaVersion: 99 }))
    expect(outcome.status).toBe('future')
    if (outcome.status === 'future') {
      expect(outcome.version).toBe(99)
      expect(outcome.message).toMatch(/newer version of Hearth/)
      expect(outcome.message).toMatch(/Update Hearth/)
    }
  })

  it.each([
    ['empty', '', /empty/],
    ['zero-filled', '\0\0\0\0', /not valid JSON/],
    ['truncated', encodeDocument(emptyWorkspace()).slice(0, 30), /not valid JSON/],
    ['an array', '[]', /does not hold/],
    ['another format', JSON.stringify({ format: 'hearth-session', schemaVersion: 1 }), /not a workspace file/],
    ['no version', JSON.stringify({ format: 'hearth-workspace' }), /schemaVersion/],
    ['an invalid field', JSON.stringify({ ...emptyWorkspace(), groups: [{ name: 3 }] }), /invalid field \(groups\.0/]
  ])('calls %s file unreadable', (_label, text, message) => {
    const outcome = decodeDocument(WORKSPACE_KIND, text)
    expect(outcome.status).toBe('unreadable')
    if (outcome.status === 'unreadable') expect(outcome.message).toMatch(message)
  })
})

describe('migration lists', () => {
  it('are checked when a kind is defined', () => {
    expect(() => validateMigrations([{ from: 2, title: 'skips v1', up: (d) => d }], 3)).toThrow(/step 0/)
    expect(() => validateMigrations([{ from: 1, title: 'only one', up: (d) => d }], 3)).toThrow(/cannot reach v3/)
    expect(() => validateMigrations([{ from: 1, title: ' ', up: (d) => d }], 2)).toThrow(/title/)
    expect(() =>
      defineDocumentKind({ ...WORKSPACE_KIND, migrations: [] })
    ).toThrow(/Invalid migration list/)
  })
})

describe('every frozen fixture reaches the current version', () => {
  it('workspace v2 gains an empty template list and keeps everything else', () => {
    const text = readFileSync(new URL('../fixtures/workspace-v2.json', import.meta.url), 'utf8')
    const outcome = decodeDocument(WORKSPACE_KIND, text)
    expect(outcome).toMatchObject({ status: 'ok', migratedFrom: 2 })
    if (outcome.status !== 'ok') return
    expect(outcome.value.templates).toEqual([])
    expect(outcome.value.groups[0]?.charter.leader).toBe('Rotates each cycle')
    expect(outcome.value.sessions[0]?.status).toBe('planned')
  })

  it('session v1 gains default thresholds, auto-advance off and an empty live log', () => {
    const text = readFileSync(new URL('../fixtures/session-v1.json', import.meta.url), 'utf8')
    const outcome = decodeDocument(SESSION_KIND, text)
    expect(outcome).toMatchObject({ status: 'ok', migratedFrom: 1 })
    if (outcome.status !== 'ok') return
    expect(outcome.value.live).toEqual({ events: [], lastSeenAt: null })
    expect(outcome.value.plan.items.map((i) => [i.minutes, i.warnPercent, i.dangerPercent, i.autoAdvance])).toEqual([
      [5, 20, 5, false],
      [10, 20, 5, false],
      [60, 20, 5, false],
      [7, 20, 5, false],
      [8, 20, 5, false]
    ])
  })
})
