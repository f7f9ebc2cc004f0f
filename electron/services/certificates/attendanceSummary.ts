import type { AttendanceRow, AttendanceSummary } from '../../../src/core/api/contract'
import { attendanceOf, sessionAttendance } from '../../../src/core/attendance/attendedTime'
import { cpdCredit, MINUTE_MS } from '../../../src/core/attendance/cpdCredit'
import { CpdRuleSchema, type CpdRule } from '../../../src/core/attendance/cpdRule'
import type { Group } from '../../../src/core/model/group'
import type { Member } from '../../../src/core/model/member'
import type { SessionFile } from '../../../src/core/storage/sessionDocument'
import type { Workspace } from '../../../src/core/storage/workspaceDocument'
import { issueSentence } from '../../../src/core/api/readableIssue'
import type { ErrorText, ErrorWords } from '../../../src/core/errors'
import { en } from '../../../src/core/i18n/en'

/**
 * Attendance as the log tells it. The log's times come from the window that ran the session; a
 * service clock a little behind them must not hide marks already on disk, so "now" is never
 * earlier than the latest event.
 */
export const attendanceFromLog = (file: SessionFile, now: number) =>
  sessionAttendance(file.plan.items, file.live.events, Math.max(now, file.live.events.at(-1)?.at ?? 0))

/** The group's CPD settings as a usable rule, or what still has to be filled in. */
export function usableRule(group: Group): { rule: CpdRule; problem: null } | { rule: null; problem: ErrorText } {
  const parsed = CpdRuleSchema.safeParse(group.cpd)
  if (parsed.success) return { rule: parsed.data, problem: null }
  const issue = parsed.error.issues[0]
  const field = issue?.path.join('.') ?? ''
  // A stored group passed its own schema, so what is missing is nearly always one of the two names.
  const detail = (w: ErrorWords): string => {
    if (field === 'provider.name') return w.certificates.providerName
    if (field === 'facilitatorName') return w.certificates.facilitatorName
    if (!issue) return w.validation.invalid
    // The schema's own messages are English: another language says the issue from its kind.
    return w === en.errors ? issue.message : `${issueSentence(w.validation, issue)} (${field})`
  }
  return { rule: null, problem: (w) => w.certificates.needsSettings(detail(w)) }
}

/** Everyone in the group, marked or not, with their minutes and credit under the group's rule. */
export function attendanceSummary(ws: Workspace, group: Group, file: SessionFile, now: number, words: ErrorWords = en.errors): AttendanceSummary {
  const attendance = attendanceFromLog(file, now)
  const settings = usableRule(group)
  // Figures show even before the provider is filled in; eligibility uses the group's rounding and threshold.
  const rule = settings.rule ?? group.cpd
  const people: Member[] = ws.members.filter((m) => m.groupId === group.id)
  const rows = people.map((member): AttendanceRow => {
    const record = attendanceOf(attendance, member.id)
    const credit = cpdCredit(record, attendance.sessionMs, rule)
    const issued = ws.certificates.find((c) => c.personId === member.id && c.sessionId === file.plan.id)
    return {
      personId: member.id,
      name: member.name,
      role: member.role,
      status: record.status,
      attendedMinutes: credit.attendedMinutes,
      percent: credit.percent,
      hours: credit.hours,
      eligible: credit.eligible,
      reason: credit.reason,
      late: record.late,
      leftEarly: record.leftEarly,
      inRoom: record.inRoom,
      issued: issued ? { id: issued.id, code: issued.code } : null
    }
  })
  return {
    ended: attendance.endedAt !== null,
    sessionMinutes: Math.floor(attendance.sessionMs / MINUTE_MS),
    breakMinutes: Math.floor(attendance.breakMs / MINUTE_MS),
    minAttendancePercent: rule.minAttendancePercent,
    rows,
    ruleProblem: settings.problem?.(words) ?? null
  }
}
