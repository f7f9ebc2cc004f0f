import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_COP_TEMPLATE } from '../../src/core/plan/defaultTemplate'
import { itemStartOffsets, moveItem, planBalance } from '../../src/core/plan/planTotals'

describe('the default template', () => {
  it('fills exactly 90 minutes and protects the debrief and check-out', () => {
    expect(planBalance(DEFAULT_COP_TEMPLATE.items, 90)).toEqual({ state: 'exact', totalMinutes: 90, plannedMinutes: 90 })
    expect(DEFAULT_COP_TEMPLATE.items.filter((i) => i.protected).map((i) => i.title)).toEqual([
      'Learning harvest / debrief',
      'Check-out, attendance and CPD reflection prompt'
    ])
    expect(DEFAULT_COP_TEMPLATE.items.filter((i) => i.kind === 'break')).toHaveLength(1)
  })
})

describe('planBalance', () => {
  it('says how much is left or over', () => {
    expect(planBalance([{ minutes: 30 }, { minutes: 50 }], 90)).toEqual({ state: 'under', totalMinutes: 80, plannedMinutes: 90, minutesLeft: 10 })
    expect(planBalance([{ minutes: 60 }, { minutes: 35 }], 90)).toEqual({ state: 'over', totalMinutes: 95, plannedMinutes: 90, minutesOver: 5 })
  })
})

describe('itemStartOffsets', () => {
  it('accumulates minutes', () => {
    expect(itemStartOffsets([{ minutes: 5 }, { minutes: 10 }, { minutes: 45 }])).toEqual([0, 5, 15])
  })
})

describe('moveItem', () => {
  test.prop([fc.array(fc.integer(), { maxLength: 20 }), fc.integer({ min: -2, max: 22 }), fc.integer({ min: -2, max: 22 })])(
    'keeps every item exactly once and puts the moved one where asked',
    (items, from, to) => {
      const moved = moveItem(items, from, to)
      expect([...moved].sort()).toEqual([...items].sort())
      const inRange = from >= 0 && to >= 0 && from < items.length && to < items.length
      if (inRange) expect(moved[to]).toBe(items[from])
      else expect(moved).toEqual(items)
    }
  )
})
