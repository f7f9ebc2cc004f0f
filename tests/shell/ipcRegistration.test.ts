import { en } from '../../src/core/i18n/en'
import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src/core/api/channels'
import type { Handlers } from '../../src/core/api/contract'

// ipc.ts against a stand-in ipcMain that records what is registered (checklist item 17).
type Listener = (event: { senderFrame: unknown }, payload: unknown) => Promise<unknown> | unknown
const registered = new Map<string, Listener>()
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`)
      registered.set(channel, listener)
    }
  }
}))

const { registerIpc } = await import('../../electron/main/ipc')

const calls: string[] = []
// Every handler records that it ran: a refused sender must never reach one.
const handlers = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    async () => {
      calls.push(channel)
      return { handled: channel }
    }
  ])
) as unknown as Handlers
const reports: unknown[] = []
registerIpc(handlers, (error) => reports.push(error), async () => en.errors)

const ours = { url: 'app://hearth/index.html', parent: null }
const SENDERS: [string, unknown][] = [
  ['another origin', { url: 'https://evil.example/', parent: null }],
  ['a file page', { url: 'file:///tmp/evil.html', parent: null }],
  ['a look-alike app host', { url: 'app://hearth.evil/index.html', parent: null }],
  ['a subframe of our page', { url: 'app://hearth/index.html', parent: ours }],
  ['a frame that is gone', null],
  ['devtools', { url: 'devtools://devtools/bundled/inspector.html', parent: null }]
]

describe('registerIpc', () => {
  it('registers exactly the contract channels, once each', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it.each(CHANNELS)('%s refuses every untrusted sender before parsing, without running the handler', async (channel) => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`no listener for ${channel}`)
    calls.length = 0
    for (const [label, senderFrame] of SENDERS) {
      const reply = await listener({ senderFrame }, {})
      expect(reply, label).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.stringMatching(/^Request refused: .+\.$/) } })
    }
    expect(calls).toEqual([])
  })

  it.each(CHANNELS)('%s reaches its handler (through dispatch) from our own top-level page', async (channel) => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`no listener for ${channel}`)
    calls.length = 0
    // A payload no schema accepts: the reply is a validation error, proving dispatch ran.
    const reply = (await listener({ senderFrame: ours }, { notAField: true })) as { ok: boolean; error?: { code: string } }
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(calls).toEqual([])
  })

  it('a valid payload from our page runs the handler', async () => {
    calls.length = 0
    expect(await registered.get('groups/list')?.({ senderFrame: ours }, {})).toEqual({ ok: true, data: { handled: 'groups/list' } })
    expect(calls).toEqual(['groups/list'])
    expect(reports).toEqual([])
  })
})
