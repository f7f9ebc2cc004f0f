import { z } from 'zod'
import { IdSchema } from '../model/ids'
import { ROLE_KEYS } from '../protocols/protocolSchema'

/** Epoch milliseconds, stamped by the screen that acted (the clock is a parameter everywhere). */
const At = z.number().int().nonnegative()

export const AllocationSchema = z.object({ itemId: IdSchema, minutes: z.number().int().min(0).max(600) })

/**
 * A live session is this append-only log. Clock, ahead/behind, the planned-vs-actual record
 * (and later talk time and attendance) are all derived from it; nothing else is stored.
 */
export const LiveEventSchema = z.discriminatedUnion('type', [
  /** `endAt`: the hard end the facilitator confirmed when starting (the call's booked slot). */
  z.object({ type: z.literal('started'), at: At, endAt: At }),
  z.object({ type: z.literal('went-to'), at: At, itemId: IdSchema, via: z.enum(['next', 'previous', 'auto']) }),
  z.object({ type: z.literal('paused'), at: At }),
  z.object({ type: z.literal('resumed'), at: At }),
  z.object({ type: z.literal('time-adjusted'), at: At, itemId: IdSchema, minutes: z.number().int().min(-60).max(60) }),
  z.object({ type: z.literal('skip-set'), at: At, itemId: IdSchema, skipped: z.boolean() }),
  z.object({
    type: z.literal('rebalanced'),
    at: At,
    allocations: z.array(AllocationSchema).max(60),
    /** What the allocations were before, so an undo is just another rebalance back. */
    previous: z.array(AllocationSchema).max(60),
    undo: z.boolean()
  }),
  /** Hearth was closed (or crashed) from `lastSeenAt` until `at`; the clock kept running. */
  z.object({ type: z.literal('reopened'), at: At, lastSeenAt: At }),
  z.object({ type: z.literal('ended'), at: At }),
  // Turn taking and the talk-time ledger (tap to start a speaker; no audio is ever captured).
  /** `personId` null: nobody is speaking. Starting someone stops whoever spoke before. */
  z.object({ type: z.literal('speaker-set'), at: At, personId: IdSchema.nullable() }),
  z.object({ type: z.literal('hand-raised'), at: At, personId: IdSchema }),
  z.object({ type: z.literal('hand-lowered'), at: At, personId: IdSchema }),
  z.object({ type: z.literal('queue-moved'), at: At, personId: IdSchema, toIndex: z.number().int().min(0).max(200) }),
  /** The order is decided when the round starts (shuffled by the screen if random) and recorded. */
  z.object({
    type: z.literal('round-started'),
    at: At,
    order: z.array(IdSchema).min(1).max(200),
    sliceSeconds: z.number().int().min(10).max(3600)
  }),
  /** The person whose turn it is: done (spoke), passed (offer again at the end) or absent (skip). */
  z.object({ type: z.literal('turn-ended'), at: At, outcome: z.enum(['done', 'passed', 'absent']) }),
  z.object({ type: z.literal('round-ended'), at: At }),
  // Case protocols: who holds which role for this item, and moving to a phase by hand.
  z.object({
    type: z.literal('roles-assigned'),
    at: At,
    itemId: IdSchema,
    roles: z.partialRecord(z.enum(ROLE_KEYS), z.array(IdSchema).max(50))
  }),
  z.object({ type: z.literal('phase-moved'), at: At, itemId: IdSchema, toPhase: z.number().int().min(0).max(19) }),
  // Attendance, one tap each (derived by src/core/attendance/marks.ts). `personId` is a member of
  // the group: a walk-in guest is first added to the group as a member with role 'guest'.
  // `effectiveAt` is when it really happened, for a mark noted later or a correction after the
  // call (never after `at`); absent means `at`. A join before the start counts from the start.
  z.object({ type: z.literal('attendance-joined'), at: At, personId: IdSchema, effectiveAt: At.optional() }),
  z.object({ type: z.literal('attendance-left'), at: At, personId: IdSchema, effectiveAt: At.optional() }),
  /** Not there: sent apologies beforehand, or absent without word. Only for someone never marked present. */
  z.object({ type: z.literal('attendance-status'), at: At, personId: IdSchema, status: z.enum(['apologies', 'absent']) }),
  /** Takes back this person's latest attendance mark still standing (a mis-tap); repeatable. */
  z.object({ type: z.literal('attendance-undone'), at: At, personId: IdSchema })
])

export type LiveEvent = z.infer<typeof LiveEventSchema>
export type Allocation = z.infer<typeof AllocationSchema>
export type AttendanceEvent = Extract<LiveEvent, { type: 'attendance-joined' | 'attendance-left' | 'attendance-status' | 'attendance-undone' }>
