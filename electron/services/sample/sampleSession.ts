import dayjs from 'dayjs'
import type { Handlers } from '../../../src/core/api/contract'
import { NEW_CPD_RULE_DEFAULTS } from '../../../src/core/attendance/cpdRule'
import { replay } from '../../../src/core/live/clock'
import type { LiveEvent } from '../../../src/core/live/events'
import { allocationsOf, proposeRebalance } from '../../../src/core/live/rebalance'
import { HearthError } from '../../../src/core/errors'
import { NEW_GROUP_DEFAULTS } from '../../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS, type MemberInput } from '../../../src/core/model/member'
import type { AppLocale } from '../../../src/core/model/locale'
import { messagesFor } from '../../../src/core/i18n/messages'
import { sampleWords, type SampleWords } from './sampleWords'

const MINUTE = 60_000

const PEOPLE: MemberInput[] = [
  { ...NEW_MEMBER_DEFAULTS, name: 'Dr. Maya Fortier', role: 'facilitator', professionalBody: 'AASP/CSPA', registrationNumber: 'CMPC-10482' },
  { ...NEW_MEMBER_DEFAULTS, name: 'Amélie Tremblay', professionalBody: 'ICF', registrationNumber: '014-55291' },
  { ...NEW_MEMBER_DEFAULTS, name: 'Owen Hughes', professionalBody: 'BPS/HCPC', registrationNumber: 'PYL34120' },
  { ...NEW_MEMBER_DEFAULTS, name: 'Priya Nair', professionalBody: 'AASP/CSPA', registrationNumber: 'CMPC-11876' },
  { ...NEW_MEMBER_DEFAULTS, name: 'Jonah Whitford', professionalBody: 'ICF', registrationNumber: '' },
  { ...NEW_MEMBER_DEFAULTS, name: 'Sofia Marchetti', role: 'guest', professionalBody: '', registrationNumber: '' }
]

export interface Sample {
  groupId: string
  /** The two sessions, oldest first; both ended. */
  sessionIds: [string, string]
  memberIds: Record<string, string>
  /** Whether the first session got its sample notes (only when the notes key is open). */
  notes: boolean
}

/**
 * A realistic sample: a sport-psychology CoP with its CPD settings, and two monthly sessions that
 * ran through the real services, with a late arrival, an early leaver, apologies and a guest.
 * `today` is the caller's clock; the sessions are one and two months before it. Written in the
 * language of `locale` (the app's now, as the plans made from the default template are); once
 * made it is the facilitator's data and stays in those words.
 */
export async function createSample(handlers: Handlers, today: Date, locale: AppLocale): Promise<Sample> {
  const words = sampleWords(locale)
  const group = await handlers['groups/create']({
    group: {
      ...NEW_GROUP_DEFAULTS,
      ...words.group,
      confidentialityStatement: messagesFor(locale).groups.newGroup.defaultConfidentiality
    }
  })
  await handlers['cpd/update-rule']({
    groupId: group.id,
    rule: {
      ...NEW_CPD_RULE_DEFAULTS,
      creditTypes: words.creditTypes,
      provider: words.provider,
      facilitatorName: 'Dr. Maya Fortier'
    }
  })
  const memberIds: Record<string, string> = {}
  for (const person of PEOPLE) memberIds[person.name] = (await handlers['members/add']({ groupId: group.id, member: person })).id
  const id = (name: string) => memberIds[name] ?? ''

  // The check-in runs 4 minutes over; the proposed rebalance is applied so the call ends on time.
  const first = await runSession(
    handlers,
    group.id,
    dayjs(today).subtract(2, 'month'),
    words.sessions.first,
    words.plan,
    (t) => [
      ...joinAll([id('Dr. Maya Fortier'), id('Amélie Tremblay'), id('Owen Hughes'), id('Priya Nair'), id('Jonah Whitford')], t),
      { type: 'attendance-left', at: t + 80 * MINUTE, personId: id('Jonah Whitford') }
    ],
    { index: 1, minutes: 4 }
  )
  const second = await runSession(handlers, group.id, dayjs(today).subtract(1, 'month'), words.sessions.second, words.plan, (t) => [
    ...joinAll([id('Dr. Maya Fortier'), id('Amélie Tremblay'), id('Owen Hughes'), id('Sofia Marchetti')], t),
    { type: 'attendance-status', at: t + MINUTE, personId: id('Jonah Whitford'), status: 'apologies' },
    // Late by 12 minutes: still above the 85 % rule. Owen leaves after an hour: below it.
    { type: 'attendance-joined', at: t + 12 * MINUTE, personId: id('Priya Nair') },
    { type: 'attendance-left', at: t + 60 * MINUTE, personId: id('Owen Hughes') }
  ])
  const sessionIds: [string, string] = [first, second]
  await closeFirstSession(handlers, sessionIds, id, words.closing)
  return { groupId: group.id, sessionIds, memberIds, notes: await addSampleNotes(handlers, first, id, words.notes) }
}

