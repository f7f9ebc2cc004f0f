import { extname } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** The Content-Type for a built renderer file; unknown kinds are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream'
}
