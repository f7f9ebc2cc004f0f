import dayjs from 'dayjs'
import type { Handlers } from '../../../src/core/api/contract'
import { NEW_CPD_RULE_DEFAULTS } from '../../../src/core/attendance/cpdRule'
import type { LiveEvent } from '../../../src/core/live/events'
import { NEW_GROUP_DEFAULTS } from '../../../src/core/model/group'
import { NEW_MEMBER_DEFAULTS, type MemberInput } from '../../../src/core/model/member'

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
}

/**
 * A realistic sample: a sport-psychology CoP with its CPD settings, and two monthly sessions that
 * ran through the real services, with a late arrival, an early leaver, apologies and a guest.
 * `today` is the caller's clock; the sessions are one and two months before it.
 */
export async function createSample(handlers: Handlers, today: Date): Promise<Sample> {
  const group = await handlers['groups/create']({
    group: {
      ...NEW_GROUP_DEFAULTS,
      name: 'Sample: Mental Performance CoP',
      focus: 'Applied sport psychology with youth and varsity athletes.',
      purpose: 'Monthly peer consultation on de-identified cases, for reflective practice and CPD.'
    }
  })
  await handlers['cpd/update-rule']({
    groupId: group.id,
    rule: {
      ...NEW_CPD_RULE_DEFAULTS,
      provider: { name: 'Northern Lights Performance Collective', contact: 'cpd@northernlights.example' },
      facilitatorName: 'Dr. Maya Fortier'
    }
  })
  const memberIds: Record<string, string> = {}
  for (const person of PEOPLE) memberIds[person.name] = (await handlers['members/add']({ groupId: group.id, member: person })).id
  const id = (name: string) => memberIds[name] ?? ''

  const first = await runSession(handlers, group.id, dayjs(today).subtract(2, 'month'), 'Session 1: Pre-competition anxiety', (t) => [
    ...joinAll([id('Dr. Maya Fortier'), id('Amélie Tremblay'), id('Owen Hughes'), id('Priya Nair'), id('Jonah Whitford')], t),
    { type: 'attendance-left', at: t + 80 * MINUTE, personId: id('Jonah Whitford') }
  ])
  const second = await runSession(handlers, group.id, dayjs(today).subtract(1, 'month'), 'Session 2: Return to play after injury', (t) => [
    ...joinAll([id('Dr. Maya Fortier'), id('Amélie Tremblay'), id('Owen Hughes'), id('Sofia Marchetti')], t),
    { type: 'attendance-status', at: t + MINUTE, personId: id('Jonah Whitford'), status: 'apologies' },
    // Late by 12 minutes: still above the 85 % rule. Owen leaves after an hour: below it.
    { type: 'attendance-joined', at: t + 12 * MINUTE, personId: id('Priya Nair') },
    { type: 'attendance-left', at: t + 60 * MINUTE, personId: id('Owen Hughes') }
  ])
  return { groupId: group.id, sessionIds: [first, second], memberIds }
}

const joinAll = (ids: readonly string[], t: number): LiveEvent[] => ids.map((personId) => ({ type: 'attendance-joined', at: t, personId }))

async function runSession(handlers: Handlers, groupId: string, day: dayjs.Dayjs, title: string, marks: (start: number) => LiveEvent[]): Promise<string> {
  const start = day.hour(19).minute(0).second(0).millisecond(0)
  const plan = await handlers['sessions/plan-from-template']({ groupId, title, scheduledStart: start.format('YYYY-MM-DDTHH:mm') })
  await handlers['sessions/update-plan']({
    sessionId: plan.id,
    plan: {
      title: plan.title,
      scheduledStart: plan.scheduledStart,
      plannedMinutes: plan.plannedMinutes,
      items: plan.items,
      learningFocus: 'Applying the Consultancy protocol to a live case; reflective practice on the practitioner’s own responses.',
      reflectionPrompt: 'What did you try this month from the last session, and what happened?'
    }
  })
  const t = start.valueOf()
  const events: LiveEvent[] = [{ type: 'started', at: t, endAt: t + plan.plannedMinutes * MINUTE }, ...marks(t)]
  let at = t
  for (const item of plan.items.slice(0, -1)) {
    at += item.minutes * MINUTE
    const next = plan.items[plan.items.indexOf(item) + 1]
    if (next) events.push({ type: 'went-to', at, itemId: next.id, via: 'next' })
  }
  events.push({ type: 'ended', at: t + plan.plannedMinutes * MINUTE })
  // The log must be in time order, as a live session writes it.
  events.sort((a, b) => a.at - b.at)
  for (const event of events) await handlers['live/append']({ sessionId: plan.id, event })
  return plan.id
}
