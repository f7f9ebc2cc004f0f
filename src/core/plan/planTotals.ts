import type { AgendaItem } from '../model/plan'

export type PlanBalance =
  | { state: 'exact'; totalMinutes: number; plannedMinutes: number }
  | { state: 'under'; totalMinutes: number; plannedMinutes: number; minutesLeft: number }
  | { state: 'over'; totalMinutes: number; plannedMinutes: number; minutesOver: number }

/** The total of the agenda against the session length, worded by the UI from this. */
export function planBalance(items: readonly Pick<AgendaItem, 'minutes'>[], plannedMinutes: number): PlanBalance {
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0)
  if (totalMinutes === plannedMinutes) return { state: 'exact', totalMinutes, plannedMinutes }
  if (totalMinutes < plannedMinutes)
    return { state: 'under', totalMinutes, plannedMinutes, minutesLeft: plannedMinutes - totalMinutes }
  return { state: 'over', totalMinutes, plannedMinutes, minutesOver: totalMinutes - plannedMinutes }
}

/** Moves one item; out-of-range moves return the same list so keyboard handlers can call freely. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items]
  const next = [...items]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved as T)
  return next
}

/** Minutes from the session start at which each item begins, in order. */
export function itemStartOffsets(items: readonly Pick<AgendaItem, 'minutes'>[]): number[] {
  let elapsed = 0
  return items.map((item) => {
    const start = elapsed
    elapsed += item.minutes
    return start
  })
}
