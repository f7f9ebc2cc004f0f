import type { CycleDashboard } from '../../../src/core/api/contract'
import { attendanceOf } from '../../../src/core/attendance/attendedTime'
import { cpdCredit, creditedMinutes, hoursText } from '../../../src/core/attendance/cpdCredit'
import type { Id } from '../../../src/core/model/ids'
import { attendanceFromLog } from '../certificates/attendanceSummary'
import { requireGroup, type ServiceContext } from '../serviceContext'

/**
 * What a CoP steward reports for a cycle: sessions held, attendance per member, CPD hours per
 * member, and participation (who came at all, guest visits). Dates are local 'YYYY-MM-DD'.
 */
export async function cycleDashboard(context: ServiceContext, groupId: Id, from: string, to: string): Promise<CycleDashboard> {
  const ws = (await context.workspace()).data
  const group = requireGroup(ws, groupId)
  const entries = ws.sessions
    .filter((s) => s.groupId === groupId && s.status === 'ended' && s.scheduledStart.slice(0, 10) >= from && s.scheduledStart.slice(0, 10) <= to)
    .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))
  const people = ws.members.filter((m) => m.groupId === groupId)
  const attended = new Map<string, number>()
  const credited = new Map<string, number>()
  const sessions: CycleDashboard['sessions'] = []
  let guestVisits = 0
  for (const entry of entries) {
    const file = (await context.session(entry.id)).data
    const attendance = attendanceFromLog(file, context.options.now().getTime())
    let present = 0
    for (const person of people) {
      const record = attendanceOf(attendance, person.id)
      if (record.status !== 'present') continue
      present++
      if (person.role === 'guest') guestVisits++
      attended.set(person.id, (attended.get(person.id) ?? 0) + 1)
      const credit = cpdCredit(record, attendance.sessionMs, group.cpd)
      if (credit.eligible) credited.set(person.id, (credited.get(person.id) ?? 0) + creditedMinutes(credit.attendedMinutes, group.cpd.rounding))
    }
    const facilitator = people.find((p) => p.id === file.closing.facilitatorId)?.name ?? ''
    sessions.push({ id: entry.id, title: entry.title, date: entry.scheduledStart.slice(0, 10), present, facilitator })
  }
  const held = entries.length
  const members = people.map((p) => {
    const count = attended.get(p.id) ?? 0
    return { id: p.id, name: p.name, role: p.role, attended: count, ratePercent: held > 0 ? Math.round((count / held) * 100) : 0, cpdHours: hoursText(credited.get(p.id) ?? 0) }
  })
  const regulars = members.filter((m) => m.role !== 'guest')
  return {
    from,
    to,
    sessionsHeld: held,
    sessions,
    members,
    averageAttendancePercent: held > 0 && regulars.length > 0 ? Math.round(regulars.reduce((sum, m) => sum + m.ratePercent, 0) / regulars.length) : 0,
    activeMembers: regulars.filter((m) => m.attended > 0).length,
    memberCount: regulars.length,
    guestVisits
  }
}
