import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalAlignSection,
  WidthType,
  type ISectionOptions,
  type ParagraphChild
} from 'docx'
import { attendanceBasis, longDate, type CertificateFields } from '../../../src/core/attendance/certificateFields'
import type { PaperSize } from '../../../src/core/attendance/cpdRule'
import { ACCENT, DUPLICATE_RED, FONT_BODY, FONT_DISPLAY, INK, MUTED, NO_BORDERS, fitImage, pageProperties, pt, textWidth } from './docxLook'
import { uniqueFileNames } from './safeFileName'

/** An image's bytes as the service read them from the data folder, with its pixel size. */
export interface CertificateImage {
  data: Uint8Array
  type: 'png' | 'jpg'
  widthPx: number
  heightPx: number
}

export interface CertificateDocInput {
  /** The register's snapshot (IssuedCertificate.fields). */
  fields: CertificateFields
  /** The register's verification code. */
  code: string
  /** Set when this is a re-issue: printed "Duplicate", with the date it was re-issued. */
  duplicate?: { reissuedOn: string } | undefined
  signature?: CertificateImage | undefined
  logo?: CertificateImage | undefined
  paper?: PaperSize | undefined
}

/** The title on every certificate: attendance, not accreditation (see CpdRule.approvalStatement). */
export const CERTIFICATE_TITLE = 'Certificate of Attendance'

const text = (value: string, options: { size?: number; bold?: boolean; italics?: boolean; color?: string; font?: string } = {}) =>
  new TextRun({ text: value, font: options.font ?? FONT_BODY, size: pt(options.size ?? 11), bold: options.bold, italics: options.italics, color: options.color ?? INK })

const centred = (children: ParagraphChild[], after = 120, before = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after }, children })

/** A label/value row of the details table; the label is small caps-like muted text. */
function detailRow(label: string, values: ParagraphChild[][], labelWidth: number, valueWidth: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: labelWidth, type: WidthType.DXA },
        verticalAlign: VerticalAlign.TOP,
        children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 60 }, children: [text(label.toUpperCase(), { size: 8.5, color: MUTED, bold: true })] })]
      }),
      new TableCell({
        width: { size: valueWidth, type: WidthType.DXA },
        children: values.map((children) => new Paragraph({ spacing: { after: 60 }, children }))
      })
    ]
  })
}

