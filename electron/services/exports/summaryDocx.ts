import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx'
import type { PaperSize } from '../../../src/core/attendance/cpdRule'
import type { SessionSummary } from '../../../src/core/summary/sessionSummary'
import { ACCENT, FONT_BODY, FONT_DISPLAY, HEADER_FILL, INK, MUTED, NO_BORDERS, THIN_BORDERS, pageLine, pageProperties, pt, textWidth } from './docxLook'
import type { AppLocale } from '../../../src/core/model/locale'
import { SELF_EVALUATION_QUESTIONS } from '../../../src/core/summary/closing'
import { distinctThemes, shortConfidentiality, summaryWording, textBlocks, type SummaryWording } from './summaryFormat'

type Align = (typeof AlignmentType)[keyof typeof AlignmentType]
interface RunStyle {
  size?: number
  bold?: boolean
  italics?: boolean
  color?: string
  font?: string
}

const MARGIN_CM = 2
const BODY_SIZE = 10

/**
 * A run that states only what differs from the document's defaults (Arial, 10 pt, ink, set once
 * in the styles): a long session has hundreds of runs, and every property is XML docx must write.
 */
const runProps = (style: RunStyle) => ({
  font: style.font && style.font !== FONT_BODY ? style.font : undefined,
  size: style.size !== undefined && style.size !== BODY_SIZE ? pt(style.size) : undefined,
  color: style.color && style.color !== INK ? style.color : undefined,
  bold: style.bold,
  italics: style.italics
})
const run = (value: string, style: RunStyle = {}) => new TextRun({ text: value, ...runProps(style) })

const para = (children: ParagraphChild[], after = 80, alignment?: Align) => new Paragraph({ spacing: { after }, alignment, children })

/** Real Word headings (Heading 1/2 styles, styled once below) so the navigation pane lists them. */
const heading = (text: string, level: 1 | 2) => new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] })

/** A short muted line: what an empty section says instead of vanishing. */
const quiet = (text: string, after = 80) => para([run(text, { italics: true, color: MUTED })], after)

/** A small bold label kept with what follows it, so it never ends a page alone. */
const label = (text: string) => new Paragraph({ keepNext: true, spacing: { before: 80, after: 30 }, children: [run(text, { bold: true, size: 9.5, color: ACCENT })] })

/** A bulleted list held together (and to its heading) so a short list is not split over two pages. */
const bullets = (items: readonly ParagraphChild[][]) =>
  items.map((children, i) => new Paragraph({ bullet: { level: 0 }, keepNext: i < items.length - 1, spacing: { after: 30 }, children }))

/** Typed text as Word paragraphs, with its paragraphs and line breaks kept. */
function typed(text: string, style: RunStyle = {}): Paragraph[] {
  return textBlocks(text).map((lines) => para(lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...runProps(style) })), 80))
}

interface Column {
  title: string
  /** Share of the text width; the shares of a table add up to 1. */
  share: number
  align?: Align
}
type Cell = string | { text: string; style: RunStyle }

/** A bordered table with a repeating header row; rows are kept whole across pages. */
function table(columns: readonly Column[], rows: readonly Cell[][], width: number, footer?: Cell[]): Table {
  const widths = columns.map((c) => Math.floor(width * c.share))
  const cell = (value: Cell, i: number, header: boolean, shaded: boolean) => {
    const { text, style } = typeof value === 'string' ? { text: value, style: {} } : value
    return new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      shading: shaded ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      children: [para([run(text, { size: 9.5, ...(header ? { bold: true, size: 9 } : {}), ...style })], 0, columns[i]?.align)]
    })
  }
  const row = (cells: readonly Cell[], header = false, shaded = header) =>
    new TableRow({ tableHeader: header || undefined, cantSplit: true, children: cells.map((value, i) => cell(value, i, header, shaded)) })
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    // Cell padding once for the table rather than on every cell.
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    borders: THIN_BORDERS,
    rows: [row(columns.map((c) => c.title), true), ...rows.map((cells) => row(cells)), ...(footer ? [row(footer.map((c) => (typeof c === 'string' ? { text: c, style: { bold: true } } : c)), false, true)] : [])]
  })
}

