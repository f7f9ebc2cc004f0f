import { createHash } from 'node:crypto'
import type { ErrorText } from '../../../src/core/errors'
import { decodeDocument } from '../../../src/core/storage/documentKind'
import { SESSION_KIND } from '../../../src/core/storage/sessionDocument'
import { WORKSPACE_KIND } from '../../../src/core/storage/workspaceDocument'
import { imageInfo } from '../certificates/images'
import { KeyFileSchema } from '../crypto/keyFile'

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const utf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Why a data file (named by its path inside the data folder) is not one Hearth can restore, or
 * null when it is: documents decode with their kind, the key file parses, images are images.
 * Said in the language of whoever reads it (the Backups screen, or English in a manifest).
 */
export function problemWith(path: string, bytes: Uint8Array): ErrorText | null {
  if (path.startsWith('images/')) return imageInfo(bytes) ? null : (w) => w.backups.notImage(path)
  const text = utf8(bytes)
  if (text === null) return (w) => w.backups.notUtf8(path)
  const decoded =
    path === 'workspace.json' ? decodeDocument(WORKSPACE_KIND, text) : path.startsWith('sessions/') ? decodeDocument(SESSION_KIND, text) : null
  if (decoded) {
    if (decoded.status === 'ok') return null
    const why = decoded.text
    return (w) => w.backups.fileProblem(path, why(w))
  }
  if (path === 'keys.json') {
    try {
      return KeyFileSchema.safeParse(JSON.parse(text)).success ? null : (w) => w.backups.keyFileUnknown
    } catch {
      return (w) => w.backups.keyFileNotJson
    }
  }
  return (w) => w.backups.notBackedUp(path)
}
