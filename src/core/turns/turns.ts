import type { LiveEvent } from '../live/events'

export interface Speaker {
  personId: string
  since: number
  /** Running time of this turn so far (pauses excluded). */
  turnMs: number
}

export interface RoundState {
  order: string[]
  sliceMs: number
  /** Who has the turn now, or null once everyone has had theirs. */
  current: string | null
  done: string[]
  /** Passed and not yet offered again; they come back after everyone else. */
  passed: string[]
  absent: string[]
  /** Everyone in the order has spoken, passed twice, or is absent. */
  complete: boolean
}

export interface TurnState {
  speaker: Speaker | null
  /** Talk time per person in this session, from taps on the ledger. */
  talkMs: Record<string, number>
  /** Raised hands in the order they were raised (or moved). */
  queue: string[]
  round: RoundState | null
}

/**
 * Turn taking derived from the session log: who is speaking, the raise-hand queue, the current
 * round, and talk time per person. Talk time runs only while the session clock runs (a pause
 * pauses it) and stops at the end; it is never kept as a separate counter.
 */
export function replayTurns(events: readonly LiveEvent[], now: number): TurnState {
  const talkMs: Record<string, number> = {}
  let speaker: Speaker | null = null
  // The same status rules as the session clock: a stray resume after the end changes nothing.
  let status: 'idle' | 'running' | 'paused' | 'ended' = 'idle'
  let since = 0
  let queue: string[] = []
  let round: (RoundState & { offeredAgain: Set<string> }) | null = null

  const accrue = (to: number) => {
    if (status === 'running' && speaker) {
      const span = Math.max(0, to - since)
      talkMs[speaker.personId] = (talkMs[speaker.personId] ?? 0) + span
      speaker.turnMs += span
    }
    since = to
  }

  for (const event of events) {
    if (event.at > now) break
    accrue(event.at)
    switch (event.type) {
      case 'started':
        if (status === 'idle') status = 'running'
        break
      case 'resumed':
        if (status === 'paused') status = 'running'
        break
      case 'paused':
        if (status === 'running') status = 'paused'
        break
      case 'ended':
        if (status === 'idle' || status === 'ended') break
        status = 'ended'
        speaker = null
        break
      case 'speaker-set':
        speaker = event.personId === null ? null : { personId: event.personId, since: event.at, turnMs: 0 }
        if (event.personId !== null) queue = queue.filter((id) => id !== event.personId)
        break
      case 'hand-raised':
        if (!queue.includes(event.personId)) queue = [...queue, event.personId]
        break
      case 'hand-lowered':
        queue = queue.filter((id) => id !== event.personId)
        break
      case 'queue-moved': {
        if (!queue.includes(event.personId)) break
        const rest = queue.filter((id) => id !== event.personId)
        rest.splice(Math.min(event.toIndex, rest.length), 0, event.personId)
        queue = rest
        break
      }
      case 'round-started':
        round = {
          order: [...event.order],
          sliceMs: event.sliceSeconds * 1000,
          current: event.order[0] ?? null,
          done: [],
          passed: [],
          absent: [],
          complete: false,
          offeredAgain: new Set()
        }
        break
      case 'turn-ended':
        if (round && round.current !== null) endTurn(round, round.current, event.outcome)
        break
      case 'round-ended':
        round = null
        break
      default:
        break
    }
  }
  accrue(now)
  const publicRound = round ? (({ offeredAgain: _o, ...rest }) => rest)(round) : null
  return { speaker, talkMs, queue, round: publicRound }
}

function endTurn(round: RoundState & { offeredAgain: Set<string> }, person: string, outcome: 'done' | 'passed' | 'absent') {
  if (outcome === 'done') round.done.push(person)
  else if (outcome === 'absent') round.absent.push(person)
  // A second pass is final: they were offered the turn twice.
  else if (round.offeredAgain.has(person)) round.done.push(person)
  else round.passed.push(person)
  const settled = new Set([...round.done, ...round.absent])
  const firstTime = round.order.find((id) => !settled.has(id) && !round.passed.includes(id))
  if (firstTime !== undefined) {
    round.current = firstTime
    return
  }
  const again = round.passed.shift()
  if (again !== undefined) {
    round.offeredAgain.add(again)
    round.current = again
    return
  }
  round.current = null
  round.complete = true
}

/**
 * The raise-hand queue as it should be called: as raised, or (progressive stack) whoever has
 * spoken least this session first, ties kept in the order hands went up.
 */
export function orderedQueue(state: TurnState, progressive: boolean): string[] {
  if (!progressive) return state.queue
  return state.queue
    .map((id, index) => ({ id, index, talk: state.talkMs[id] ?? 0 }))
    .sort((a, b) => a.talk - b.talk || a.index - b.index)
    .map((entry) => entry.id)
}

/** Share of the total talk time per person, in percent (0 when nobody has spoken). */
export function talkShares(talkMs: Record<string, number>): Record<string, number> {
  const total = Object.values(talkMs).reduce((a, b) => a + b, 0)
  return Object.fromEntries(Object.entries(talkMs).map(([id, ms]) => [id, total > 0 ? (ms / total) * 100 : 0]))
}
