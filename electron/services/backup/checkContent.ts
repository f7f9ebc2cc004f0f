import { createHash } from 'node:crypto'
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
 */
export function problemWith(path: string, bytes: Uint8Array): string | null {
  if (path.startsWith('images/')) return imageInfo(bytes) ? null : `${path} is not a PNG or JPEG image.`
  const text = utf8(bytes)
  if (text === null) return `${path} is not UTF-8 text.`
  const decoded =
    path === 'workspace.json' ? decodeDocument(WORKSPACE_KIND, text) : path.startsWith('sessions/') ? decodeDocument(SESSION_KIND, text) : null
  if (decoded) return decoded.status === 'ok' ? null : `${path}: ${decoded.message}`
  if (path === 'keys.json') {
    try {
      return KeyFileSchema.safeParse(JSON.parse(text)).success ? null : 'keys.json is not a key file this Hearth reads.'
    } catch {
      return 'keys.json is not valid JSON.'
    }
  }
  return `${path} is not a file Hearth backs up.`
}
