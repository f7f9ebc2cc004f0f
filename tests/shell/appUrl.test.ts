import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ENTRY, APP_ORIGIN, isAppUrl, resolveAppPath } from '../../electron/main/appUrl'

let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hearth-approot-'))
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Strictly inside: not root itself, not a sibling reached through `..`, not another drive/absolute path. */
function isStrictlyInside(base: string, candidate: string): boolean {
  const rel = relative(resolve(base), candidate)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

function expectNullOrInside(url: string): string | null {
  const result = resolveAppPath(root, url)
  if (result !== null) {
    expect(typeof result).toBe('string')
    expect(isStrictlyInside(root, result), `${JSON.stringify(url)} resolved outside root: ${result}`).toBe(true)
    expect(result.includes('\0')).toBe(false)
  }
  return result
}

describe('isAppUrl', () => {
  it('exposes the origin and entry it checks against', () => {
    expect(APP_ORIGIN).toBe('app://hearth')
    expect(APP_ENTRY).toBe('app://hearth/index.html')
  })

  it.each([
    'app://hearth/index.html',
    'app://hearth/',
    'app://hearth',
    'app://hearth/assets/index-B-tJJCXv.js',
    'app://hearth/index.html?x=1#top'
  ])('accepts our own origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true)
  })

  it.each([
    ['look-alike host (suffix)', 'app://hearth.evil'],
    ['look-alike host (suffix, with path)', 'app://hearth.evil/index.html'],
    ['look-alike host (prefix)', 'app://evilhearth/'],
    ['trailing-dot host', 'app://hearth./'],
    ['credentials (user)', 'app://user@hearth'],
    ['credentials (user:password)', 'app://user:pw@hearth/'],
    ['credentials (password only)', 'app://:pw@hearth/'],
    ['hearth as the username of another host', 'app://hearth@evil/'],
    ['port', 'app://hearth:8080/'],
    ['port 0', 'app://hearth:0/'],
    ['app URL only in the query string', 'https://evil.example/?next=app://hearth'],
    ['app URL only in the fragment', 'https://evil.example/#app://hearth/'],
    ['http with our host', 'http://hearth'],
    ['https with our host', 'https://hearth/index.html'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,x'],
    ['blob wrapping our origin', 'blob:app://hearth/0f8b6c2e-1111-2222-3333-444455556666'],
    ['another app host', 'app://evil'],
    ['app scheme without a host', 'app:hearth/index.html'],
    ['app scheme with an empty host', 'app:///hearth/index.html'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['empty string', ''],
    ['not a URL at all', 'hearth'],
    ['relative path', '/index.html']
  ])('rejects %s: %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', {}],
    ['an array holding an app URL', ['app://hearth/']],
    ['a URL object', new URL('app://hearth/index.html')],
    ['an object whose toString is an app URL', { toString: () => 'app://hearth/' }],
    ['a boolean', true]
  ])('rejects non-strings: %s', (_label, value) => {
    expect(isAppUrl(value)).toBe(false)
  })

  it('never throws and never accepts a string that does not parse to app://hearth without credentials or port', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `app://${s}`)), (value) => {
        const accepted = isAppUrl(value)
        if (accepted) {
          const url = new URL(value)
          expect(url.protocol).toBe('app:')
          expect(url.hostname).toBe('hearth')
          expect(url.port).toBe('')
          expect(url.username).toBe('')
          expect(url.password).toBe('')
        }
      }),
      { numRuns: 1000 }
    )
  })
})