/** Space after a table, which Word otherwise butts against the next paragraph. */
const gap = () => para([], 60)

function titleBlock(s: SessionSummary, width: number, w: SummaryWording): (Paragraph | Table)[] {
  const t = w.words.t.summary
  const labelWidth = Math.round(width * 0.2)
  const valueWidth = width - labelWidth
  const detail = (name: string, value: string, style: RunStyle = {}) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, children: [para([run(name.toUpperCase(), { size: 8, bold: true, color: MUTED })], 40)] }),
        new TableCell({ width: { size: valueWidth, type: WidthType.DXA }, children: [para([run(value, style)], 40)] })
      ]
    })
  const rows = [
    detail(t.details.dateAndTime, w.sessionWhen(s.date, s.startTime, s.endTime)),
    detail(t.details.facilitator, s.facilitator),
    ...(s.noteTaker ? [detail(t.details.noteTaker, s.noteTaker)] : []),
    ...(s.learningFocus ? [detail(t.details.learningFocus, s.learningFocus, { italics: true })] : [])
  ]
  return [
    para([run(`${s.groupName}  ·  ${t.kicker}`.toUpperCase(), { size: 9, bold: true, color: MUTED })], 40),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.sessionTitle)] }),
    new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: [labelWidth, valueWidth], borders: NO_BORDERS, rows }),
    gap()
  ]
}

function attendance(s: SessionSummary, width: number, w: SummaryWording): (Paragraph | Table)[] {
  const t = w.words.t.summary.attendance
  const { present, apologies, notMarked } = s.attendance
  const names = (list: string[]) => (list.length ? list.join(', ') : t.none)
  return [
    heading(t.heading, 1),
    label(t.present(present.length)),
    ...(present.length
      ? [
          table(
            [
              { title: t.name, share: 0.5 },
              { title: t.minutes, share: 0.14, align: AlignmentType.RIGHT },
              { title: t.note, share: 0.36 }
            ],
            present.map((p) => [p.name, w.words.number(p.minutes), { text: w.presenceNote(p), style: { color: MUTED } }]),
            width
          ),
          gap()
        ]
      : [quiet(t.nobodyPresent)]),
    para([run(t.apologies(apologies.length), { bold: true }), run(names(apologies))], 40),
    para([run(t.notMarked(notMarked.length), { bold: true }), run(names(notMarked))], 80)
  ]
}

function agenda(s: SessionSummary, width: number, w: SummaryWording): (Paragraph | Table)[] {
  const t = w.words.t.summary.agenda
  const number = w.words.number
  if (s.agenda.length === 0) return [heading(t.heading, 1), quiet(t.empty)]
  const rows = s.agenda.map((item): Cell[] => {
    const muted = item.break || item.actualMinutes === null
    const over = w.overUnder(item)
    return [
      item.break ? { text: item.title, style: { italics: true, color: MUTED } } : item.title,
      number(item.plannedMinutes),
      item.actualMinutes === null ? { text: '—', style: { color: MUTED } } : number(item.actualMinutes),
      { text: over, style: muted ? { italics: item.actualMinutes === null, color: MUTED } : over.startsWith('+') ? { bold: true } : {} },
      item.protocol ?? { text: item.break ? t.break : '—', style: { color: MUTED } }
    ]
  })
  const { plannedMinutes, actualMinutes, rebalances } = s.timing
  return [
    heading(t.heading, 1),
    table(
      [
        { title: t.item, share: 0.37 },
        { title: t.planned, share: 0.11, align: AlignmentType.RIGHT },
        { title: t.actual, share: 0.11, align: AlignmentType.RIGHT },
        { title: t.overUnder, share: 0.13, align: AlignmentType.RIGHT },
        { title: t.protocol, share: 0.28 }
      ],
      rows,
      width,
      [t.total, number(plannedMinutes), actualMinutes === null ? '—' : number(actualMinutes), actualMinutes === null ? '' : w.signedMinutes(actualMinutes - plannedMinutes), '']
    ),
    gap(),
    para([run(w.rebalanceSentence(rebalances))], 80)
  ]
}

