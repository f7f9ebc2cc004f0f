import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { APP_SCHEME, resolveAppPath } from './appUrl'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { contentTypeFor } from './contentTypes'


/**
 * Must run before app 'ready'. codeCache: Chromium keeps V8's compiled code only for http(s)
 * unless a scheme asks; without it every launch compiles the renderer's scripts from scratch
 * (the main thread's largest start-up cost after React's first render). It needs `standard`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 })
    const file = resolveAppPath(rendererRoot, request.url)
    if (!file) return new Response(null, { status: 403 })
    // Read from disk directly rather than net.fetch(file://): the session cancels every request
    // that is not app://, and a file:// fetch would have to be let through that filter.
    const body = await readFile(file).catch(() => null)
    if (!body) return new Response(null, { status: 404 })
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff'
      }
    })
  })
}
