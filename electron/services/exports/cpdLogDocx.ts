import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType } from 'docx'
import { longDate } from '../../../src/core/attendance/certificateFields'
import type { CpdLog } from '../../../src/core/attendance/cpdLog'
import type { PaperSize } from '../../../src/core/attendance/cpdRule'
import { ACCENT, FONT_BODY, FONT_DISPLAY, INK, MUTED, THIN_BORDERS, pageProperties, pt, textWidth } from './docxLook'
import { uniqueFileNames } from './safeFileName'

const run = (value: string, options: { size?: number; bold?: boolean; italics?: boolean; color?: string; font?: string } = {}) =>
  new TextRun({ text: value, font: options.font ?? FONT_BODY, size: pt(options.size ?? 9.5), bold: options.bold, italics: options.italics, color: options.color ?? INK })

const para = (children: TextRun[], after = 40, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ spacing: { after }, alignment, children })

/** Column shares of the table; the last is left blank for the member's own reflection (BPS/HCPC). */
const COLUMNS = [
  { title: 'Date', share: 0.1 },
  { title: 'Activity and learning focus', share: 0.27 },
  { title: 'Hours', share: 0.06 },
  { title: 'Credit type', share: 0.14 },
  { title: 'Reflection prompt', share: 0.2 },
  { title: 'My reflection: what I will apply', share: 0.23 }
] as const

/**
 * A member's CPD log for a cycle, landscape (six columns need the width): who, which cycle, one
 * row per session with the certificate ID that backs it, and totals per credit type.
 */
export async function buildCpdLogDocx(log: CpdLog, options: { paper?: PaperSize } = {}): Promise<Buffer> {
  const paper = options.paper ?? 'A4'
  const width = textWidth(paper, 'landscape', 1.5)
  const widths = COLUMNS.map((c) => Math.floor(width * c.share))
  const cell = (children: Paragraph[], i: number, header = false) =>
    new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E6EEF0', color: 'auto' } : undefined,
      children
    })
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: COLUMNS.map((c, i) => cell([para([run(c.title, { bold: true, size: 9 })], 0)], i, true)) })
  const rows = log.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([para([run(longDate(row.date))], 0)], 0),
          cell(
            [
              para([run(row.activityTitle, { bold: true })], 20),
              ...(row.learningFocus ? [para([run(row.learningFocus, { italics: true, color: MUTED })], 20)] : []),
              ...(row.certificateId ? [para([run(`Certificate ${row.certificateId}`, { size: 8, color: MUTED })], 0)] : [])
            ],
            1
          ),
          cell([para([run(row.hours)], 0, AlignmentType.RIGHT)], 2),
          cell([para([run(row.creditType)], 0)], 3),
          cell([para([run(row.reflectionPrompt, { italics: true })], 0)], 4),
          cell([para([run('')], 0)], 5)
        ]
      })
  )
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell([para([run('Total', { bold: true })], 0)], 0),
      cell([para([run(`${log.rows.length} ${log.rows.length === 1 ? 'session' : 'sessions'}`)], 0)], 1),
      cell([para([run(log.totals.hours, { bold: true })], 0, AlignmentType.RIGHT)], 2),
      cell(log.totals.byCreditType.map((t) => para([run(`${t.hours} h ${t.creditType}`)], 0)), 3),
      cell([para([run('')], 0)], 4),
      cell([para([run('')], 0)], 5)
    ]
  })

  const who = [
    log.registrationNumber ? `Registration no. ${log.registrationNumber}` : '',
    log.professionalBody ? `Professional body: ${log.professionalBody}` : ''
  ].filter(Boolean)
  const children = [
    para([run('CPD log', { size: 22, font: FONT_DISPLAY, color: ACCENT })], 60),
    para([run(log.participantName, { size: 14, bold: true })], 20),
    ...(who.length ? [para([run(who.join('   ·   '), { size: 10, color: MUTED })], 20)] : []),
    para([run(`${longDate(log.cycle.from)} to ${longDate(log.cycle.to)}   ·   Provider: ${log.providerName}`, { size: 10, color: MUTED })], 200),
    new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: THIN_BORDERS, rows: [header, ...rows, total] }),
    para(
      [
        run(
          log.rows.length === 0
            ? 'No sessions with CPD credit in this cycle.'
            : 'Hours are attended time with breaks excluded, rounded down as on each certificate. Keep the certificates with this log for an audit.',
          { size: 8.5, color: MUTED }
        )
      ],
      0
    )
  ]
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [`${log.participantName} · CPD log · page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], font: FONT_BODY, size: pt(8), color: MUTED })]
      })
    ]
  })
  return Packer.toBuffer(
    new Document({
      creator: 'Hearth',
      title: `CPD log: ${log.participantName}`,
      sections: [{ properties: pageProperties(paper, 'landscape', 1.5), footers: { default: footer }, children }]
    })
  )
}

/** "CPD log 2026-07-01 to 2026-12-31 Zoë O’Brien-Nakamura.docx" (or .csv), unique in the list. */
export function cpdLogFileNames(logs: readonly Pick<CpdLog, 'participantName' | 'cycle'>[], extension: '.docx' | '.csv'): string[] {
  return uniqueFileNames(logs, (l) => `CPD log ${l.cycle.from} to ${l.cycle.to} ${l.participantName}`, extension)
}
