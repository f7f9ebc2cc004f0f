import { z } from 'zod'
import { hoursHundredths, hoursText, hundredthsText } from './cpdCredit'
import { IsoDateSchema } from './certificateFields'

/** One session in a member's CPD log. */
export const CpdLogRowSchema = z.object({
  sessionId: z.string(),
  date: IsoDateSchema,
  activityTitle: z.string(),
  learningFocus: z.string(),
  /** After the group's rounding, as on the certificate. */
  creditedMinutes: z.number().int().min(0),
  creditType: z.string(),
  /** The month's reflection prompt ('' if the session had none): BPS/HCPC ask for reflection. */
  reflectionPrompt: z.string(),
  /** The certificate that backs the entry, when one was issued. */
  certificateId: z.string()
})

export type CpdLogRow = z.infer<typeof CpdLogRowSchema>

export interface CpdLog {
  participantName: string
  registrationNumber: string
  professionalBody: string
  providerName: string
  /** Inclusive local dates. */
  cycle: { from: string; to: string }
  rows: (CpdLogRow & { hours: string })[]
  totals: { minutes: number; hours: string; byCreditType: { creditType: string; minutes: number; hours: string }[] }
}

/**
 * A member's log for a cycle (e.g. six months): the sessions inside it, oldest first, and totals
 * per credit type. Totals add the hours as printed on each row (what each certificate says), so
 * an auditor adding up the column gets the total printed, never more than was attended.
 */
export function buildCpdLog(input: Omit<CpdLog, 'rows' | 'totals'> & { rows: readonly CpdLogRow[] }): CpdLog {
  const rows = input.rows
    .filter((row) => row.date >= input.cycle.from && row.date <= input.cycle.to && row.creditedMinutes > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.activityTitle.localeCompare(b.activityTitle))
    .map((row) => ({ ...row, hours: hoursText(row.creditedMinutes) }))
  const byType = new Map<string, { minutes: number; hundredths: number }>()
  for (const row of rows) {
    const sum = byType.get(row.creditType) ?? { minutes: 0, hundredths: 0 }
    byType.set(row.creditType, { minutes: sum.minutes + row.creditedMinutes, hundredths: sum.hundredths + hoursHundredths(row.creditedMinutes) })
  }
  const minutes = rows.reduce((sum, row) => sum + row.creditedMinutes, 0)
  const hundredths = rows.reduce((sum, row) => sum + hoursHundredths(row.creditedMinutes), 0)
  return {
    participantName: input.participantName,
    registrationNumber: input.registrationNumber,
    professionalBody: input.professionalBody,
    providerName: input.providerName,
    cycle: input.cycle,
    rows,
    totals: {
      minutes,
      hours: hundredthsText(hundredths),
      byCreditType: [...byType].map(([creditType, sum]) => ({ creditType, minutes: sum.minutes, hours: hundredthsText(sum.hundredths) }))
    }
  }
}
