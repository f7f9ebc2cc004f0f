import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { HARDENED_WEB_PREFERENCES } from '../../electron/main/webPreferences'
import { lineOf, moduleSpecifiers, moduleSpecifiersByRegex, sourceFiles, unwrap, visit, type SourceFile } from './sourceScan'

const files = sourceFiles('electron', 'src')
const fileAt = (path: string): SourceFile => {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`expected source file ${path}`)
  return file
}

const isElectronModule = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/')

describe('HARDENED_WEB_PREFERENCES', () => {
  it('is exactly the hardened set (no key added, removed or flipped)', () => {
    expect(HARDENED_WEB_PREFERENCES).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      backgroundThrottling: false
    })
  })
})

describe('source scan: windows and webPreferences', () => {
  it('found the sources it is meant to scan', () => {
    const paths = files.map((f) => f.path)
    expect(paths).toContain('electron/main/window.ts')
    expect(paths).toContain('electron/preload/index.ts')
    expect(paths).toContain('src/core/api/contract.ts')
    expect(paths.some((p) => p.startsWith('src/ui/') && p.endsWith('.tsx'))).toBe(true)
  })

  it('creates BrowserWindows only in electron/main/window.ts', () => {
    const creators = new Set<string>()
    for (const file of files) {
      if (/\bnew\s+(?:[\w$]+\s*\.\s*)*BrowserWindow\b/.test(file.text)) creators.add(file.path)
      visit(file.ast, (node) => {
        if (!ts.isNewExpression(node)) return
        const callee = node.expression
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
        if (name === 'BrowserWindow') creators.add(file.path)
      })
    }
    expect([...creators]).toEqual(['electron/main/window.ts'])
  })

  it('window.ts spreads HARDENED_WEB_PREFERENCES and overrides none of its keys', () => {
    const file = fileAt('electron/main/window.ts')
    const literals: ts.ObjectLiteralExpression[] = []
    visit(file.ast, (node) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'webPreferences') {
        const value = unwrap(node.initializer)
        if (ts.isObjectLiteralExpression(value)) literals.push(value)
        else throw new Error(`webPreferences at line ${lineOf(file, node)} is not an object literal`)
      }
    })
    expect(literals).toHaveLength(1)
    const [prefs] = literals
    if (!prefs) throw new Error('unreachable')
    const [first, ...rest] = prefs.properties
    expect(first && ts.isSpreadAssignment(first) && ts.isIdentifier(first.expression) ? first.expression.text : null).toBe(
      'HARDENED_WEB_PREFERENCES'
    )
    const hardenedKeys = new Set(Object.keys(HARDENED_WEB_PREFERENCES))
    for (const property of rest) {
      expect(ts.isSpreadAssignment(property), `extra spread in webPreferences at line ${lineOf(file, property)}`).toBe(false)
      const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : '?'
      expect(hardenedKeys.has(name), `webPreferences overrides hardened key ${name}`).toBe(false)
    }
  })

  it.each([
    ['nodeIntegration', 'true'],
    ['nodeIntegrationInWorker', 'true'],
    ['nodeIntegrationInSubFrames', 'true'],
    ['contextIsolation', 'false'],
    ['sandbox', 'false'],
    ['webSecurity', 'false'],
    ['allowRunningInsecureContent', 'true'],
    ['experimentalFeatures', 'true'],
    ['webviewTag', 'true']
  ])('no source sets %s: %s', (key, value) => {
    const pattern = new RegExp(`['"]?\\b${key}['"]?\\s*:\\s*(?:!0|!1|${value})\\b`)
    const offenders = files.filter((f) => pattern.test(f.text)).map((f) => f.path)
    expect(offenders).toEqual([])
  })
})