/** The first session's closing steps: who ran it, the group's self-evaluation, what comes next. */
async function closeFirstSession(handlers: Handlers, [first, second]: [string, string], id: (name: string) => string, words: SampleWords['closing']): Promise<void> {
  const next = await handlers['sessions/get']({ sessionId: second })
  await handlers['closing/save']({
    sessionId: first,
    closing: {
      facilitatorId: id('Dr. Maya Fortier'),
      noteTakerId: id('Owen Hughes'),
      selfEvaluation: { scores: [4, 5, 3, 5], comment: words.comment },
      nextSessionAt: next.scheduledStart,
      nextFacilitatorId: id('Amélie Tremblay'),
      reflectionPrompts: words.reflectionPrompts
    }
  })
}

/**
 * De-identified notes for the first session's case, if the notes key is open. Without it (a
 * fresh app where no passphrase is set yet) the sample has no notes rather than failing.
 * The key could still lock between the check and the save, hence the second guard.
 */
async function addSampleNotes(handlers: Handlers, sessionId: string, id: (name: string) => string, words: SampleWords['notes']): Promise<boolean> {
  const plan = await handlers['sessions/get']({ sessionId })
  const caseItem = plan.items.find((item) => item.protocol?.id === 'consultancy')
  if (!caseItem) return false
  // Without a notes key (a service with no key provider, or one not unlocked yet) there are no notes.
  const status = await handlers['keys/status']({}).catch(() => null)
  if (status?.state !== 'ready') return false
  try {
    await handlers['notes/save']({
      sessionId,
      notes: {
        items: {
          [caseItem.id]: {
            themes: words.themes,
            summary: words.summary,
            questions: words.questions,
            actions: [
              { id: `${sessionId.slice(0, 20)}-action-1`, text: words.actions[0], ownerId: id('Priya Nair'), due: '', done: false },
              { id: `${sessionId.slice(0, 20)}-action-2`, text: words.actions[1], ownerId: id('Amélie Tremblay'), due: '', done: false }
            ],
            reflections: words.reflections
          }
        },
        decisions: [],
        pseudonyms: [{ ...words.pseudonym, kind: 'PERSON' }]
      }
    })
    return true
  } catch (error) {
    if (error instanceof HearthError && error.code === 'locked') return false
    throw error
  }
}

const joinAll = (ids: readonly string[], t: number): LiveEvent[] => ids.map((personId) => ({ type: 'attendance-joined', at: t, personId }))

/**
 * Runs a session through the live log as a facilitator would: each item for its allotted time,
 * except `overrun` extra minutes on the item at `overrunIndex`, after which the proposed
 * rebalance is applied so the session still ends on time.
 */
async function runSession(
  handlers: Handlers,
  groupId: string,
  day: dayjs.Dayjs,
  title: string,
  words: SampleWords['plan'],
  marks: (start: number) => LiveEvent[],
  overrun?: { index: number; minutes: number }
): Promise<string> {
  const start = day.hour(19).minute(0).second(0).millisecond(0)
  const plan = await handlers['sessions/plan-from-template']({ groupId, title, scheduledStart: start.format('YYYY-MM-DDTHH:mm') })
  await handlers['sessions/update-plan']({
    sessionId: plan.id,
    plan: {
      title: plan.title,
      scheduledStart: plan.scheduledStart,
      plannedMinutes: plan.plannedMinutes,
      items: plan.items,
      ...words
    }
  })
  const t = start.valueOf()
  const end = t + plan.plannedMinutes * MINUTE
  // Attendance marks interleave with the agenda: they are appended in time order with it.
  const pending = marks(t).sort((a, b) => a.at - b.at)
  const append = async (event: LiveEvent) => {
    while (pending[0] && pending[0].at <= event.at) await handlers['live/append']({ sessionId: plan.id, event: pending.shift()! })
    await handlers['live/append']({ sessionId: plan.id, event })
  }
  const events: LiveEvent[] = []
  const log = async (event: LiveEvent) => {
    events.push(event)
    await append(event)
  }
  await log({ type: 'started', at: t, endAt: end })
  let at = t
  for (let index = 0; index < plan.items.length - 1; index++) {
    const state = replay(plan.items, events, at)
    const allotted = state.items[index]?.allottedMs ?? 0
    at += allotted + (overrun?.index === index ? overrun.minutes * MINUTE : 0)
    if (overrun?.index === index) {
      const proposal = proposeRebalance(replay(plan.items, events, at), at)
      if (proposal) await log({ type: 'rebalanced', at, ...allocationsOf(proposal), undo: false })
    }
    const next = plan.items[index + 1]
    if (next) await log({ type: 'went-to', at, itemId: next.id, via: 'next' })
  }
  await log({ type: 'ended', at: Math.max(end, at + MINUTE) })
  for (const event of pending) await handlers['live/append']({ sessionId: plan.id, event })
  return plan.id
}
