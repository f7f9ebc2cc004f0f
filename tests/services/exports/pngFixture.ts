import { crc32, deflateSync } from 'node:zlib'
import type { CertificateImage } from '../../../electron/services/exports/certificateDocx'

/** A real PNG made here (no binary fixture in the repo): RGBA pixels from `paint`. */
export function makePng(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0 // filter: none
    for (let x = 0; x < width; x++) raw.set(paint(x, y), y * (width * 4 + 1) + 1 + x * 4)
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]))
}

/** A pen stroke on a transparent ground, like a scanned signature. */
export function signaturePng(): CertificateImage {
  const width = 400
  const height = 120
  const data = makePng(width, height, (x, y) => {
    const curve = 60 + 30 * Math.sin(x / 18) * Math.cos(x / 53)
    return Math.abs(y - curve) < 2.5 && x > 20 && x < 380 ? [20, 40, 90, 255] : [255, 255, 255, 0]
  })
  return { data, type: 'png', widthPx: width, heightPx: height }
}

/** A round emblem in the accent colour. */
export function logoPng(): CertificateImage {
  const size = 160
  const data = makePng(size, size, (x, y) => {
    const r = Math.hypot(x - 80, y - 80)
    return r < 70 && r > 52 ? [47, 93, 98, 255] : r <= 30 ? [200, 150, 60, 255] : [255, 255, 255, 0]
  })
  return { data, type: 'png', widthPx: size, heightPx: size }
}
