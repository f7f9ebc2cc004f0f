import type { ItemRecord } from '../../../core/live/clock'
import { phaseAt, phasesInUse, type PhaseView } from '../../../core/protocols/phaseClock'
import type { Protocol } from '../../../core/protocols/protocolSchema'

/** The protocol an agenda item runs, with the phase it is in now; null for a plain item. */
export function protocolRun(record: ItemRecord, protocols: readonly Protocol[]): { protocol: Protocol; view: PhaseView; phaseCount: number } | null {
  const chosen = record.item.protocol
  const protocol = chosen ? protocols.find((p) => p.id === chosen.id) : undefined
  if (!chosen || !protocol) return null
  const phases = phasesInUse(protocol, chosen.includeOptional)
  const view = phaseAt(phases, record.allottedMs, record.elapsedMs, record.phaseAnchor)
  return view ? { protocol, view, phaseCount: phases.length } : null
}
