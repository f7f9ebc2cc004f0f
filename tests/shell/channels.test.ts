import { describe, expect, it } from 'vitest'
import { CHANNELS, isChannel } from '../../src/core/api/channels'
import { CONTRACT } from '../../src/core/api/contract'

describe('CHANNELS and CONTRACT', () => {
  it('CHANNELS has no duplicates', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
  })

  it('CHANNELS holds exactly the keys of CONTRACT', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(CONTRACT).sort())
  })

  it('every CONTRACT entry has an args schema', () => {
    for (const channel of CHANNELS) {
      const entry = CONTRACT[channel]
      expect(entry, channel).toBeDefined()
      expect(typeof entry.args.safeParse, channel).toBe('function')
    }
  })

  it('isChannel accepts exactly the listed channels', () => {
    for (const channel of CHANNELS) expect(isChannel(channel), channel).toBe(true)
    for (const other of ['', 'groups', 'groups/', 'GROUPS/LIST', ' groups/list', 'groups/list ', 'toString', '__proto__', 'constructor']) {
      expect(isChannel(other), other).toBe(false)
    }
    for (const value of [null, undefined, 1, {}, ['groups/list']]) expect(isChannel(value)).toBe(false)
  })
})
