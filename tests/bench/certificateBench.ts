import { performance } from 'node:perf_hooks'
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { buildCertificateDocx, certificateFileNames, type CertificateDocInput } from '../../electron/services/exports/certificateDocx'
import { buildCpdLogCsv } from '../../electron/services/exports/cpdLogCsv'
import { buildCpdLogDocx } from '../../electron/services/exports/cpdLogDocx'
import { verificationCode } from '../../src/core/attendance/certificateCode'
import type { CertificateFields } from '../../src/core/attendance/certificateFields'
import type { CpdLog } from '../../src/core/attendance/cpdLog'
import { ZOE, fullCertificate } from '../services/exports/sampleCertificates'
import { sampleLog } from '../services/exports/sampleLog'
import { log, type Emit } from './report'
import { median, percentile, round } from './stats'

// Time to export a session's 30 certificates (one .docx each, with logo and signature) and 30
// members' CPD logs (.docx and .csv) with Hearth's builders, against the floor: the same text and
// images put into documents with bare docx calls and Packer.toBuffer, no layout at all. Most of
// the time on both sides is docx's own XML and zip work; the ratio (floor / ours) shows what the
// layout, the code and the CSV add on top. Below 1 means ours is slower, as it must be.

const PEOPLE = 30
const WARM_UP = 2
const REPEATS = 9

function people(): { certificates: CertificateDocInput[]; logs: CpdLog[] } {
  const template = fullCertificate()
  const base = sampleLog()
  const certificates = Array.from({ length: PEOPLE }, (_, i) => {
    const fields: CertificateFields = { ...ZOE, participantName: `Participant ${i} Ñúñez-O’Hara`, certificateId: `HRT-2026-${String(1000 + i)}-ABCD` }
    return { ...template, fields, code: verificationCode(fields) }
  })
  const logs = certificates.map((c) => ({ ...base, participantName: c.fields.participantName }))
  return { certificates, logs }
}

async function ours(certificates: CertificateDocInput[], logs: CpdLog[]): Promise<number> {
  let bytes = 0
  const names = certificateFileNames(certificates.map((c) => c.fields))
  for (const [i, input] of certificates.entries()) bytes += (await buildCertificateDocx(input)).length + (names[i]?.length ?? 0)
  for (const entry of logs) bytes += (await buildCpdLogDocx(entry)).length + buildCpdLogCsv(entry).length
  return bytes
}

/** The floor: each document's strings and images, one run per paragraph, default everything. */
async function floor(certificates: CertificateDocInput[], logs: CpdLog[]): Promise<number> {
  let bytes = 0
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] })
  for (const { fields: f, code, logo, signature } of certificates) {
    const images = [logo, signature].flatMap((img) => (img ? [new Paragraph({ children: [new ImageRun({ type: img.type, data: img.data, transformation: { width: 100, height: 50 } })] })] : []))
    const texts = [f.participantName, f.registrationNumber, f.activityTitle, f.learningFocus, f.sessionDate, f.format, f.cpdHours, f.creditType, f.providerName, f.providerContact, f.facilitatorName, f.issueDate, f.certificateId, code]
    bytes += (await Packer.toBuffer(new Document({ sections: [{ children: [...images, ...texts.map(p)] }] }))).length
  }
  for (const entry of logs) {
    const rows = entry.rows.map((r) => new TableRow({ children: [r.date, r.activityTitle, r.hours, r.creditType, r.reflectionPrompt].map((t) => new TableCell({ children: [p(t)] })) }))
    bytes += (await Packer.toBuffer(new Document({ sections: [{ children: [p(entry.participantName), new Table({ rows })] }] }))).length
  }
  return bytes
}

export async function certificateBench(emit: Emit): Promise<void> {
  const { certificates, logs } = people()
  log(`Exporting ${PEOPLE} certificates and ${PEOPLE} CPD logs (.docx + .csv), ${REPEATS} times, against bare docx Packer calls…`)
  for (let i = 0; i < WARM_UP; i++) {
    await ours(certificates, logs)
    await floor(certificates, logs)
  }
  const oursMs: number[] = []
  const floorMs: number[] = []
  // Interleaved, so load from other processes hits both sides alike.
  for (let i = 0; i < REPEATS; i++) {
    let t0 = performance.now()
    await ours(certificates, logs)
    oursMs.push(performance.now() - t0)
    t0 = performance.now()
    await floor(certificates, logs)
    floorMs.push(performance.now() - t0)
  }
  const value = median(oursMs)
  const base = median(floorMs)
  emit({
    name: 'export.certificates30AndCpdLogs30.median',
    value: round(value, 1),
    unit: 'ms',
    baseline: round(base, 1),
    ratio: round(base / value, 2),
    note: `median of ${REPEATS}; p90 ours ${round(percentile(oursMs, 90), 1)} ms, floor ${round(percentile(floorMs, 90), 1)} ms; floor = same text and images via bare docx Packer calls`
  })
  emit({ name: 'export.perCertificateAndLog.median', value: round(value / PEOPLE, 2), unit: 'ms' })
}
