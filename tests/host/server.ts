import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { mkdir, readFile } from 'node:fs/promises'
import { createHash, randomUUID } from 'node:crypto'
import { isAbsolute, join, relative, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { dispatch } from '../../src/core/api/dispatch'
import { fail } from '../../src/core/errors'
import { passphraseKeyProvider } from '../../electron/services/crypto/passphraseKeyProvider'
import { createHearthService, type HearthService } from '../../electron/services/hearthService'
import { processLanguages } from '../../electron/services/systemLanguages'
import type { DestinationRequest } from '../../electron/services/serviceContext'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy'
import { contentTypeFor } from '../../electron/main/contentTypes'
import { BRIDGE_SCRIPT, INVOKE_PREFIX } from './bridgeScript'
import { switchableFaultFs, type WriteStep } from '../support/faultFs'

export interface HostOptions {
  dataDir: string
  rendererDir?: string
  port?: number
  now?: () => Date
  /**
   * The "computer's" preferred languages, for documents when the setting is 'system'. The e2e
   * fixture passes the browser's locale, so the host and the page agree as the app's shell and
   * window do; by default, this process's own (LANG, Intl).
   */
  systemLanguages?: readonly string[]
}

export interface Host {
  url: string
  service: HearthService
  /**
   * How the host answers export dialogs (the app shows a real save dialog). By default files go
   * to an "exports" folder in the data folder; tests say where, or cancel with null.
   */
  answerDialogs(answer: (request: DestinationRequest) => string | null): void
  /**
   * Makes every save fail at `step` with `code` (e.g. ENOSPC: the disk is full) until called
   * with null; the tests' way to fill the disk. Reads keep working.
   */
  failWrites(code: string | null, step?: WriteStep): void
  close(): Promise<void>
}


/**
 * The bridge stands in for the preload, which is in place before the page loads anything and
 * costs it no request: it is inline, the first thing after the policy and the title (as a file,
 * it held back every other file of the page for a round trip). Its hash is the only inline script
 * the policy lets run.
 */
const BRIDGE_TAG = `<script>${BRIDGE_SCRIPT}</script>`
const BRIDGE_HASH = `'sha256-${createHash('sha256').update(BRIDGE_SCRIPT).digest('base64')}'`

/**
 * The two deliberate differences from the app's policy: the bridge talks to this origin, so
 * connect-src is 'self', and the bridge itself may run. The page's meta tag gets the same.
 */
const hostPolicy = (policy: string) => policy.replace("connect-src 'none'", "connect-src 'self'").replace("script-src 'self'", `script-src 'self' ${BRIDGE_HASH}`)
const HOST_CSP = hostPolicy(CONTENT_SECURITY_POLICY)
const MAX_BODY = 4 * 1024 * 1024

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': HOST_CSP,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff'
  })
  res.end(body)
}

/**
 * Serves the built renderer on loopback and the same handler table as the Electron shell, so a
 * browser drives the real UI over the real services and real files. For verification only.
 */
/** Every origin a host in this process has served from: the only places the app may send requests. */
export const HOST_ORIGINS = new Set<string>()

export async function startHost(options: HostOptions): Promise<Host> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer')
  // A passphrase protects notes here, with the production key-derivation cost, as on a machine
  // without a keychain.
  const keys = passphraseKeyProvider({ dataDir: options.dataDir })
  const exportsDir = join(options.dataDir, 'exports')
  let answer = (request: DestinationRequest): string | null => (request.kind === 'folder' ? exportsDir : join(exportsDir, request.suggestedName))
  const chooseDestination = async (request: DestinationRequest) => {
    await mkdir(exportsDir, { recursive: true })
    return answer(request)
  }
  const faults = switchableFaultFs()
  const systemLanguages = options.systemLanguages ?? processLanguages(process.env, Intl.DateTimeFormat().resolvedOptions().locale)
  const service = createHearthService({ dataDir: options.dataDir, now: options.now ?? (() => new Date()), newId: randomUUID, keys, hooks: { chooseDestination }, fs: faults.fs, systemLanguages })
  let origin = ''
  // The app's files are kept once read, as the shell's are in the OS's file cache: a page load
  // costs this host no file reads, which waited on Node's thread pool when the machine was busy.
  const served = new Map<string, { type: string; body: string | Buffer }>()
  // Calls still writing when the host closes: a test removes the data folder right after.
  const inFlight = new Set<Promise<unknown>>()

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin)
      if (req.method === 'POST' && url.pathname.startsWith(INVOKE_PREFIX)) {
        // Only pages served by this host may call it (a page elsewhere on the machine may not).
        if (req.headers.origin !== origin && req.headers.origin !== origin.replace('127.0.0.1', 'localhost')) return send(res, 403, 'application/json', JSON.stringify(fail('untrusted-sender', 'Request refused: wrong origin.')))
        let payload: unknown
        try {
          payload = JSON.parse(await readBody(req))
        } catch {
          return send(res, 400, 'application/json', JSON.stringify(fail('invalid-input', 'The request body was not JSON.')))
        }
        const channel = decodeURIComponent(url.pathname.slice(INVOKE_PREFIX.length))
        const handled = dispatch(service.handlers, channel, payload, (error) => console.error('[host] handler failed', error), service.errorWords)
        inFlight.add(handled)
        const result = await handled.finally(() => inFlight.delete(handled))
        return send(res, 200, 'application/json', JSON.stringify(result))
      }
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed')
      const wanted = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname)
      const file = resolve(rendererDir, `.${wanted}`)
      const inside = relative(rendererDir, file)
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return send(res, 403, 'text/plain', 'Forbidden')
      const kept = served.get(file)
      if (kept) return send(res, 200, kept.type, kept.body)
      let body: Buffer
      try {
        body = await readFile(file)
      } catch {
        return send(res, 404, 'text/plain', 'Not found')
      }
      let page: { type: string; body: string | Buffer } = { type: contentTypeFor(file), body }
      if (file.endsWith('index.html')) {
        // Before the page's stylesheet too: a script waits for the stylesheets above it.
        const html = hostPolicy(body.toString('utf8'))
        if (!html.includes('</title>')) return send(res, 500, 'text/plain', 'index.html has no <title> to put the bridge after')
        page = { type: contentTypeFor('index.html'), body: html.replace('</title>', `</title>\n    ${BRIDGE_TAG}`) }
      }
      served.set(file, page)
      return send(res, 200, page.type, page.body)
    })().catch(() => send(res, 500, 'text/plain', 'Host error'))
  })

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen))
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  HOST_ORIGINS.add(origin)
  return {
    url: `${origin}/`,
    service,
    answerDialogs: (next) => {
      answer = next
    },
    failWrites: (code, step) => (code === null ? faults.clear() : faults.fail(code, step)),
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      })
      // A page's last call may still be saving (the UI shows "ended" before the end-of-session
      // backup is on disk); removing the folder under it failed a CI run with ENOTEMPTY.
      await Promise.allSettled(inFlight)
      await service.close()
    }
  }
}
