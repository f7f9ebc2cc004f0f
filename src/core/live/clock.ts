import type { AgendaItem } from '../model/plan'
import type { Allocation, LiveEvent } from './events'
import type { RoleKey } from '../protocols/protocolSchema'

export const MINUTE = 60_000

export type ItemTone = 'normal' | 'warning' | 'danger' | 'overtime'
export type SessionStatus = 'not-started' | 'running' | 'paused' | 'ended'

export interface ItemRecord {
  item: AgendaItem
  /** Minutes as planned before the session started. */
  plannedMinutes: number
  /** Minutes allotted now: the plan, +/- minute taps and applied rebalances. */
  allottedMs: number
  /** Time this item has been the current one and running (pauses excluded). */
  elapsedMs: number
  /** When it first became current, or null if it never ran. */
  firstStartedAt: number | null
  skipped: boolean
  /** Who holds which protocol role in this item. */
  roles: Partial<Record<RoleKey, string[]>>
  /** Where the facilitator last moved the protocol's phase by hand (item time). */
  phaseAnchor: { phase: number; atElapsedMs: number }
}

export interface LiveState {
  status: SessionStatus
  startedAt: number | null
  endAt: number | null
  endedAt: number | null
  currentIndex: number
  items: ItemRecord[]
  /** Pauses so far, including one still running. */
  pausedMs: number
  /** The last gap while Hearth was closed, for a short note on reopening. */
  lastGap: { from: number; to: number } | null
  /** Time of the latest event replayed: nothing new may be stamped before it. */
  lastEventAt: number | null
  /** Whether the current item still had time left when it became current (auto-advance needs that). */
  enteredWithTimeLeft: boolean
}

export interface CurrentItemView {
  index: number
  record: ItemRecord
  remainingMs: number
  tone: ItemTone
}

const allotted = (item: AgendaItem) => item.minutes * MINUTE

/**
 * Replays the log up to `now`. Pure and total: the same plan, events and `now` always give the
 * same state, which is what makes a restart resume exactly and a 90-minute test run in ms.
 */
export function replay(items: readonly AgendaItem[], events: readonly LiveEvent[], now: number): LiveState {
  const records: ItemRecord[] = items.map((item) => ({
    item,
    plannedMinutes: item.minutes,
    allottedMs: allotted(item),
    elapsedMs: 0,
    firstStartedAt: null,
    skipped: false,
    roles: {},
    phaseAnchor: { phase: 0, atElapsedMs: 0 }
  }))
  const state: LiveState = {
    status: 'not-started',
    startedAt: null,
    endAt: null,
    endedAt: null,
    currentIndex: 0,
    items: records,
    pausedMs: 0,
    lastGap: null,
    lastEventAt: null,
    enteredWithTimeLeft: true
  }
  const indexOf = (itemId: string) => records.findIndex((r) => r.item.id === itemId)
  // Time accrues to the current item while running; `since` marks the last accrual point.
  let since = 0
  let pausedSince = 0
  const accrue = (to: number) => {
    if (state.status !== 'running') return
    const current = records[state.currentIndex]
    if (current) current.elapsedMs += Math.max(0, to - since)
    since = to
  }
  const enter = (index: number, at: number) => {
    state.currentIndex = index
    const record = records[index]
    if (record && record.firstStartedAt === null) record.firstStartedAt = at
    state.enteredWithTimeLeft = record ? record.elapsedMs < record.allottedMs : false
  }

  for (const event of events) {
    if (event.at > now) break
    state.lastEventAt = event.at
    switch (event.type) {
      case 'started':
        if (state.status !== 'not-started') break
        state.status = 'running'
        state.startedAt = event.at
        state.endAt = event.endAt
        since = event.at
        enter(firstRunnable(records, 0, 1) ?? 0, event.at)
        break
      case 'went-to': {
        const target = indexOf(event.itemId)
        if (target < 0 || state.status === 'not-started' || state.status === 'ended') break
        accrue(event.at)
        enter(target, event.at)
        break
      }
      case 'paused':
        if (state.status !== 'running') break
        accrue(event.at)
        state.status = 'paused'
        pausedSince = event.at
        break
      case 'resumed':
        if (state.status !== 'paused') break
        state.pausedMs += event.at - pausedSince
        state.status = 'running'
        since = event.at
        break
      case 'time-adjusted': {
        const record = records[indexOf(event.itemId)]
        if (record) record.allottedMs = Math.max(MINUTE, record.allottedMs + event.minutes * MINUTE)
        break
      }
      case 'skip-set': {
        const record = records[indexOf(event.itemId)]
        if (record) record.skipped = event.skipped
        break
      }
      case 'rebalanced':
        applyAllocations(records, event.allocations)
        break
      case 'reopened':
        state.lastGap = { from: event.lastSeenAt, to: event.at }
        break
      case 'roles-assigned': {
        const record = records[indexOf(event.itemId)]
        if (record) record.roles = event.roles
        break
      }
      case 'phase-moved': {
        accrue(event.at)
        const record = records[indexOf(event.itemId)]
        if (record) record.phaseAnchor = { phase: event.toPhase, atElapsedMs: record.elapsedMs }
        break
      }
      case 'ended':
        if (state.status === 'not-started' || state.status === 'ended') break
        accrue(event.at)
        if (state.status === 'paused') state.pausedMs += event.at - pausedSince
        state.status = 'ended'
        state.endedAt = event.at
        break
    }
  }
  accrue(now)
  if (state.status === 'paused') state.pausedMs += now - pausedSince
  return state
}