describe('resolveAppPath', () => {
  it('maps the root and index to index.html inside root', () => {
    expect(resolveAppPath(root, 'app://hearth/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://hearth/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://hearth/index.html?cache=1#x')).toBe(join(root, 'index.html'))
  })

  it('maps nested assets, decoding percent-escapes once', () => {
    expect(resolveAppPath(root, 'app://hearth/assets/index-B-tJJCXv.js')).toBe(join(root, 'assets', 'index-B-tJJCXv.js'))
    expect(resolveAppPath(root, 'app://hearth/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'))
  })

  it('refuses anything that is not our origin', () => {
    for (const url of ['file:///etc/passwd', 'https://hearth/index.html', 'app://evil/index.html', 'app://hearth:1/index.html', 'app://u@hearth/index.html', '']) {
      expect(resolveAppPath(root, url), url).toBeNull()
    }
  })

  // These decode to a path that climbs out of root, or holds NUL or a backslash: always null.
  it.each([
    ['encoded slash after ..', 'app://hearth/..%2fetc%2fpasswd'],
    ['encoded slash after .. (upper case)', 'app://hearth/..%2Fetc%2Fpasswd'],
    ['fully encoded ../', 'app://hearth/%2e%2e%2fetc%2fpasswd'],
    ['fully encoded ../ repeated', 'app://hearth/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['encoded backslash after ..', 'app://hearth/%2e%2e%5cetc%5cpasswd'],
    ['encoded backslash after .. (upper case)', 'app://hearth/%2E%2E%5Cwindows%5Cwin.ini'],
    ['literal backslashes', 'app://hearth/..\\..\\etc\\passwd'],
    ['backslash inside a harmless path', 'app://hearth/assets\\index.js'],
    ['encoded NUL', 'app://hearth/index.html%00.png'],
    ['encoded NUL alone', 'app://hearth/%00'],
    ['malformed escape', 'app://hearth/%E0%A4%A'],
    ['lone percent', 'app://hearth/%'],
    ['encoded slash climbing from a subfolder', 'app://hearth/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded dot-dot segment as the whole path', 'app://hearth/%2e%2e%2f'],
    ['root itself via encoded slash', 'app://hearth/%2f']
  ])('returns null for %s: %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })

  // The URL parser already folds these; whatever comes out must still be strictly inside root.
  it.each([
    ['plain ..', 'app://hearth/../etc/passwd'],
    ['many ..', 'app://hearth/../../../../../../etc/passwd'],
    ['.. after a folder', 'app://hearth/assets/../../etc/passwd'],
    ['encoded dot segments', 'app://hearth/%2e%2e/etc/passwd'],
    ['mixed-encoded dot segments', 'app://hearth/.%2e/%2e./etc/passwd'],
    ['absolute path after a double slash', 'app://hearth//etc/passwd'],
    ['absolute path after many slashes', 'app://hearth////etc/passwd'],
    ['encoded leading slash', 'app://hearth/%2fetc%2fpasswd'],
    ['double-encoded dots', 'app://hearth/%252e%252e/%252e%252e/etc/passwd'],
    ['double-encoded dots and slash', 'app://hearth/%252e%252e%252fetc%252fpasswd'],
    ['double-encoded NUL', 'app://hearth/index.html%2500'],
    ['dot segment', 'app://hearth/./index.html'],
    ['encoded dot segment alone', 'app://hearth/%2e'],
    ['home folder', 'app://hearth/~/.ssh/id_rsa']
  ])('stays strictly inside root for %s: %s', (_label, url) => {
    const result = expectNullOrInside(url)
    // None of these may land on the real system file.
    expect(result).not.toBe('/etc/passwd')
  })

  it('double-encoding is decoded only once: %252e%252e names a literal file inside root', () => {
    expect(resolveAppPath(root, 'app://hearth/%252e%252e/secret')).toBe(join(root, '%2e%2e', 'secret'))
  })

  it('property: any path string gives null or a path strictly inside root', () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('..', '..%2f', '%2e%2e%2f', '%2e%2e', '..%5c', '.', '%2e', '%2E', '%2f', '%2F', '/', '//', '\\', '%5c', '%5C', '%00', '%252e', '%25', '%', '~', ':') },
      { weight: 2, arbitrary: fc.string() },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) }
    )
    const path = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))
    const prefix = fc.constantFrom('app://hearth/', 'app://hearth', 'app://hearth//', 'app://hearth/assets/')
    fc.assert(
      fc.property(prefix, path, (start, rest) => {
        expectNullOrInside(start + rest)
      }),
      { numRuns: 3000 }
    )
  })

  it('property: any string at all as the request URL gives null or a path strictly inside root', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (url) => {
        expectNullOrInside(url)
      }),
      { numRuns: 1000 }
    )
  })

  it('property: plain relative paths map to exactly that file under root', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,12}$/)
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        expect(resolveAppPath(root, `app://hearth/${segments.join('/')}`)).toBe(join(root, ...segments))
      }),
      { numRuns: 1000 }
    )
  })
})
