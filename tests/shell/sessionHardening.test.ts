import { EventEmitter } from 'node:events'
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// security.ts against a stand-in for Electron (the binary cannot run here): a fake `app` that
// records its listeners, and a fake Session/WebContents that record every handler installed.
const fakeApp = new EventEmitter()
vi.mock('electron', () => ({ app: fakeApp }))

const { hardenSession, installNavigationGuards } = await import('../../electron/main/security')

/** Every permission string in Electron's session docs (checklist item 5 and research note §1.1). */
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'geolocation',
  'fullscreen',
  'hid',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'storage-access',
  'top-level-storage-access',
  'usb',
  'deprecated-sync-clipboard-read',
  'fileSystem',
  'keyboardLock',
  'speaker-selection',
  'window-management',
  'unknown'
]

type RequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
type CheckHandler = (wc: unknown, permission: string, origin: string, details: unknown) => boolean
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void

function fakeSession() {
  const installed: {
    request?: RequestHandler
    check?: CheckHandler
    device?: (details: unknown) => boolean
    displayMedia?: (request: unknown, callback: (streams: Record<string, unknown>) => void) => void
    spellcheck?: boolean
    filter?: { urls: string[] }
    beforeRequest?: BeforeRequest
  } = {}
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => void (installed.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => void (installed.check = h),
    setDevicePermissionHandler: (h: (details: unknown) => boolean) => void (installed.device = h),
    setDisplayMediaRequestHandler: (h: (request: unknown, callback: (streams: Record<string, unknown>) => void) => void) =>
      void (installed.displayMedia = h),
    setSpellCheckerEnabled: (on: boolean) => void (installed.spellcheck = on),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequest) => {
        installed.filter = filter
        installed.beforeRequest = listener
      }
    }
  }
  return { session, installed }
}

const { session, installed } = fakeSession()
beforeAll(() => hardenSession(session as never))

const cancels = (url: string): boolean => {
  let answer: boolean | undefined
  installed.beforeRequest?.({ url }, (response) => (answer = response.cancel))
  if (answer === undefined) throw new Error('onBeforeRequest listener did not answer')
  return answer
}

/** Requests a page might try to make; every one must be cancelled (checklist items 1 and 7, no network). */
const HOSTILE_REQUESTS = [
  'https://example.com/',
  'http://example.com/image.png',
  'http://127.0.0.1:5174/',
  'http://localhost/',
  'http://[::1]/',
  'https://hearth/index.html',
  'http://hearth/index.html',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'app://evil/index.html',
  'app://hearth.evil/index.html',
  'app://user@hearth/index.html',
  'app://hearth:8080/index.html',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://hearth/0f8b6c2e-1111-2222-3333-444455556666',
  'chrome://settings',
  'chrome-extension://abc/script.js',
  'javascript:alert(1)',
  'about:blank',
  'https://clients2.google.com/service/update2/crx',
  'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
  ''
]

describe('hardenSession: permissions (checklist item 5)', () => {
  it('installs all four permission handlers and turns the spellchecker (and its dictionary download) off', () => {
    expect(installed.request).toBeTypeOf('function')
    expect(installed.check).toBeTypeOf('function')
    expect(installed.device).toBeTypeOf('function')
    expect(installed.displayMedia).toBeTypeOf('function')
    expect(installed.spellcheck).toBe(false)
  })

  it.each(PERMISSIONS)('refuses the permission request %s, from our own origin too', (permission) => {
    const answers: boolean[] = []
    installed.request?.({}, permission, (granted) => answers.push(granted), { requestingUrl: 'app://hearth/index.html' })
    expect(answers).toEqual([false])
  })

  it.each(PERMISSIONS)('answers the permission check %s with false', (permission) => {
    expect(installed.check?.({}, permission, 'app://hearth', { requestingUrl: 'app://hearth/index.html' })).toBe(false)
  })

  it('refuses any permission name at all, request and check (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (permission, origin) => {
        const answers: boolean[] = []
        installed.request?.({}, permission, (granted) => answers.push(granted), { requestingUrl: origin })
        expect(answers).toEqual([false])
        expect(installed.check?.({}, permission, origin, {})).toBe(false)
      }),
      { numRuns: 500 }
    )
  })

  it.each(['hid', 'serial', 'usb'])('refuses %s device access', (deviceType) => {
    expect(installed.device?.({ deviceType, origin: 'app://hearth', device: {} })).toBe(false)
  })

  it('answers a screen-capture request with no stream at all', () => {
    const answers: Record<string, unknown>[] = []
    installed.displayMedia?.({ frame: {}, videoRequested: true, audioRequested: true, userGesture: true }, (streams) => answers.push(streams))
    expect(answers).toEqual([{}])
  })
})

describe('hardenSession: every request but our own is cancelled (checklist item 1, no network)', () => {
  it('filters every URL', () => {
    expect(installed.filter).toEqual({ urls: ['<all_urls>'] })
  })

  it.each(['app://hearth/index.html', 'app://hearth/assets/index-B-tJJCXv.js', 'app://hearth/'])('lets our own page through: %s', (url) => {
    expect(cancels(url)).toBe(false)
  })

  it.each(HOSTILE_REQUESTS)('cancels %s', (url) => {
    expect(cancels(url)).toBe(true)
  })

  it('cancels every web URL (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https', 'ws', 'wss', 'ftp'] }), (url) => {
        expect(cancels(url)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('installNavigationGuards (checklist items 11–14)', () => {
  const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => void }
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  contents.setWindowOpenHandler = (h) => void (openHandler = h)

  beforeAll(() => {
    installNavigationGuards()
    fakeApp.emit('web-contents-created', {}, contents)
  })

  /** Emits `name` with a fresh event and says whether a listener called preventDefault. */
  const prevented = (name: string, ...args: unknown[]): boolean => {
    let stopped = false
    contents.emit(name, { preventDefault: () => (stopped = true) }, ...args)
    return stopped
  }

  it('hooks every new web contents (one listener each for navigate, redirect and webview)', () => {
    expect(fakeApp.listenerCount('web-contents-created')).toBe(1)
    expect(contents.listenerCount('will-navigate')).toBe(1)
    expect(contents.listenerCount('will-redirect')).toBe(1)
    expect(contents.listenerCount('will-attach-webview')).toBe(1)
  })

  it.each(HOSTILE_REQUESTS)('refuses to navigate to %s', (url) => {
    expect(prevented('will-navigate', url)).toBe(true)
  })

  it('lets the page move between its own routes', () => {
    expect(prevented('will-navigate', 'app://hearth/index.html#/groups/abc')).toBe(false)
  })

  it('refuses navigation to any web URL (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(prevented('will-navigate', url)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it.each(['app://hearth/index.html', 'https://example.com/'])('refuses every redirect, even to %s', (url) => {
    expect(prevented('will-redirect', url)).toBe(true)
  })

  it('refuses to attach any webview', () => {
    expect(prevented('will-attach-webview', { preload: '/tmp/evil.js', nodeIntegration: true }, { src: 'https://example.com/' })).toBe(true)
  })

  it.each([...HOSTILE_REQUESTS, 'app://hearth/index.html#/share/x'])('denies window.open(%s)', (url) => {
    expect(openHandler?.({ url })).toEqual({ action: 'deny' })
  })
})
