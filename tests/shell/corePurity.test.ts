import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT, lineOf, moduleSpecifiers, moduleSpecifiersByRegex, sourceFiles, visit, type SourceFile } from './sourceScan'

/**
 * src/core is the pure domain layer: no UI, no shell, no Node, no ambient time or randomness
 * (callers pass `now` and `newId`). This scan uses the type checker so a local variable that
 * happens to be called `document` is not mistaken for the DOM global.
 */

const CORE_DIR = join(ROOT, 'src', 'core')

const BARE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'url',
  ...builtinModules.filter((m) => !m.startsWith('_'))
])

function forbiddenModule(spec: string): string | null {
  if (spec === 'react' || spec.startsWith('react/')) return 'react'
  if (spec === 'react-dom' || spec.startsWith('react-dom/')) return 'react-dom'
  if (spec.startsWith('@mantine/')) return '@mantine/*'
  if (spec === 'electron' || spec.startsWith('electron/')) return 'electron'
  if (spec.startsWith('node:')) return 'node:*'
  const root = spec.split('/')[0] ?? spec
  if (BARE_BUILTINS.has(spec) || BARE_BUILTINS.has(root)) return 'node builtin'
  return null
}

/** Globals that would tie core to a runtime (browser, Node) or to ambient state. */
const FORBIDDEN_GLOBALS = new Set([
  'window',
  'document',
  'process',
  'globalThis',
  'self',
  'navigator',
  'localStorage',
  'sessionStorage',
  'require',
  'module',
  'Buffer',
  '__dirname',
  '__filename',
  'setTimeout',
  'setInterval',
  'performance',
  'crypto'
])

interface Violation {
  file: string
  line: number
  what: string
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // DOM and Node types are loaded on purpose, so their globals resolve and can be recognised.
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  jsx: ts.JsxEmit.ReactJSX,
  noEmit: true,
  skipLibCheck: true,
  typeRoots: [join(ROOT, 'node_modules', '@types')]
}

/** Checks the given files; `virtual` holds extra in-memory files (used to prove the scan can fail). */
function scan(paths: string[], virtual: ReadonlyMap<string, string> = new Map()): Violation[] {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f)
  host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f)
  host.getSourceFile = (f, lang, onError, create) => {
    const text = virtual.get(f)
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile.call(host, f, lang, onError, create)
  }
  const program = ts.createProgram([...paths, ...virtual.keys()], COMPILER_OPTIONS, host)
  const checker = program.getTypeChecker()

  const isAmbientGlobal = (id: ts.Identifier): boolean => {
    const symbol = checker.getSymbolAtLocation(id)
    if (!symbol) return true // unresolved: treat as an ambient global, to be safe
    const declarations = symbol.declarations ?? []
    // globalThis (and a few other intrinsics) have no declaration at all.
    return (
      declarations.length === 0 ||
      declarations.every((d) => {
        const sf = d.getSourceFile()
        return program.isSourceFileDefaultLibrary(sf) || sf.fileName.includes('/node_modules/@types/') || sf.fileName.includes('/node_modules/typescript/lib/')
      })
    )
  }

  const isNameOnly = (id: ts.Identifier): boolean => {
    const p = id.parent
    return (
      (ts.isPropertyAccessExpression(p) && p.name === id) ||
      (ts.isQualifiedName(p) && p.right === id) ||
      ((ts.isPropertyAssignment(p) ||
        ts.isPropertyDeclaration(p) ||
        ts.isPropertySignature(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isMethodSignature(p) ||
        ts.isEnumMember(p) ||
        ts.isGetAccessor(p) ||
        ts.isSetAccessor(p)) &&
        p.name === id) ||
      (ts.isBindingElement(p) && p.propertyName === id)
    )
  }

  const violations: Violation[] = []
  const wanted = new Set([...paths, ...virtual.keys()].map((p) => resolve(p)))
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(resolve(sf.fileName))) continue
    const file: SourceFile = { path: relative(ROOT, sf.fileName).split(sep).join('/'), text: sf.text, ast: sf }
    const add = (node: ts.Node, what: string) => violations.push({ file: file.path, line: lineOf(file, node), what })

    for (const spec of new Set([...moduleSpecifiers(file), ...moduleSpecifiersByRegex(file.text)])) {
      const bad = forbiddenModule(spec)
      if (bad) violations.push({ file: file.path, line: 0, what: `imports ${spec} (${bad})` })
      if (spec.startsWith('.')) {
        const target = resolve(dirname(sf.fileName), spec)
        const rel = relative(CORE_DIR, target)
        if (rel === '..' || rel.startsWith(`..${sep}`)) violations.push({ file: file.path, line: 0, what: `imports ${spec}, outside src/core` })
      }
    }

    visit(sf, (node) => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && isAmbientGlobal(node.expression)) {
        add(node, 'new Date(…)')
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression
        if (ts.isIdentifier(callee) && callee.text === 'Date' && isAmbientGlobal(callee)) add(node, 'Date()')
        if (ts.isIdentifier(callee) && callee.text === 'dayjs' && node.arguments.length === 0) add(node, 'dayjs() (the current time)')
        if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && isAmbientGlobal(callee.expression)) {
          const call = `${callee.expression.text}.${callee.name.text}`
          if (['Date.now', 'Math.random', 'performance.now', 'crypto.randomUUID', 'crypto.getRandomValues'].includes(call)) add(node, `${call}(…)`)
        }
      }
      if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !isNameOnly(node) && isAmbientGlobal(node)) {
        add(node, `uses the global ${node.text}`)
      }
    })
  }
  return violations
}