function notes(s: SessionSummary, w: SummaryWording): Paragraph[] {
  const t = w.words.t.summary.notes
  const themes = distinctThemes(s.notes)
  const out = [heading(t.themes, 1), ...(themes.length ? bullets(themes.map((theme) => [run(theme)])) : [quiet(t.noThemes)])]
  if (s.notes.length === 0) return [...out, quiet(t.noNotes)]
  for (const item of s.notes) {
    out.push(heading(item.itemTitle, 2))
    if (item.themes.length) out.push(para([run(t.itemThemes, { size: 9, color: MUTED }), run(item.themes.join(' · '), { size: 9, color: MUTED, italics: true })], 60))
    const parts: [string, string][] = [
      [t.summary, item.summary],
      [t.questions, item.questions],
      [t.reflections, item.reflections]
    ]
    const written = parts.filter(([, text]) => textBlocks(text).length > 0)
    if (written.length === 0) out.push(quiet(t.onlyThemes))
    for (const [name, text] of written) out.push(label(name), ...typed(text))
  }
  return out
}

function actions(s: SessionSummary, width: number, w: SummaryWording): (Paragraph | Table)[] {
  const t = w.words.t.summary.actions
  if (s.actions.length === 0) return [heading(t.heading, 1), quiet(t.empty)]
  const open = s.actions.filter((a) => !a.done).length
  return [
    heading(t.heading, 1),
    para([run(t.counts(s.actions.length, open), { color: MUTED, size: 9.5 })], 60),
    table(
      [
        // Due is wide enough for "15 December 2026" (and "15 septembre 2026") on one line.
        { title: t.action, share: 0.38 },
        { title: t.owner, share: 0.15 },
        { title: t.due, share: 0.19 },
        { title: t.status, share: 0.09 },
        { title: t.fromItem, share: 0.19 }
      ],
      s.actions.map((a) => [a.text, a.owner || { text: '—', style: { color: MUTED } }, w.dueText(a.due), a.done ? { text: t.done, style: { color: MUTED } } : { text: t.open, style: { bold: true } }, { text: a.itemTitle, style: { color: MUTED } }]),
      width
    ),
    gap()
  ]
}

function selfEvaluation(s: SessionSummary, width: number, w: SummaryWording): (Paragraph | Table)[] {
  const t = w.words.t.summary.selfEvaluation
  const evaluation = s.selfEvaluation
  if (!evaluation || (evaluation.ratings.length === 0 && !evaluation.comment.trim())) return [heading(t.heading, 1), quiet(t.none)]
  // Hearth's own questions (SELF_EVALUATION_QUESTIONS, in English in the session file) print in the document's language.
  const question = (i: number, asked: string) => (SELF_EVALUATION_QUESTIONS[i] === asked ? (t.questions[i] ?? asked) : asked)
  return [
    heading(t.heading, 1),
    ...(evaluation.ratings.length
      ? [
          table(
            [
              { title: t.question, share: 0.78 },
              { title: t.score, share: 0.22, align: AlignmentType.RIGHT }
            ],
            evaluation.ratings.map((r, i) => [question(i, r.question), r.score === null ? { text: t.notRated, style: { italics: true, color: MUTED } } : { text: t.outOfFive(r.score), style: { bold: true } }]),
            width
          ),
          gap()
        ]
      : []),
    ...(textBlocks(evaluation.comment).length ? [label(t.comment), ...typed(evaluation.comment)] : [quiet(t.noComment)])
  ]
}

function next(s: SessionSummary, w: SummaryWording): Paragraph[] {
  const t = w.words.t.summary.next
  const prompts = s.reflectionPrompts.filter((p) => p.trim())
  return [
    heading(t.heading, 1),
    para([run(t.dateAndTime, { bold: true }), s.next.scheduledStart ? run(w.scheduledWhen(s.next.scheduledStart)) : run(t.notSet, { italics: true, color: MUTED })], 40),
    para([run(t.facilitator, { bold: true }), s.next.facilitator ? run(s.next.facilitator) : run(t.notChosen, { italics: true, color: MUTED })], 80),
    label(prompts.length === 1 ? t.prompt : t.prompts),
    ...(prompts.length ? bullets(prompts.map((p) => [run(p, { italics: true })])) : [quiet(t.noPrompt)])
  ]
}

