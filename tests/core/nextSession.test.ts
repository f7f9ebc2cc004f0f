import { describe, expect, it } from 'vitest'
import { suggestNextSession } from '../../src/core/plan/nextSession'

const monthly = { frequency: 'monthly' as const, durationMinutes: 90, detail: '' }

describe('suggestNextSession', () => {
  it('follows the latest planned session by one rhythm step', () => {
    expect(suggestNextSession(monthly, ['2026-10-13T19:00', '2026-11-10T19:00'], '2026-11-22T09:30', 3)).toEqual({
      title: 'Session 3 — December 2026',
      scheduledStart: '2026-12-10T19:00'
    })
  })

  it('starts from today at 19:00 when nothing is planned', () => {
    expect(suggestNextSession({ ...monthly, frequency: 'fortnightly' }, [], '2026-11-22T09:30', 1).scheduledStart).toBe('2026-12-06T19:00')
  })
})
