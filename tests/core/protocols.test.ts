import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { PROTOCOL_LIBRARY, builtInProtocol } from '../../src/core/protocols/library'
import { MIN_PHASE_SECONDS, phaseAt, phasesInUse, protocolMinutes } from '../../src/core/protocols/phaseClock'

const MINUTE = 60_000

describe('the built-in protocol library', () => {
  it('ships the protocols the research names, with their published totals', () => {
    const totals = Object.fromEntries(PROTOCOL_LIBRARY.map((p) => [p.id, protocolMinutes(p.phases)]))
    expect(totals).toEqual({
      consultancy: 50,
      tuning: 60,
      troika: 10,
      balint: 45,
      'incident-method': 60,
      'action-learning-set': 32,
      'enyssp-peer-consultation': 45,
      'check-in-round': 10,
      'open-discussion': 15
    })
  })

  it('has unique phase keys, and every phase says who may speak', () => {
    for (const protocol of PROTOCOL_LIBRARY) {
      const keys = protocol.phases.map((p) => p.key)
      expect(new Set(keys).size, protocol.id).toBe(keys.length)
      for (const phase of protocol.phases) expect(phase.speaking.label.length).toBeGreaterThan(3)
    }
  })

  it('keeps the rules that make each protocol what it is', () => {
    const rule = (id: string, key: string) => builtInProtocol(id)?.phases.find((p) => p.key === key)?.speaking
    expect(rule('consultancy', 'discussion')?.label).toMatch(/Presenter silent/)
    expect(rule('troika', 'consult')).toMatchObject({ presenterAway: true, label: expect.stringMatching(/camera off/) })
    expect(rule('incident-method', 'advice')?.label).toMatch(/does not respond/)
    expect(rule('action-learning-set', 'helping')?.label).toMatch(/no advice/)
    expect(builtInProtocol('balint')?.phases.some((p) => p.optional)).toBe(true)
  })
})

describe('phases inside an agenda item', () => {
  const consultancy = builtInProtocol('consultancy')!
  const phases = phasesInUse(consultancy, false)

  it('runs the published minutes when the item has exactly that time', () => {
    const at = (minutes: number) => phaseAt(phases, 50 * MINUTE, minutes * MINUTE)
    expect(at(0)).toMatchObject({ index: 0, remainingMs: 10 * MINUTE })
    expect(at(12)).toMatchObject({ index: 1, remainingMs: 3 * MINUTE })
    expect(at(26)?.phase.key).toBe('discussion')
    expect(at(60)).toMatchObject({ index: 5, remainingMs: -10 * MINUTE })
  })

  test.prop([fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 7200 })], { numRuns: 500 })(
    'stretches or shrinks every phase alike so they always fill the item’s time',
    (itemMinutes, elapsedSeconds) => {
      const view = phaseAt(phases, itemMinutes * MINUTE, elapsedSeconds * 1000)!
      const lengths = view.starts.map((start, i) => (view.starts[i + 1] ?? itemMinutes * MINUTE) - start)
      if (itemMinutes * 60 >= MIN_PHASE_SECONDS * phases.length) {
        expect(lengths.reduce((a, b) => a + b, 0)).toBe(itemMinutes * MINUTE)
        for (const length of lengths) expect(length).toBeGreaterThanOrEqual(MIN_PHASE_SECONDS * 1000)
      }
      expect(view.starts).toEqual([...view.starts].sort((a, b) => a - b))
      expect(view.remainingMs).toBeLessThanOrEqual(view.allottedMs)
    }
  )

  test.prop([fc.integer({ min: 5, max: 120 }), fc.integer({ min: 0, max: 7200 }), fc.integer({ min: 0, max: 7200 })])(
    'never goes back a phase as time passes',
    (itemMinutes, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a]
      expect(phaseAt(phases, itemMinutes * MINUTE, early * 1000)!.index).toBeLessThanOrEqual(phaseAt(phases, itemMinutes * MINUTE, late * 1000)!.index)
    }
  )

  it('lays the remaining phases over what is left when the facilitator moves on early', () => {
    // Overview ended after 4 minutes instead of 10: the other 40 + 6 spare minutes are shared out.
    const view = phaseAt(phases, 50 * MINUTE, 4 * MINUTE, { phase: 1, atElapsedMs: 4 * MINUTE })!
    expect(view.index).toBe(1)
    const total = view.starts.map((s, i) => (view.starts[i + 1] ?? 50 * MINUTE) - s).reduce((a, b) => a + b, 0)
    expect(total).toBe(46 * MINUTE)
  })

  it('leaves an optional phase out unless the group keeps it', () => {
    const balint = builtInProtocol('balint')!
    expect(phasesInUse(balint, false).map((p) => p.key)).not.toContain('return')
    expect(phasesInUse(balint, true).map((p) => p.key)).toContain('return')
  })
})