function talkTime(shares: NonNullable<SessionSummary['talkTime']>, width: number, w: SummaryWording): (Paragraph | Table)[] {
  const t = w.words.t.summary.talkTime
  return [
    heading(t.heading, 1),
    para([run(t.explanation, { size: 9, color: MUTED })], 60),
    ...(shares.length
      ? [
          table(
            [
              { title: t.name, share: 0.5 },
              { title: t.share, share: 0.25, align: AlignmentType.RIGHT }
            ],
            shares.map((share) => [share.name, t.percent(Math.round(share.sharePercent))]),
            Math.round(width * 0.75)
          )
        ]
      : [quiet(t.none)])
  ]
}

/**
 * The Word summary of one session, portrait: title block, attendance, agenda and timing, themes and
 * notes per item, actions, the group's self-evaluation, the next session, and talk time only when
 * the summary carries it (the group opted in). The footer on every page carries the short form of
 * the group's confidentiality statement and "page X of Y".
 */
export async function buildSummaryDocx(summary: SessionSummary, options: { paper?: PaperSize; locale?: AppLocale } = {}): Promise<Buffer> {
  const w = summaryWording(options.locale)
  const t = w.words.t.summary
  const paper = options.paper ?? 'A4'
  const width = textWidth(paper, 'portrait', MARGIN_CM)
  const statement = summary.confidentialityStatement.trim()
  const short = shortConfidentiality(statement)
  const children = [
    ...titleBlock(summary, width, w),
    ...attendance(summary, width, w),
    ...agenda(summary, width, w),
    ...notes(summary, w),
    ...actions(summary, width, w),
    ...selfEvaluation(summary, width, w),
    ...next(summary, w),
    ...(summary.talkTime ? talkTime(summary.talkTime, width, w) : []),
    // The footer only has room for the first sentence; the whole statement is printed once here.
    ...(statement && statement !== short ? [new Paragraph({ spacing: { before: 360 }, children: [run(t.confidentiality(statement), { size: 8.5, italics: true, color: MUTED })] })] : [])
  ]
  const small = { font: FONT_BODY, size: pt(8), color: MUTED }
  const footer = new Footer({
    children: [
      ...(short ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 20 }, children: [new TextRun({ text: t.confidential(short), ...small, italics: true })] })] : []),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: pageLine(`${summary.groupName} · ${summary.sessionTitle} · `, w.words.t.pageOf(PageNumber.CURRENT, PageNumber.TOTAL_PAGES)), ...small })]
      })
    ]
  })
  return Packer.toBuffer(
    new Document({
      creator: 'Hearth',
      title: t.documentTitle(summary.sessionTitle),
      description: `${summary.groupName}, ${summary.date}`,
      styles: {
        default: {
          document: { run: { font: FONT_BODY, size: pt(BODY_SIZE), color: INK } },
          title: { run: { font: FONT_DISPLAY, size: pt(20), color: ACCENT }, paragraph: { spacing: { after: 160 } } },
          // outlineLevel as well as the style name: Word's navigation pane and LibreOffice's PDF
          // bookmarks both read it.
          heading1: { run: { font: FONT_DISPLAY, size: pt(14), bold: true, color: ACCENT }, paragraph: { keepNext: true, outlineLevel: 0, spacing: { before: 320, after: 100 } } },
          heading2: { run: { font: FONT_BODY, size: pt(11), bold: true, color: INK }, paragraph: { keepNext: true, outlineLevel: 1, spacing: { before: 200, after: 60 } } }
        }
      },
      sections: [{ properties: pageProperties(paper, 'portrait', MARGIN_CM), footers: { default: footer }, children }]
    })
  )
}
