import { isAbsolute, relative, resolve, sep } from 'node:path'

/** The renderer is served from app://hearth/… instead of file://, which would expose every file. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'hearth'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** True only for our own origin: no credentials, no port, no look-alike hosts. */
export function isAppUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && !url.port && !url.username && !url.password
  } catch {
    return false
  }
}

/**
 * Maps an app:// request to a file inside `root`, or null. Decoding happens once, then the
 * result must stay inside root: `..`, encoded slashes, absolute paths and NUL bytes all fail.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const wanted = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const base = resolve(root)
  const target = resolve(base, wanted)
  const rel = relative(base, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return target
}
