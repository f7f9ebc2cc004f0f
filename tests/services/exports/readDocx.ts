import { inflateRawSync } from 'node:zlib'

/**
 * Reads a .docx back without a zip library: the central directory lists each entry's offset and
 * sizes; entries are stored or deflated (all Word and docx produce). Enough to check what was
 * written, and independent of the library that wrote it.
 */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('Not a zip file: no end of central directory')
  const count = buffer.readUInt16LE(end + 10)
  let at = buffer.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken central directory')
    const method = buffer.readUInt16LE(at + 10)
    const compressed = buffer.readUInt32LE(at + 20)
    const nameLength = buffer.readUInt16LE(at + 28)
    const extraLength = buffer.readUInt16LE(at + 30)
    const commentLength = buffer.readUInt16LE(at + 32)
    const local = buffer.readUInt32LE(at + 42)
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength)
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
    const data = buffer.subarray(dataStart, dataStart + compressed)
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&')

/** The document's paragraphs as plain text (runs joined), in order, and the raw XML. */
export function readDocx(buffer: Buffer): { xml: string; paragraphs: string[]; text: string; files: Map<string, Buffer> } {
  const files = unzip(buffer)
  const xml = files.get('word/document.xml')?.toString('utf8')
  if (!xml) throw new Error('No word/document.xml in the file')
  const footerXml = [...files].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, b]) => b.toString('utf8'))
  const paragraphs = [xml, ...footerXml].flatMap((part) =>
    (part.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => decode((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')))
  )
  return { xml, paragraphs, text: paragraphs.join('\n'), files }
}

/** The text of a piece of XML: its w:t runs joined, a w:br read as a line break. */
const textOf = (part: string) =>
  decode((part.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>/g) ?? []).map((t) => (t === '<w:br/>' ? '\n' : t.replace(/<[^>]+>/g, ''))).join(''))

/** Every table of the document as rows of cell texts (paragraphs of a cell joined by a line break). No nested tables. */
export function docxTables(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => (cell.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(textOf).join('\n'))
    )
  )
}

/** The body's paragraphs outside tables, with their style (w:pStyle, '' for none) and text, line breaks kept. */
export function styledParagraphs(xml: string): { style: string; text: string }[] {
  return (xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({ style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '', text: textOf(p) }))
}
