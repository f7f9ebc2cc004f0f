import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType } from 'docx'
import type { CpdLog } from '../../../src/core/attendance/cpdLog'
import type { PaperSize } from '../../../src/core/attendance/cpdRule'
import type { AppLocale } from '../../../src/core/model/locale'
import { documentWords } from './documentLocale'
import { ACCENT, FONT_BODY, FONT_DISPLAY, INK, MUTED, THIN_BORDERS, pageLine, pageProperties, pt, textWidth } from './docxLook'
import { uniqueFileNames } from './safeFileName'

const run = (value: string, options: { size?: number; bold?: boolean; italics?: boolean; color?: string; font?: string } = {}) =>
  new TextRun({ text: value, font: options.font ?? FONT_BODY, size: pt(options.size ?? 9.5), bold: options.bold, italics: options.italics, color: options.color ?? INK })

const para = (children: TextRun[], after = 40, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ spacing: { after }, alignment, children })

/** Column shares of the table; the last is left blank for the member's own reflection (BPS/HCPC). */
const COLUMNS = [
  { key: 'date', share: 0.1 },
  { key: 'activity', share: 0.27 },
  { key: 'hours', share: 0.06 },
  { key: 'creditType', share: 0.14 },
  { key: 'reflectionPrompt', share: 0.2 },
  { key: 'myReflection', share: 0.23 }
] as const

/**
 * A member's CPD log for a cycle, landscape (six columns need the width): who, which cycle, one
 * row per session with the certificate ID that backs it, and totals per credit type.
 */
export async function buildCpdLogDocx(log: CpdLog, options: { paper?: PaperSize; locale?: AppLocale } = {}): Promise<Buffer> {
  const words = documentWords(options.locale)
  const t = words.t.cpdLog
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
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: COLUMNS.map((c, i) => cell([para([run(t.columns[c.key], { bold: true, size: 9 })], 0)], i, true)) })
  const rows = log.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([para([run(words.date(row.date))], 0)], 0),
          cell(
            [
              para([run(row.activityTitle, { bold: true })], 20),
              ...(row.learningFocus ? [para([run(row.learningFocus, { italics: true, color: MUTED })], 20)] : []),
              ...(row.certificateId ? [para([run(t.certificate(row.certificateId), { size: 8, color: MUTED })], 0)] : [])
            ],
            1
          ),
          cell([para([run(words.decimal(row.hours))], 0, AlignmentType.RIGHT)], 2),
          cell([para([run(row.creditType)], 0)], 3),
          cell([para([run(row.reflectionPrompt, { italics: true })], 0)], 4),
          cell([para([run('')], 0)], 5)
        ]
      })
  )
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell([para([run(t.total, { bold: true })], 0)], 0),
      cell([para([run(t.sessionCount(log.rows.length))], 0)], 1),
      cell([para([run(words.decimal(log.totals.hours), { bold: true })], 0, AlignmentType.RIGHT)], 2),
      cell(log.totals.byCreditType.map((type) => para([run(t.hoursOfType(words.decimal(type.hours), type.creditType))], 0)), 3),
      cell([para([run('')], 0)], 4),
      cell([para([run('')], 0)], 5)
    ]
  })

  const who = [
    log.registrationNumber ? t.registration(log.registrationNumber) : '',
    log.professionalBody ? t.professionalBody(log.professionalBody) : ''
  ].filter(Boolean)
  const children = [
    para([run(t.title, { size: 22, font: FONT_DISPLAY, color: ACCENT })], 60),
    para([run(log.participantName, { size: 14, bold: true })], 20),
    ...(who.length ? [para([run(who.join('   ·   '), { size: 10, color: MUTED })], 20)] : []),
    para([run(t.cycle(words.date(log.cycle.from), words.date(log.cycle.to), log.providerName), { size: 10, color: MUTED })], 200),
    new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: THIN_BORDERS, rows: [header, ...rows, total] }),
    para(
      [
        run(
          log.rows.length === 0 ? t.empty : t.explanation,
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
        children: [new TextRun({ children: pageLine(t.footer(log.participantName), words.t.pageOf(PageNumber.CURRENT, PageNumber.TOTAL_PAGES)), font: FONT_BODY, size: pt(8), color: MUTED })]
      })
    ]
  })
  return Packer.toBuffer(
    new Document({
      creator: 'Hearth',
      title: t.documentTitle(log.participantName),
      sections: [{ properties: pageProperties(paper, 'landscape', 1.5), footers: { default: footer }, children }]
    })
  )
}

/** "CPD log 2026-07-01 to 2026-12-31 Zoë O’Brien-Nakamura.docx" (or .csv), unique in the list. */
export function cpdLogFileNames(logs: readonly Pick<CpdLog, 'participantName' | 'cycle'>[], extension: '.docx' | '.csv', locale?: AppLocale): string[] {
  const t = documentWords(locale).t.fileNames
  return uniqueFileNames(logs, (l) => t.cpdLog(l.cycle.from, l.cycle.to, l.participantName), extension)
}
