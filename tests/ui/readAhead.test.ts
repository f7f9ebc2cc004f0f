import { beforeAll, describe, expect, it } from 'vitest'

// bridge.ts talks to window.hearth: a stand-in that counts what is sent.
const sent: string[] = []
let bridge: typeof import('../../src/ui/lib/bridge')
beforeAll(async () => {
  Object.assign(globalThis, {
    window: {
      hearth: { invoke: async (channel: string) => (sent.push(channel), { ok: true, data: { channel, n: sent.length } }) },
      addEventListener: () => undefined
    }
  })
  bridge = await import('../../src/ui/lib/bridge')
})
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('reads begun ahead', () => {
  it('are handed to a render done twice in a row (StrictMode), then gone: one request in all', async () => {
    bridge.readAhead('groups/list', {})
    await nextTask()
    const key = bridge.keyOf('groups/list', {})
    const first = bridge.takeArrived(key)
    const second = bridge.takeArrived(key)
    expect(first).toEqual({ ok: true, data: { channel: 'groups/list', n: 1 } })
    expect(second).toBe(first)
    await nextTask()
    expect(bridge.takeArrived(key)).toBeUndefined()
    expect(bridge.takeAhead(key)).toBeUndefined()
    expect(sent).toEqual(['groups/list'])
  })

  it('a read still on its way is the same promise for both renders', async () => {
    bridge.readAhead('app/status', {})
    const key = bridge.keyOf('app/status', {})
    const a = bridge.takeAhead(key)
    const b = bridge.takeAhead(key)
    expect(a).toBeDefined()
    expect(b).toBe(a)
    await nextTask()
    expect(bridge.takeAhead(key)).toBeUndefined()
  })

  it('a change of route drops them at once', async () => {
    bridge.readAhead('settings/get', {})
    await nextTask()
    bridge.dropAhead()
    expect(bridge.takeArrived(bridge.keyOf('settings/get', {}))).toBeUndefined()
  })
})