const coreFiles = sourceFiles('src/core')
const corePaths = coreFiles.map((f) => join(ROOT, f.path))

/** In-memory files under src/core/__probe__/ that prove the scan can fail (and does not over-report). */
const PROBES = {
  react: "import { useState } from 'react'\nexport const x = useState",
  reactDom: "import { createRoot } from 'react-dom/client'\nexport const x = createRoot",
  mantine: "import { Button } from '@mantine/core'\nexport const x = Button",
  electron: "import { app } from 'electron'\nexport const x = app",
  electronType: "import type { App } from 'electron'\nexport type X = App",
  nodePrefixed: "import { readFile } from 'node:fs/promises'\nexport const x = readFile",
  bareFs: "import { readFileSync } from 'fs'\nexport const x = readFileSync",
  barePath: "export { join } from 'path'",
  bareCrypto: "import crypto from 'crypto'\nexport const x = crypto",
  childProcess: "import * as cp from 'child_process'\nexport const x = cp",
  bareUrl: "import { URL } from 'url'\nexport const x = URL",
  dynamicImport: "export const x = () => import('os')",
  requireCall: "export const x = require('http')",
  escapingImport: "import { APP_ORIGIN } from '../../../electron/main/appUrl'\nexport const y = APP_ORIGIN",
  dateNow: 'export const t = Date.now()',
  newDate: 'export const t = new Date()',
  newDateArg: "export const t = new Date('2025-01-01')",
  dateCall: 'export const t = Date()',
  mathRandom: 'export const r = Math.random()',
  window: 'export const w = window.location',
  document: "export const d = document.createElement('div')",
  process: 'export const e = process.env',
  optionalProcess: 'export const e = process?.env',
  globalThis: 'export const g = globalThis',
  setTimeout: 'export const s = () => setTimeout(() => {}, 1)',
  dayjsNow: "import dayjs from 'dayjs'\nexport const n = dayjs()",
  dayjsValue: "import dayjs from 'dayjs'\nexport const n = (s: string) => dayjs(s)",
  locals: [
    "import { z } from 'zod'",
    "import { ok } from '../errors'",
    'export const schema = z.object({ document: z.string() })',
    'export function f(document: { version: number }, process: { step: number }, now: () => Date): number {',
    '  const window = { start: 1 }',
    '  const stamp: Date = now()',
    '  return document.version + process.step + window.start + stamp.getTime()',
    '}',
    'export const g = (o: { window: number; document: number }) => o.window + o.document',
    'export const h = ok'
  ].join('\n')
} as const
type Probe = keyof typeof PROBES

const probePath = (name: Probe): string => join(CORE_DIR, '__probe__', `${name}.ts`)
const probeRel = (name: Probe): string => relative(ROOT, probePath(name)).split(sep).join('/')

