import { getRandomValues } from 'node:crypto'
import { join } from 'node:path'
import dayjs from 'dayjs'
import { attendanceOf } from '../../../src/core/attendance/attendedTime'
import { prepareCertificate, withIssued, type IssuedCertificate } from '../../../src/core/attendance/certificateRegister'
import { composeCertificateFields } from '../../../src/core/attendance/composeCertificate'
import { cpdCredit, creditReason } from '../../../src/core/attendance/cpdCredit'
import { messagesFor } from '../../../src/core/i18n/messages'
import { HearthError } from '../../../src/core/errors'
import type { Id } from '../../../src/core/model/ids'
import type { AppLocale } from '../../../src/core/model/locale'
import { buildCertificateDocx, buildCertificatesDocx, certificateFileNames, type CertificateDocInput } from '../exports/certificateDocx'
import { DEFAULT_DOCUMENT_LOCALE, documentWords } from '../exports/documentLocale'
import { requireGroup, type ServiceContext } from '../serviceContext'
import { writeFileDurably } from '../storage/durableWrite'
import { attendanceFromLog, usableRule } from './attendanceSummary'
import { loadImage } from './images'
import { availableName } from './availableName'

export interface IssueRequest {
  sessionId: Id
  personIds: readonly Id[]
}

export interface Issued {
  /** The language Hearth works in now: file names. Each document keeps the language it was first issued in. */
  locale: AppLocale
  documents: CertificateDocInput[]
  records: IssuedCertificate[]
  duplicates: number
}

/**
 * Issues (or re-issues) certificates and records them in the register before any file is
 * written: a certificate must never exist that the register cannot confirm. A re-issue keeps the
 * ID and prints "Duplicate".
 */
export async function issueCertificates(context: ServiceContext, request: IssueRequest): Promise<Issued> {
  const { options } = context
  const file = (await context.session(request.sessionId)).data
  const ws = await context.writableWorkspace()
  const group = requireGroup(ws.data, file.plan.groupId)
  const settings = usableRule(group)
  if (!settings.rule) throw new HearthError('invalid-input', settings.problem)
  const rule = settings.rule
  const locale = await context.documentLocale()
  const now = options.now()
  const attendance = attendanceFromLog(file, now.getTime())
  if (attendance.endedAt === null) throw new HearthError('invalid-input', (w) => w.certificates.notEnded)
  const issueDate = dayjs(now).format('YYYY-MM-DD')

  const prepared = request.personIds.map((personId) => {
    const member = ws.data.members.find((m) => m.id === personId && m.groupId === group.id)
    if (!member) throw new HearthError('not-found', (w) => w.certificates.personGone)
    const credit = cpdCredit(attendanceOf(attendance, member.id), attendance.sessionMs, rule)
    // Said again in the app's language: credit.reason is the English for logs.
    const person = attendanceOf(attendance, member.id)
    const reason = creditReason({ sessionRan: attendance.sessionMs > 0, status: person.status, percent: credit.percent, minAttendancePercent: rule.minAttendancePercent, creditedMinutes: credit.creditedMinutes }, messagesFor(locale).attendance.reasons)
    if (!credit.eligible) throw new HearthError('invalid-input', (w) => w.certificates.notEligible(member.name, reason))
    return { member, credit }
  })

  const records = await ws.update((draft) => {
    const out: { record: IssuedCertificate; duplicate: boolean }[] = []
    for (const { member, credit } of prepared) {
      const format = documentWords(locale).t.certificate.liveOnline
      const fields = composeCertificateFields({ member, plan: file.plan, credit, rule, learningFocus: file.plan.learningFocus, issueDate, format })
      const issued = prepareCertificate(draft.certificates, { personId: member.id, sessionId: file.plan.id, fields, issuedAt: now.toISOString(), locale }, () => getRandomValues(new Uint8Array(5)))
      draft.certificates = withIssued(draft.certificates, issued.record)
      out.push(issued)
    }
    return out
  })

  const [signature, logo] = await Promise.all([loadImage(options.dataDir, rule.signature, options.onWarning), loadImage(options.dataDir, rule.logo, options.onWarning)])
  const documents = records.map(({ record, duplicate }) => ({
    fields: record.fields,
    code: record.code,
    duplicate: duplicate ? { reissuedOn: issueDate } : undefined,
    signature,
    logo,
    paper: rule.paper,
    // A duplicate is printed in the original's language: its snapshot (the format line) is in it.
    locale: record.locale ?? DEFAULT_DOCUMENT_LOCALE
  }))
  return { locale, documents, records: records.map((r) => r.record), duplicates: records.filter((r) => r.duplicate).length }
}

/** One .docx per person into `folder` (never over an existing file), or one file with a page each. */
export async function writeCertificates(issued: Issued, destination: { kind: 'folder'; folder: string } | { kind: 'file'; path: string }): Promise<string[]> {
  if (destination.kind === 'file') {
    await writeFileDurably(destination.path, await buildCertificatesDocx(issued.documents))
    return [destination.path]
  }
  const names = certificateFileNames(issued.documents.map((d) => d.fields), issued.locale)
  const written: string[] = []
  for (const [index, document] of issued.documents.entries()) {
    const path = await availableName(join(destination.folder, names[index] ?? `Certificate ${index + 1}.docx`))
    await writeFileDurably(path, await buildCertificateDocx(document))
    written.push(path)
  }
  return written
}
