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
import type { CertificateFields } from '../../../src/core/attendance/certificateFields'
import type { PaperSize } from '../../../src/core/attendance/cpdRule'
import type { AppLocale } from '../../../src/core/model/locale'
import { documentWords } from './documentLocale'
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
  /** The language it was issued in (the register keeps it); en-GB for certificates issued before. */
  locale?: AppLocale | undefined
}

/** The title on every certificate: attendance, not accreditation (see CpdRule.approvalStatement). */
export const certificateTitle = (locale?: AppLocale) => documentWords(locale).t.certificate.title

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
  const words = documentWords(input.locale)
  const t = words.t.certificate
  const paper = input.paper ?? 'A4'
  const width = textWidth(paper, 'landscape')
  const labelWidth = Math.round(width * 0.3)
  const valueWidth = Math.round(width * 0.55)
  const frame = { style: BorderStyle.DOUBLE, size: 12, color: ACCENT, space: 18 }
  const page = pageProperties(paper, 'landscape', 1.6)

  const head: Paragraph[] = []
  if (input.logo) {
    const size = fitImage(input.logo.widthPx, input.logo.heightPx, 220, 70)
    head.push(centred([new ImageRun({ type: input.logo.type, data: input.logo.data, transformation: size, altText: { name: 'logo', description: t.logoAlt(f.providerName), title: t.logoTitle } })], 80))
  }
  if (input.duplicate) {
    head.push(
      centred(
        [
          text(t.duplicate, { size: 12, bold: true, color: DUPLICATE_RED }),
          text(t.reissued(words.date(input.duplicate.reissuedOn), words.date(f.issueDate)), { size: 9, color: DUPLICATE_RED })
        ],
        60
      )
    )
  }

  const hours = t.hours(Number(f.cpdHours))
  const basis = t.attendanceBasis(words.number(f.attendedMinutes), words.number(f.sessionMinutes), words.number(f.attendedPercent))
  const details = new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    alignment: AlignmentType.CENTER,
    borders: NO_BORDERS,
    rows: [
      detailRow(t.dateAndFormat, [[text(`${words.date(f.sessionDate)} · ${f.format}`)]], labelWidth, valueWidth),
      detailRow(t.cpdHours, [[text(hours, { bold: true }), text(` · ${f.creditType}`)]], labelWidth, valueWidth),
      detailRow(t.attendance, [[text(basis)]], labelWidth, valueWidth),
      detailRow(t.provider, [[text(f.providerName)], ...(f.providerContact ? [[text(f.providerContact, { size: 9.5, color: MUTED })]] : [])], labelWidth, valueWidth),
      detailRow(t.issued, [[text(words.date(f.issueDate))]], labelWidth, valueWidth)
    ]
  })

  const signatureLine: ParagraphChild[] = input.signature
    ? [
        new ImageRun({
          type: input.signature.type,
          data: input.signature.data,
          transformation: fitImage(input.signature.widthPx, input.signature.heightPx, 200, 56),
          altText: { name: 'signature', description: t.signatureAlt(f.facilitatorName), title: t.signatureTitle }
        })
      ]
    : []

  const children: (Paragraph | Table)[] = [
    ...head,
    // Without a logo the page would be top-heavy (LibreOffice ignores the section's vertical
    // centring; Word honours it), so the title comes down by about the logo's height.
    centred([text(t.title, { size: 30, font: FONT_DISPLAY, color: ACCENT })], 160, input.logo ? 0 : input.duplicate ? 600 : 900),
    centred([text(t.certifies, { size: 11, color: MUTED, italics: true })], 60),
    centred([text(f.participantName, { size: 24, font: FONT_DISPLAY, bold: true })], 20),
    ...(f.registrationNumber ? [centred([text(t.registration(f.registrationNumber), { size: 10, color: MUTED })], 60)] : []),
    centred([text(t.attended, { size: 11, color: MUTED, italics: true })], 60, 60),
    centred([text(f.activityTitle, { size: 15, bold: true })], f.learningFocus ? 20 : 160),
    ...(f.learningFocus ? [centred([text(t.learningFocus, { size: 10.5, color: MUTED }), text(f.learningFocus, { size: 10.5, italics: true })], 160)] : []),
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
    centred([text(t.facilitator, { size: 9, color: MUTED })], 0)
  ]

  const footer = new Footer({
    children: [
      centred(
        [
          text(t.certificateId, { size: 8.5, color: MUTED }),
          text(f.certificateId, { size: 8.5, bold: true }),
          text(t.verificationCode, { size: 8.5, color: MUTED }),
          text(input.code, { size: 8.5, bold: true })
        ],
        0
      ),
      centred([text(t.howToVerify(`${f.providerName}${f.providerContact ? ` (${f.providerContact})` : ''}`), { size: 8, color: MUTED })], 0)
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

/** The file's own title and description, in the language of its (first) certificate. */
const documentMeta = (locale?: AppLocale) => {
  const t = documentWords(locale).t.certificate
  return { creator: 'Hearth', description: t.description, title: t.title }
}

/** One certificate as a .docx file. */
export async function buildCertificateDocx(input: CertificateDocInput): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...documentMeta(input.locale), sections: [certificateSection(input)] }))
}

/**
 * Several certificates in one .docx, a page (a section) per person, in the order given. Each page
 * is in its own certificate's language: a duplicate issued in French stays French in a new batch.
 */
export async function buildCertificatesDocx(inputs: readonly CertificateDocInput[]): Promise<Buffer> {
  if (inputs.length === 0) throw new Error('There are no certificates to put in the document.')
  return Packer.toBuffer(new Document({ ...documentMeta(inputs[0]?.locale), sections: inputs.map(certificateSection) }))
}

/**
 * File names for "one file per person" in a chosen folder, in the order given:
 * "Certificate 2026-12-08 Zoë O’Brien-Nakamura.docx" ("Attestation …" in French), with " (2)"
 * for a repeated name.
 */
export function certificateFileNames(fields: readonly Pick<CertificateFields, 'participantName' | 'sessionDate'>[], locale?: AppLocale): string[] {
  const t = documentWords(locale).t.fileNames
  return uniqueFileNames(fields, (f) => t.certificate(f.sessionDate, f.participantName), '.docx')
}