describe('source scan: who may import electron', () => {
  it('only electron/main and electron/preload import from electron (import, export-from, require, dynamic import)', () => {
    const importers = new Set<string>()
    for (const file of files) {
      const specs = [...moduleSpecifiers(file), ...moduleSpecifiersByRegex(file.text)]
      if (specs.some(isElectronModule)) importers.add(file.path)
    }
    const outside = [...importers].filter((p) => !p.startsWith('electron/main/') && !p.startsWith('electron/preload/'))
    expect(outside).toEqual([])
    // Sanity: the scan does see the files that legitimately import electron.
    expect(importers).toContain('electron/main/window.ts')
    expect(importers).toContain('electron/preload/index.ts')
  })

  it('electron/services imports nothing from electron', () => {
    const services = files.filter((f) => f.path.startsWith('electron/services/'))
    expect(services.length).toBeGreaterThan(0)
    for (const file of services) {
      const specs = [...moduleSpecifiers(file), ...moduleSpecifiersByRegex(file.text)]
      expect(specs.filter(isElectronModule), file.path).toEqual([])
    }
  })

  it('webPreferences.ts, appUrl.ts, trustedSender.ts and contentSecurityPolicy.ts stay free of electron so they can be unit-tested', () => {
    for (const path of ['electron/main/webPreferences.ts', 'electron/main/appUrl.ts', 'electron/main/trustedSender.ts', 'electron/main/contentSecurityPolicy.ts']) {
      expect(moduleSpecifiers(fileAt(path)).filter(isElectronModule), path).toEqual([])
    }
  })
})

describe('source scan: the preload bridge', () => {
  const preload = fileAt('electron/preload/index.ts')

  it('exposeInMainWorld is called exactly once in all sources: exposeInMainWorld("hearth", bridge) in the preload', () => {
    const calls: { path: string; args: string[] }[] = []
    for (const file of files) {
      visit(file.ast, (node) => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'exposeInMainWorld') {
          calls.push({ path: file.path, args: node.arguments.map((a) => a.getText(file.ast)) })
        }
      })
      // Catch it written any other way (bracket access, aliasing) too.
      const mentions = file.text.match(/exposeInMainWorld/g)?.length ?? 0
      expect(mentions, `${file.path} mentions exposeInMainWorld`).toBe(file.path === 'electron/preload/index.ts' ? 1 : 0)
    }
    expect(calls).toEqual([{ path: 'electron/preload/index.ts', args: ["'hearth'", 'bridge'] }])
  })

  it('exposes nothing else from the preload (no exposeInIsolatedWorld, no window/globalThis assignment)', () => {
    expect(preload.text).not.toMatch(/exposeInIsolatedWorld|\bwindow\s*\.|\bglobalThis\b/)
  })

  it('the bridge has only `onCommand` and `invoke`, and uses ipcRenderer only through invoke, on and removeListener calls', () => {
    const declarations: ts.VariableDeclaration[] = []
    visit(preload.ast, (node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'bridge') declarations.push(node)
    })
    expect(declarations).toHaveLength(1)
    const [declaration] = declarations
    if (!declaration?.initializer) throw new Error('bridge has no initializer')
    const literal = unwrap(declaration.initializer)
    if (!ts.isObjectLiteralExpression(literal)) throw new Error('bridge is not an object literal')

    const keys = literal.properties.map((p) => {
      expect(ts.isSpreadAssignment(p), 'bridge must not spread another object').toBe(false)
      return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : `<computed at line ${lineOf(preload, p)}>`
    })
    expect(keys).toEqual(['onCommand', 'invoke'])

    const ipcUses: string[] = []
    visit(literal, (node) => {
      if (ts.isIdentifier(node) && node.text === 'ipcRenderer') {
        const parent = node.parent
        const ok =
          ts.isPropertyAccessExpression(parent) &&
          parent.expression === node &&
          ['invoke', 'on', 'removeListener'].includes(parent.name.text) &&
          ts.isCallExpression(parent.parent) &&
          parent.parent.expression === parent
        ipcUses.push(ok ? `ipcRenderer.${parent.name.text}(…)` : `bare ipcRenderer at line ${lineOf(preload, node)}`)
      }
    })
    expect(ipcUses).toEqual(['ipcRenderer.on(…)', 'ipcRenderer.removeListener(…)', 'ipcRenderer.invoke(…)'])
  })

  it('the shortcut listener hands the page only a checked command, never the IPC event', () => {
    expect(preload.text).toMatch(/\(_event: Electron\.IpcRendererEvent, command: unknown\) => \{\s*if \(isLiveCommand\(command\)\) listener\(command\)/)
  })

  it('the bridge checks the channel against the allow-list before invoking', () => {
    expect(preload.text).toMatch(/isChannel\(channel\)\s*\?\s*ipcRenderer\.invoke\(channel,/)
  })
})
