import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { networkFindings, scanBundle } from '../support/networkScan'
import { ROOT, moduleSpecifiers, moduleSpecifiersByRegex, sourceFiles } from './sourceScan'

/**
 * No network, checked on the source import graph (runs before any build; the shipped bundles are
 * checked again by tests/e2e/noNetworkBundles.spec.ts). esbuild follows every import, into
 * node_modules too, from the three entry points the app has.
 */
const ENTRIES: [string, string, 'node' | 'browser'][] = [
  ['main', 'electron/main/index.ts', 'node'],
  ['preload', 'electron/preload/index.ts', 'node'],
  ['renderer', 'src/ui/main.tsx', 'browser']
]

describe('no network module or call in the import graph of main, preload and renderer', () => {
  it.each(ENTRIES)('%s (%s)', async (_name, entry, platform) => {
    const scan = await scanBundle(join(ROOT, entry), platform)
    // Sanity: the scan followed the graph (our own modules and, for main and renderer, libraries).
    expect(scan.inputs.length).toBeGreaterThan(1)
    expect(networkFindings(scan)).toEqual([])
  }, 120_000)

  it('main imports from electron only what it needs (no net, shell, autoUpdater, crashReporter)', async () => {
    const scan = await scanBundle(join(ROOT, 'electron/main/index.ts'), 'node')
    expect(scan.electronImports).toEqual(['BrowserWindow', 'app', 'dialog', 'globalShortcut', 'ipcMain', 'powerSaveBlocker', 'protocol', 'safeStorage', 'session'])
  }, 120_000)
})

describe('the scan catches what it should', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-netprobe-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const probe = (name: string, text: string): string => {
    const path = join(dir, `${name}.ts`)
    writeFileSync(path, text)
    return path
  }

  it.each([
    ['node:https', "import { request } from 'node:https'\nexport const r = request", 'imports node:https'],
    ['bare http', "import http from 'http'\nexport const h = http", 'imports http'],
    ['require(net)', "export const n = require('net')", 'imports net'],
    ['dns/promises', "import { lookup } from 'node:dns/promises'\nexport const l = lookup", 'imports node:dns/promises'],
    ['tls', "export * from 'tls'", 'imports tls'],
    ['dgram, dynamically', "export const d = () => import('dgram')", 'imports dgram'],
    ['http2', "import * as h2 from 'node:http2'\nexport const h = h2", 'imports node:http2'],
    ['undici', "import { fetch } from 'undici'\nexport const f = fetch", 'imports undici'],
    ['electron net', "import { net } from 'electron'\nexport const n = net.request('https://x')", 'imports net from electron'],
    ['electron shell', "import { shell } from 'electron'\nexport const o = () => shell.openExternal('https://x')", 'imports shell from electron'],
    ['electron autoUpdater', "import * as e from 'electron'\nexport const u = e.autoUpdater", 'imports autoUpdater from electron'],
    ['fetch', "export const f = () => fetch('https://example.com')", 'uses fetch('],
    ['WebSocket', "export const w = () => new WebSocket('wss://example.com')", 'uses WebSocket'],
    ['XMLHttpRequest', 'export const x = () => new XMLHttpRequest()', 'uses XMLHttpRequest'],
    ['EventSource', "export const e = () => new EventSource('/x')", 'uses EventSource'],
    ['sendBeacon', "export const b = () => navigator.sendBeacon('/x', '')", 'uses sendBeacon']
  ])('flags %s', async (name, text, finding) => {
    const scan = await scanBundle(probe(name.replace(/\W+/g, '-'), text), 'node')
    expect(networkFindings(scan)).toContain(finding)
  })

  it('does not flag an ordinary module, or the word fetch as a property', async () => {
    const scan = await scanBundle(probe('clean', "import { join } from 'node:path'\nexport const j = (o: { fetch(): void }) => { o.fetch(); return join('a') }"), 'node')
    expect(networkFindings(scan)).toEqual([])
  })
})

describe('shell.openExternal (checklist item 15)', () => {
  // Hearth has no external links: every href in the UI is an in-app #/ route, and will-navigate
  // drops anything else. If a link is ever needed, it must go through one guarded helper (an
  // allow-list of https URLs and a confirmation dialog); until then, nothing may call it.
  const files = sourceFiles('electron', 'src')

  it('is called nowhere, by any spelling', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(files.filter((f) => /openExternal|openPath|showItemInFolder/.test(f.text)).map((f) => f.path)).toEqual([])
  })

  it('nothing imports shell from electron', () => {
    const offenders = files.filter((f) => /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*['"]electron['"]|\belectron\s*\.\s*shell\b/.test(f.text)).map((f) => f.path)
    expect(offenders).toEqual([])
    // The scan does look at electron imports (sanity).
    expect(files.some((f) => [...moduleSpecifiers(f), ...moduleSpecifiersByRegex(f.text)].includes('electron'))).toBe(true)
  })

  it('every link in the UI points inside the app (hrefFor routes, or the share link the service returns)', () => {
    const ui = files.filter((f) => f.path.startsWith('src/ui/') && f.path.endsWith('.tsx'))
    const literalLinks = ui.flatMap((f) => [...f.text.matchAll(/href\s*=\s*["'{]\s*["'`]?(https?:|mailto:|ftp:|\/\/)/g)].map(() => f.path))
    expect(literalLinks).toEqual([])
  })
})
