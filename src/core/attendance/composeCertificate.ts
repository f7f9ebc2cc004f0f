import type { Member } from '../model/member'
import type { SessionPlan } from '../model/plan'
import type { CertificateFields } from './certificateFields'
import { SESSION_FORMAT_LIVE_ONLINE } from './certificateFields'
import type { CpdCredit } from './cpdCredit'
import { creditTypeFor, creditTypeText, type CpdRule } from './cpdRule'

/**
 * The printed fields for one eligible person, before an ID is drawn (prepareCertificate adds
 * it). The date is the session's scheduled local date, as the facilitator entered it, because a
 * certificate names the day the group met, in the group's own time zone.
 */
export function composeCertificateFields(input: {
  member: Pick<Member, 'name' | 'registrationNumber' | 'professionalBody'>
  plan: Pick<SessionPlan, 'title' | 'scheduledStart'>
  credit: CpdCredit
  rule: CpdRule
  /** The session's learning focus ('' if none). */
  learningFocus: string
  /** Today's local date as YYYY-MM-DD (the caller's clock). */
  issueDate: string
  /** The session's format in the certificate's language; English "Live, online" when not given. */
  format?: string
}): Omit<CertificateFields, 'certificateId'> {
  const { member, plan, credit, rule } = input
  return {
    participantName: member.name,
    registrationNumber: member.registrationNumber,
    activityTitle: plan.title,
    learningFocus: input.learningFocus,
    sessionDate: plan.scheduledStart.slice(0, 10),
    format: input.format ?? SESSION_FORMAT_LIVE_ONLINE,
    cpdHours: credit.hours,
    creditType: creditTypeText(creditTypeFor(rule, member.professionalBody)),
    providerName: rule.provider.name,
    providerContact: rule.provider.contact,
    facilitatorName: rule.facilitatorName,
    approvalStatement: rule.approvalStatement,
    attendedMinutes: credit.attendedMinutes,
    sessionMinutes: Math.max(1, credit.sessionMinutes),
    attendedPercent: credit.percent,
    issueDate: input.issueDate
  }
}
