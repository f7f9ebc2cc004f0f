import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { RENDERER_DIR, ensureRenderer } from './browserHost'
import { log, type Emit } from './report'
import { round } from './stats'

const TARGET_JS_KB = 300

/** Relative paths of the files index.html asks for before first render, by kind. */
function htmlAssets(html: string): { js: string[]; css: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1]
  const js: string[] = []
  const css: string[] = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src')
    if (src && /type="module"/.test(tag)) js.push(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attr(tag, 'href')
    const rel = attr(tag, 'rel')
    if (href && rel === 'modulepreload') js.push(href)
    if (href && rel === 'stylesheet') css.push(href)
  }
  return { js, css }
}

// `import{a as b}from"./x.js"`, `import "./x.js"`: static imports only; `import("./x.js")` is lazy.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g

/** Every chunk the entry needs before it runs: itself and its static imports, transitively. */
function staticClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    const code = readFileSync(join(RENDERER_DIR, path), 'utf8')
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) if (spec) visit(posix.normalize(posix.join(posix.dirname(path), spec)))
  }
  for (const entry of entries) visit(posix.normalize(entry))
  return [...seen]
}

const gzipKB = (paths: readonly string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(RENDERER_DIR, path)), { level: 9 }).length, 0) / 1024

/**
 * What the renderer downloads and parses before its first render, gzip-compressed: the JS the
 * page's module script pulls in statically (what is behind a dynamic import() is not counted),
 * and its stylesheets. The app reads these from disk, so gzip is a size yardstick, not transport.
 */
export function initialLoadBench(emit: Emit): void {
  ensureRenderer()
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  const { js, css } = htmlAssets(html)
  const chunks = staticClosure(js)
  const jsKB = round(gzipKB(chunks), 1)
  const cssKB = round(gzipKB(css.map((c) => posix.normalize(c))), 1)
  log(`Initial load: ${chunks.length} JS chunk(s) (${chunks.join(', ')}), ${css.length} stylesheet(s)`)
  emit({ name: 'ui.initialJsGzipKB', value: jsKB, unit: 'KB', target: TARGET_JS_KB, withinTarget: jsKB <= TARGET_JS_KB, note: `gzip -9 of the entry chunk and its static imports (${chunks.length} files); lazy chunks excluded` })
  emit({ name: 'ui.initialCssGzipKB', value: cssKB, unit: 'KB', note: `gzip -9 of the ${css.length} stylesheet(s) index.html links` })
  emit({ name: 'ui.initialTotalGzipKB', value: round(jsKB + cssKB, 1), unit: 'KB', note: 'initial JS + CSS' })
}
