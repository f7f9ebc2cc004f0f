import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/core/api/channels'
import type { Handlers } from '../../src/core/api/contract'
import { dispatch } from '../../src/core/api/dispatch'
import { HearthError } from '../../src/core/errors'

const calls: string[] = []
const handlers = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    async (args: unknown) => {
      calls.push(channel)
      return { echoed: args }
    }
  ])
) as unknown as Handlers

describe('dispatch', () => {
  it('refuses an unknown channel without calling anything', async () => {
    calls.length = 0
    expect(await dispatch(handlers, 'fs/read', {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Hearth does not know that request.' }
    })
    expect(calls).toEqual([])
  })

  it('names the field that failed validation', async () => {
    const result = await dispatch(handlers, 'members/add', { groupId: 'not an id!', member: {} })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input')
      expect(result.error.message).toMatch(/\(groupId\)/)
    }
  })

  it('rejects path-like ids before a handler can build a file name from them', async () => {
    const result = await dispatch(handlers, 'sessions/get', { sessionId: '../../etc/passwd' })
    expect(result.ok).toBe(false)
  })

  it('rejects unknown keys', async () => {
    const result = await dispatch(handlers, 'groups/list', { extra: true })
    expect(result.ok).toBe(false)
  })

  it('passes the parsed, trimmed arguments to the handler', async () => {
    const result = await dispatch(handlers, 'sessions/plan-from-template', {
      groupId: 'abcd1234-0000',
      title: '  December  ',
      scheduledStart: '2026-12-08T19:00'
    })
    expect(result).toEqual({ ok: true, data: { echoed: { groupId: 'abcd1234-0000', title: 'December', scheduledStart: '2026-12-08T19:00' } } })
  })

  it('returns HearthErrors as data and hides other errors behind an actionable message', async () => {
    const failing = {
      ...handlers,
      'groups/list': async () => {
        throw new HearthError('not-found', (w) => w.notFound.group)
      },
      'templates/default': async () => {
        throw new Error('secret case detail in a stack trace')
      }
    } satisfies Handlers
    const reported: unknown[] = []
    expect(await dispatch(failing, 'groups/list', {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That group no longer exists. It may have been removed; reload the list.' }
    })
    const hidden = await dispatch(failing, 'templates/default', {}, (e) => reported.push(e))
    expect(hidden.ok).toBe(false)
    if (!hidden.ok) {
      expect(hidden.error.code).toBe('internal')
      expect(hidden.error.message).not.toMatch(/secret/)
      expect(hidden.error.message).toMatch(/Reload to see what was saved/)
    }
    expect(reported).toHaveLength(1)
  })

  test.prop([fc.oneof(fc.constantFrom(...CHANNELS), fc.string()), fc.anything()], { numRuns: 1000 })(
    'never throws, whatever arrives',
    async (channel, payload) => {
      const result = await dispatch(handlers, channel, payload)
      expect(typeof result.ok).toBe('boolean')
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10)
    }
  )
})