function applyAllocations(records: ItemRecord[], allocations: readonly Allocation[]) {
  for (const { itemId, minutes } of allocations) {
    const record = records.find((r) => r.item.id === itemId)
    if (record) record.allottedMs = minutes * MINUTE
  }
}

/** The next index from `from` in `step` direction that is not skipped, or null. */
export function firstRunnable(records: readonly ItemRecord[], from: number, step: 1 | -1): number | null {
  for (let i = from; i >= 0 && i < records.length; i += step) if (!records[i]?.skipped) return i
  return null
}

export interface Thresholds {
  warnPercent: number
  dangerPercent: number
}

export const DEFAULT_THRESHOLDS: Thresholds = { warnPercent: 20, dangerPercent: 5 }

export function toneFor(remainingMs: number, allottedMs: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): ItemTone {
  if (remainingMs <= 0) return 'overtime'
  if (remainingMs <= (allottedMs * thresholds.dangerPercent) / 100) return 'danger'
  if (remainingMs <= (allottedMs * thresholds.warnPercent) / 100) return 'warning'
  return 'normal'
}

export function currentItem(state: LiveState): CurrentItemView | null {
  if (state.status === 'not-started' || state.status === 'ended') return null
  const record = state.items[state.currentIndex]
  if (!record) return null
  const remainingMs = record.allottedMs - record.elapsedMs
  return { index: state.currentIndex, record, remainingMs, tone: toneFor(remainingMs, record.allottedMs, record.item) }
}

/** Future, not-skipped items after the current one. */
export function upcoming(state: LiveState): ItemRecord[] {
  return state.items.slice(state.currentIndex + 1).filter((r) => !r.skipped)
}

export interface SessionTiming {
  /** When the agenda as it stands would end if every remaining item takes its allotted time. */
  projectedEndAt: number
  /** Positive: ahead of the hard end by this much; negative: behind. */
  aheadMs: number
}

export function sessionTiming(state: LiveState, now: number): SessionTiming | null {
  const current = currentItem(state)
  if (!current || state.endAt === null) return null
  const rest = upcoming(state).reduce((sum, r) => sum + r.allottedMs, 0)
  const projectedEndAt = now + Math.max(0, current.remainingMs) + rest
  return { projectedEndAt, aheadMs: state.endAt - projectedEndAt }
}

/**
 * Expected start time of each item from here on (undefined for items already done or skipped):
 * the current item started when it did, later ones follow on from the projected end of each.
 */
export function itemStartTimes(state: LiveState, now: number): (number | undefined)[] {
  const starts: (number | undefined)[] = state.items.map(() => undefined)
  if (state.status === 'ended') return starts
  const current = currentItem(state)
  let cursor = current ? now + Math.max(0, current.remainingMs) : (state.startedAt ?? now)
  if (current) starts[current.index] = current.record.firstStartedAt ?? now
  const from = current ? current.index + 1 : 0
  state.items.forEach((record, i) => {
    if (i < from || record.skipped) return
    starts[i] = cursor
    cursor += record.allottedMs
  })
  return starts
}