/** One certificate as a section: a page of its own, landscape, with a double border. */
export function certificateSection(input: CertificateDocInput): ISectionOptions {
  const f = input.fields
  const paper = input.paper ?? 'A4'
  const width = textWidth(paper, 'landscape')
  const labelWidth = Math.round(width * 0.3)
  const valueWidth = Math.round(width * 0.55)
  const frame = { style: BorderStyle.DOUBLE, size: 12, color: ACCENT, space: 18 }
  const page = pageProperties(paper, 'landscape', 1.6)

  const head: Paragraph[] = []
  if (input.logo) {
    const size = fitImage(input.logo.widthPx, input.logo.heightPx, 220, 70)
    head.push(centred([new ImageRun({ type: input.logo.type, data: input.logo.data, transformation: size, altText: { name: 'logo', description: `${f.providerName} logo`, title: 'Logo' } })], 80))
  }
  if (input.duplicate) {
    head.push(
      centred(
        [
          text('DUPLICATE', { size: 12, bold: true, color: DUPLICATE_RED }),
          text(`  re-issued ${longDate(input.duplicate.reissuedOn)}; first issued ${longDate(f.issueDate)}`, { size: 9, color: DUPLICATE_RED })
        ],
        60
      )
    )
  }

  const hours = `${f.cpdHours} ${f.cpdHours === '1' ? 'hour' : 'hours'}`
  const details = new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    alignment: AlignmentType.CENTER,
    borders: NO_BORDERS,
    rows: [
      detailRow('Date and format', [[text(`${longDate(f.sessionDate)} · ${f.format}`)]], labelWidth, valueWidth),
      detailRow('CPD hours', [[text(hours, { bold: true }), text(` · ${f.creditType}`)]], labelWidth, valueWidth),
      detailRow('Attendance', [[text(attendanceBasis(f))]], labelWidth, valueWidth),
      detailRow('Provider', [[text(f.providerName)], ...(f.providerContact ? [[text(f.providerContact, { size: 9.5, color: MUTED })]] : [])], labelWidth, valueWidth),
      detailRow('Issued', [[text(longDate(f.issueDate))]], labelWidth, valueWidth)
    ]
  })

  const signatureLine: ParagraphChild[] = input.signature
    ? [
        new ImageRun({
          type: input.signature.type,
          data: input.signature.data,
          transformation: fitImage(input.signature.widthPx, input.signature.heightPx, 200, 56),
          altText: { name: 'signature', description: `Signature of ${f.facilitatorName}`, title: 'Signature' }
        })
      ]
    : []

  const children: (Paragraph | Table)[] = [
    ...head,
    // Without a logo the page would be top-heavy (LibreOffice ignores the section's vertical
    // centring; Word honours it), so the title comes down by about the logo's height.
    centred([text(CERTIFICATE_TITLE, { size: 30, font: FONT_DISPLAY, color: ACCENT })], 160, input.logo ? 0 : input.duplicate ? 600 : 900),
    centred([text('This certifies that', { size: 11, color: MUTED, italics: true })], 60),
    centred([text(f.participantName, { size: 24, font: FONT_DISPLAY, bold: true })], 20),
    ...(f.registrationNumber ? [centred([text(`Registration no. ${f.registrationNumber}`, { size: 10, color: MUTED })], 60)] : []),
    centred([text('attended', { size: 11, color: MUTED, italics: true })], 60, 60),
    centred([text(f.activityTitle, { size: 15, bold: true })], f.learningFocus ? 20 : 160),
    ...(f.learningFocus ? [centred([text('Learning focus: ', { size: 10.5, color: MUTED }), text(f.learningFocus, { size: 10.5, italics: true })], 160)] : []),
    details,
    ...(f.approvalStatement ? [centred([text(f.approvalStatement, { size: 9.5, italics: true })], 60, 120)] : []),
    ...(signatureLine.length ? [centred(signatureLine, 0, 160)] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: signatureLine.length ? 0 : 480, after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: MUTED, space: 4 } },
      indent: { left: Math.round(width * 0.33), right: Math.round(width * 0.33) },
      children: [text(f.facilitatorName, { size: 11, bold: true })]
    }),
    centred([text('Facilitator', { size: 9, color: MUTED })], 0)
  ]

  const footer = new Footer({
    children: [
      centred(
        [
          text('Certificate ID ', { size: 8.5, color: MUTED }),
          text(f.certificateId, { size: 8.5, bold: true }),
          text('   ·   Verification code ', { size: 8.5, color: MUTED }),
          text(input.code, { size: 8.5, bold: true })
        ],
        0
      ),
      centred([text(`To verify this certificate, give its ID and code to ${f.providerName}${f.providerContact ? ` (${f.providerContact})` : ''}.`, { size: 8, color: MUTED })], 0)
    ]
  })

  return {
    properties: {
      ...page,
      // Centred on the page: a short certificate (no logo, no signature) does not sit at the top.
      verticalAlign: VerticalAlignSection.CENTER,
      page: {
        ...page.page,
        borders: { pageBorderTop: frame, pageBorderBottom: frame, pageBorderLeft: frame, pageBorderRight: frame }
      }
    },
    footers: { default: footer },
    children
  }
}

const DOCUMENT_META = { creator: 'Hearth', description: 'Certificate of attendance', title: CERTIFICATE_TITLE }

/** One certificate as a .docx file. */
export async function buildCertificateDocx(input: CertificateDocInput): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...DOCUMENT_META, sections: [certificateSection(input)] }))
}

/** Several certificates in one .docx, a page (a section) per person, in the order given. */
export async function buildCertificatesDocx(inputs: readonly CertificateDocInput[]): Promise<Buffer> {
  if (inputs.length === 0) throw new Error('There are no certificates to put in the document.')
  return Packer.toBuffer(new Document({ ...DOCUMENT_META, sections: inputs.map(certificateSection) }))
}

/**
 * File names for "one file per person" in a chosen folder, in the order given:
 * "Certificate 2026-12-08 Zoë O’Brien-Nakamura.docx", with " (2)" for a repeated name.
 */
export function certificateFileNames(fields: readonly Pick<CertificateFields, 'participantName' | 'sessionDate'>[]): string[] {
  return uniqueFileNames(fields, (f) => `Certificate ${f.sessionDate} ${f.participantName}`, '.docx')
}
