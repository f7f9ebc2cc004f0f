import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LiveBeat } from '../../src/ui/features/live/liveBeat'

const T0 = new Date(2026, 11, 8, 19, 0).getTime()

describe('the live screen beat', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(T0)
  })
  afterEach(() => vi.useRealTimers())

  it('comes when the screen next changes, tells its readers, and arms the next from the new time', () => {
    const beat = new LiveBeat()
    const heard: number[] = []
    beat.subscribe(() => heard.push(beat.now))
    const asked: number[] = []
    // A countdown that moves on every 400 ms from T0.
    beat.follow((now) => (asked.push(now), T0 + (Math.floor((now - T0) / 400) + 1) * 400))
    vi.advanceTimersByTime(400)
    expect(heard).toEqual([])
    vi.advanceTimersByTime(1)
    expect(heard).toEqual([T0 + 401])
    vi.advanceTimersByTime(400)
    expect(heard).toEqual([T0 + 401, T0 + 801])
    expect(asked).toEqual([T0, T0 + 401, T0 + 801])
    beat.stop()
  })

  it('never waits more than a second, even for a time that is far off or already past', () => {
    const beat = new LiveBeat()
    const heard: number[] = []
    beat.subscribe(() => heard.push(beat.now))
    beat.follow((now) => now + 60_000)
    vi.advanceTimersByTime(3000)
    expect(heard).toEqual([T0 + 1000, T0 + 2000, T0 + 3000])
    beat.follow(() => T0 - 5000)
    vi.advanceTimersByTime(1)
    expect(heard.at(-1)).toBe(T0 + 3001)
    beat.stop()
  })

  it('follows a new log at once, drops the old schedule, and is silent once stopped or unsubscribed', () => {
    const beat = new LiveBeat()
    const heard: number[] = []
    const unsubscribe = beat.subscribe(() => heard.push(beat.now))
    beat.follow((now) => now + 900)
    vi.advanceTimersByTime(300)
    beat.follow(() => T0 + 500)
    vi.advanceTimersByTime(201)
    expect(heard).toEqual([T0 + 501])
    unsubscribe()
    vi.advanceTimersByTime(2000)
    expect(heard).toEqual([T0 + 501])
    beat.subscribe(() => heard.push(beat.now))
    beat.stop()
    vi.advanceTimersByTime(5000)
    expect(heard).toEqual([T0 + 501])
    expect(vi.getTimerCount()).toBe(0)
  })
})
