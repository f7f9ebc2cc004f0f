import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy'
import { ROOT } from './sourceScan'

type Policy = Map<string, string[]>

/** Parses a policy into directive → sources, refusing duplicate directives (browsers ignore the second). */
function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean)
    if (!name) continue
    const key = name.toLowerCase()
    if (directives.has(key)) throw new Error(`duplicate directive ${key}`)
    directives.set(key, sources)
  }
  return directives
}

/** Order of sources within a directive does not matter; order of directives does not either. */
const normalise = (policy: Policy): [string, string[]][] =>
  [...policy.entries()].map(([name, sources]): [string, string[]] => [name, [...sources].sort()]).sort(([a], [b]) => a.localeCompare(b))

function metaPolicy(html: string): string {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gis)].map((m) => m[0]).filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag))
  expect(metas, 'exactly one CSP meta tag').toHaveLength(1)
  const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(metas[0] ?? '')?.[1] ?? /\bcontent\s*=\s*'([^']*)'/i.exec(metas[0] ?? '')?.[1]
  if (content === undefined) throw new Error('CSP meta tag has no content attribute')
  return content.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

const policy = parsePolicy(CONTENT_SECURITY_POLICY)
const allSources = [...policy.values()].flat()

describe('CONTENT_SECURITY_POLICY', () => {
  it('contains the key directives verbatim', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('locks down the fetch directives that matter', () => {
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('connect-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('never allows eval, and never inline script', () => {
    expect(allSources.filter((s) => /unsafe-eval/i.test(s))).toEqual([])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/i)
    const scriptSources = [...(policy.get('script-src') ?? []), ...(policy.get('script-src-elem') ?? []), ...(policy.get('script-src-attr') ?? [])]
    expect(scriptSources.filter((s) => /unsafe-inline|unsafe-hashes|strict-dynamic/i.test(s))).toEqual([])
  })

  it('names no network source anywhere (no http:, https:, ws:, wss:, hosts or wildcards)', () => {
    expect(allSources.filter((s) => /^(?:https?|wss?|ftp):/i.test(s))).toEqual([])
    expect(allSources.filter((s) => s.includes('*') || s.includes('://') || s.includes('.'))).toEqual([])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\b(?:https?|wss?):/i)
    // Everything is a keyword or one of the local schemes the UI needs.
    const allowed = new Set(["'none'", "'self'", "'unsafe-inline'", 'data:', 'blob:'])
    expect(allSources.filter((s) => !allowed.has(s))).toEqual([])
  })

  it("allows 'unsafe-inline' only for styles (Mantine's injected CSS variables)", () => {
    const withInline = [...policy.entries()].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)
    expect(withInline).toEqual(['style-src'])
  })
})

describe('index.html CSP meta tag', () => {
  const html = readFileSync(join(ROOT, 'src/ui/index.html'), 'utf8')
  const meta = parsePolicy(metaPolicy(html))

  it('equals CONTENT_SECURITY_POLICY minus frame-ancestors (which browsers ignore in a meta tag)', () => {
    const expected = new Map(policy)
    expected.delete('frame-ancestors')
    expect(normalise(meta)).toEqual(normalise(expected))
  })

  it('carries no directive that is ignored in a meta tag', () => {
    for (const ignored of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(meta.has(ignored), ignored).toBe(false)
  })

  it('comes before any script or stylesheet in the head', () => {
    const metaAt = html.search(/http-equiv\s*=\s*["']Content-Security-Policy["']/i)
    const firstResource = html.search(/<script\b|<link\b[^>]*rel\s*=\s*["']stylesheet/i)
    expect(metaAt).toBeGreaterThan(-1)
    if (firstResource !== -1) expect(metaAt).toBeLessThan(firstResource)
  })
})