// One program for everything: building one with the DOM and Node typings takes a second or two.
let cached: Violation[] | undefined
const allViolations = (): Violation[] =>
  (cached ??= scan(corePaths, new Map((Object.keys(PROBES) as Probe[]).map((name) => [probePath(name), PROBES[name]]))))
const violationsIn = (path: string): Violation[] => allViolations().filter((v) => v.file === path)
const whats = (name: Probe): string[] => violationsIn(probeRel(name)).map((v) => v.what)

// The scan type-checks all of src/core (now with two generated word lists): ~15 s alone, more on a loaded machine.
describe('src/core purity', { timeout: 120_000 }, () => {
  it('scans every .ts file under src/core', () => {
    expect(coreFiles.length).toBeGreaterThanOrEqual(10)
    expect(coreFiles.every((f) => f.path.startsWith('src/core/') && f.path.endsWith('.ts'))).toBe(true)
    expect(coreFiles.map((f) => f.path)).toContain('src/core/api/dispatch.ts')
  })

  it('has no UI, shell or Node imports, no ambient time or randomness, and no runtime globals', () => {
    expect(allViolations().filter((v) => !v.file.startsWith('src/core/__probe__/'))).toEqual([])
  })

  it('contains none of the banned call texts, even spelled oddly (text scan, comments and strings blanked)', () => {
    for (const file of coreFiles) {
      const code = stripComments(file)
      expect(code, file.path).not.toMatch(/\bDate\s*\.\s*now\s*\(|\bnew\s+Date\b|\bMath\s*\.\s*random\s*\(/)
      expect(code, file.path).not.toMatch(/(?<![\w$.])(?:window|document|process)\s*(?:\.|\?\.|\[)/)
    }
  })

  describe('the scan itself catches what it should (and nothing else)', () => {
    it.each<Probe>([
      'react',
      'reactDom',
      'mantine',
      'electron',
      'electronType',
      'nodePrefixed',
      'bareFs',
      'barePath',
      'bareCrypto',
      'childProcess',
      'bareUrl',
      'dynamicImport',
      'requireCall',
      'escapingImport'
    ])('flags the %s import', (name) => {
      expect(whats(name).some((w) => w.startsWith('imports '))).toBe(true)
    })

    it.each<[Probe, string]>([
      ['dateNow', 'Date.now(…)'],
      ['newDate', 'new Date(…)'],
      ['newDateArg', 'new Date(…)'],
      ['dateCall', 'Date()'],
      ['mathRandom', 'Math.random(…)'],
      ['window', 'uses the global window'],
      ['document', 'uses the global document'],
      ['process', 'uses the global process'],
      ['optionalProcess', 'uses the global process'],
      ['globalThis', 'uses the global globalThis'],
      ['setTimeout', 'uses the global setTimeout'],
      ['dayjsNow', 'dayjs() (the current time)']
    ])('flags %s', (name, what) => {
      expect(whats(name)).toContain(what)
    })

    it('the text scan flags the same calls', () => {
      const fake = (text: string): SourceFile => ({ path: 'x.ts', text, ast: ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true) })
      expect(stripComments(fake(PROBES.dateNow))).toMatch(/\bDate\s*\.\s*now\s*\(/)
      expect(stripComments(fake('// Date.now()\nexport const s = "new Date()"'))).not.toMatch(/Date/)
    })

    it('does not flag dayjs(value), locals, parameters or properties that merely share a global name', () => {
      expect(whats('dayjsValue')).toEqual([])
      expect(violationsIn(probeRel('locals'))).toEqual([])
    })
  })
})

/** The code alone: comments dropped by the printer, then string, template and regex contents blanked. */
function stripComments(file: SourceFile): string {
  const printed = ts.createPrinter({ removeComments: true }).printFile(file.ast)
  const reparsed = ts.createSourceFile(file.path, printed, ts.ScriptTarget.Latest, true)
  const ranges: [number, number][] = []
  visit(reparsed, (node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node)
    ) {
      ranges.push([node.getStart(reparsed), node.end])
    }
  })
  let out = printed
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end)
  return out
}
