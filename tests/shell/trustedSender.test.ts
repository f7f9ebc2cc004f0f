import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../electron/main/trustedSender'

/** A stand-in for Electron's WebFrameMain: only `url` and `parent` are read. */
const frame = (url: string, parent: unknown = null) => ({ url, parent })

describe('isTrustedSender', () => {
  it.each(['app://hearth/index.html', 'app://hearth/', 'app://hearth/index.html#/groups/abc'])(
    'trusts the top-level frame of our own page: %s',
    (url) => {
      expect(isTrustedSender(frame(url))).toBe(true)
    }
  )

  it('refuses a subframe, even one showing our own page', () => {
    const top = frame('app://hearth/index.html')
    expect(isTrustedSender(frame('app://hearth/index.html', top))).toBe(false)
    expect(isTrustedSender(frame('app://hearth/index.html', {}))).toBe(false)
  })

  it('refuses a frame whose parent is undefined rather than null (unknown shape)', () => {
    expect(isTrustedSender({ url: 'app://hearth/index.html', parent: undefined })).toBe(false)
    expect(isTrustedSender({ url: 'app://hearth/index.html' } as unknown as { url: string; parent: unknown })).toBe(false)
  })

  it.each([
    'https://evil.example/',
    'http://hearth/index.html',
    'file:///work/out/renderer/index.html',
    'app://evil/index.html',
    'app://hearth.evil/index.html',
    'app://user@hearth/index.html',
    'app://hearth:8080/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    ''
  ])('refuses a top-level frame from another origin: %s', (url) => {
    expect(isTrustedSender(frame(url))).toBe(false)
  })

  it('refuses a missing frame (Electron gives null once a frame is gone)', () => {
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })

  it('refuses a frame whose url is not a string', () => {
    expect(isTrustedSender({ url: null, parent: null } as unknown as { url: string; parent: unknown })).toBe(false)
  })
})
