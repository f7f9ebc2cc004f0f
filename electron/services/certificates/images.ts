import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoredImageRef } from '../../../src/core/attendance/cpdRule'
import { HearthError } from '../../../src/core/errors'
import type { CertificateImage } from '../exports/certificateDocx'
import { writeFileDurably } from '../storage/durableWrite'

const MAX_IMAGE_BYTES = 2 * 1024 * 1024

/** Pixel size from the file itself: PNG's IHDR, or the first JPEG start-of-frame marker. */
export function imageInfo(bytes: Uint8Array): { type: 'png' | 'jpg'; widthPx: number; heightPx: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length > 24 && png.every((b, i) => bytes[i] === b)) return { type: 'png', widthPx: view.getUint32(16), heightPx: view.getUint32(20) }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null
      const marker = bytes[at + 1] ?? 0
      const length = view.getUint16(at + 2)
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { type: 'jpg', heightPx: view.getUint16(at + 5), widthPx: view.getUint16(at + 7) }
      at += 2 + length
    }
  }
  return null
}

/** Keeps a signature or logo in the data folder, under a fresh name, and returns its reference. */
export async function storeImage(dataDir: string, groupId: string, which: 'signature' | 'logo', bytes: Uint8Array): Promise<StoredImageRef> {
  if (bytes.length > MAX_IMAGE_BYTES) throw new HearthError('invalid-input', (w) => w.certificates.imageTooLarge)
  const info = imageInfo(bytes)
  if (!info || info.widthPx < 1 || info.heightPx < 1 || info.widthPx > 10_000 || info.heightPx > 10_000)
    throw new HearthError('invalid-input', (w) => w.certificates.notAnImage)
  const file = `${groupId.slice(0, 40)}-${which}-${randomBytes(4).toString('hex')}.${info.type}`
  await mkdir(join(dataDir, 'images'), { recursive: true })
  await writeFileDurably(join(dataDir, 'images', file), bytes)
  return { file, ...info }
}

/** The bytes for a stored image; a missing file prints no image rather than failing the export. */
export async function loadImage(dataDir: string, ref: StoredImageRef | undefined, onWarning?: (m: string) => void): Promise<CertificateImage | undefined> {
  if (!ref) return undefined
  try {
    return { data: new Uint8Array(await readFile(join(dataDir, 'images', ref.file))), type: ref.type, widthPx: ref.widthPx, heightPx: ref.heightPx }
  } catch {
    onWarning?.(`The image ${ref.file} is missing from the data folder; certificates are printed without it.`)
    return undefined
  }
}
