import { BorderStyle, PageOrientation, type IBorderOptions, type ISectionPropertiesOptions } from 'docx'
import type { PaperSize } from '../../../src/core/attendance/cpdRule'

/**
 * The shared look of Hearth's Word documents. Fonts are ones Word has everywhere; LibreOffice
 * substitutes close ones (Liberation Sans for Arial), so nothing is downloaded or embedded.
 */
export const FONT_BODY = 'Arial'
export const FONT_DISPLAY = 'Georgia'
export const INK = '1F2933'
export const MUTED = '52606D'
export const ACCENT = '2F5D62'
export const DUPLICATE_RED = 'A61B1B'

/** Half-points, as docx wants font sizes. */
export const pt = (points: number) => points * 2

/** Portrait width and height in twentieths of a point; docx swaps them for landscape. */
const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 }
}

const CM = 567

export function pageProperties(paper: PaperSize, orientation: 'landscape' | 'portrait', marginCm = 1.8): ISectionPropertiesOptions {
  const margin = Math.round(marginCm * CM)
  return {
    page: {
      size: { ...PAPER[paper], orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: margin, bottom: margin, left: margin, right: margin, header: Math.round(CM * 0.8), footer: Math.round(CM * 0.8) }
    }
  }
}

/** Usable width of the text area in twips, for tables that must fit the page. */
export function textWidth(paper: PaperSize, orientation: 'landscape' | 'portrait', marginCm = 1.8): number {
  const { width, height } = PAPER[paper]
  return (orientation === 'landscape' ? height : width) - 2 * Math.round(marginCm * CM)
}

export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
export const THIN_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'B8C2CC' }
export const THIN_BORDERS = { top: THIN_BORDER, bottom: THIN_BORDER, left: THIN_BORDER, right: THIN_BORDER, insideHorizontal: THIN_BORDER, insideVertical: THIN_BORDER }

/** An image at most `maxWidthPx` × `maxHeightPx` (96 per inch), its proportions kept. */
export function fitImage(widthPx: number, heightPx: number, maxWidthPx: number, maxHeightPx: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidthPx / widthPx, maxHeightPx / heightPx)
  return { width: Math.max(1, Math.round(widthPx * scale)), height: Math.max(1, Math.round(heightPx * scale)) }
}

/** The shading of a table's header row (CPD log, session summary). */
export const HEADER_FILL = 'E6EEF0'

/** A footer line: the text, then "page X of Y" with Word's page fields (the text and "page " in one run, as Word writes it). */
export const pageLine = <T>(lead: string, [page, current, of, total]: [string, T, string, T]): (string | T)[] => [`${lead}${page}`, current, of, total]
