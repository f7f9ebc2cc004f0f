/**
 * File names that work on Windows, macOS and Linux, made from people's names and titles. Accents
 * and non-Latin letters are kept (every current file system stores them); what is dropped is what
 * a file system refuses or reads as a path: \ / : * ? " < > |, control characters, leading and
 * trailing dots and spaces, and Windows' reserved device names.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

export function safeFileName(raw: string, maxLength = 120): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
  // Cut by code points so a surrogate pair is never split, then tidy the cut end again.
  const cut = Array.from(cleaned).slice(0, maxLength).join('').replace(/[.\s]+$/g, '')
  const name = cut === '' ? 'Untitled' : cut
  return RESERVED.test(name) ? `_${name}` : name
}

/**
 * One unique file name per entry, in order: `stem(entry)` made safe, then " (2)", " (3)"… for
 * repeats. Compared case-insensitively, because Windows and macOS treat "Ana" and "ana" as one.
 */
export function uniqueFileNames<T>(entries: readonly T[], stem: (entry: T) => string, extension: string): string[] {
  const used = new Set<string>()
  return entries.map((entry) => {
    const base = safeFileName(stem(entry))
    let name = `${base}${extension}`
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})${extension}`
    used.add(name.toLowerCase())
    return name
  })
}
