import { join, dirname, basename } from 'node:path'
import { attendanceOf } from '../../../src/core/attendance/attendedTime'
import { attendanceFromLog } from './attendanceSummary'
import { cpdCredit, creditedMinutes } from '../../../src/core/attendance/cpdCredit'
import { buildCpdLog, type CpdLog, type CpdLogRow } from '../../../src/core/attendance/cpdLog'
import { creditTypeFor, creditTypeText } from '../../../src/core/attendance/cpdRule'
import { HearthError } from '../../../src/core/errors'
import type { Id } from '../../../src/core/model/ids'
import type { AppLocale } from '../../../src/core/model/locale'
import { buildCpdLogCsv } from '../exports/cpdLogCsv'
import { buildCpdLogDocx, cpdLogFileNames } from '../exports/cpdLogDocx'
import { notFound, requireGroup, type ServiceContext } from '../serviceContext'
import { writeFileDurably } from '../storage/durableWrite'
import { availableName } from './availableName'

/**
 * A member's CPD log for a cycle: each ended session in it where they met the group's rule,
 * with the credited hours, the credit type, the month's reflection prompt and the certificate.
 */
export async function cpdLogFor(context: ServiceContext, groupId: Id, memberId: Id, cycle: { from: string; to: string }): Promise<CpdLog> {
  const ws = (await context.workspace()).data
  const group = requireGroup(ws, groupId)
  const member = ws.members.find((m) => m.id === memberId && m.groupId === groupId)
  if (!member) throw notFound('member')
  if (cycle.from > cycle.to) throw new HearthError('invalid-input', (w) => w.certificates.cycleBackwards)
  const rows: CpdLogRow[] = []
  const sessions = ws.sessions.filter((s) => s.groupId === groupId && s.status === 'ended' && s.scheduledStart.slice(0, 10) >= cycle.from && s.scheduledStart.slice(0, 10) <= cycle.to)
  for (const entry of sessions) {
    const file = (await context.session(entry.id)).data
    const attendance = attendanceFromLog(file, context.options.now().getTime())
    const credit = cpdCredit(attendanceOf(attendance, member.id), attendance.sessionMs, group.cpd)
    if (!credit.eligible) continue
    rows.push({
      sessionId: entry.id,
      date: file.plan.scheduledStart.slice(0, 10),
      activityTitle: file.plan.title,
      learningFocus: file.plan.learningFocus,
      creditedMinutes: creditedMinutes(credit.attendedMinutes, group.cpd.rounding),
      creditType: creditTypeText(creditTypeFor(group.cpd, member.professionalBody)),
      reflectionPrompt: file.plan.reflectionPrompt,
      certificateId: ws.certificates.find((c) => c.personId === member.id && c.sessionId === entry.id)?.id ?? ''
    })
  }
  return buildCpdLog({
    participantName: member.name,
    registrationNumber: member.registrationNumber,
    professionalBody: member.professionalBody,
    providerName: group.cpd.provider.name || group.name,
    cycle,
    rows
  })
}

export const cpdLogFileName = (log: CpdLog, locale?: AppLocale): string => cpdLogFileNames([log], '.docx', locale)[0] ?? 'CPD log.docx'

/** The log as .docx at `path`, and as .csv beside it with the same name, both in `locale`'s words and forms. */
export async function writeCpdLog(log: CpdLog, path: string, paper: 'A4' | 'Letter', locale?: AppLocale): Promise<string[]> {
  const docx = path.toLowerCase().endsWith('.docx') ? path : `${path}.docx`
  const csv = await availableName(join(dirname(docx), `${basename(docx, '.docx')}.csv`))
  await writeFileDurably(docx, await buildCpdLogDocx(log, { paper, locale }))
  await writeFileDurably(csv, buildCpdLogCsv(log, locale))
  return [docx, csv]
}
