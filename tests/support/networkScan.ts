import { build, type Metafile } from 'esbuild'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * What "no network" means for a bundle: Node's network modules (any spelling), Electron's own
 * network and phone-home APIs, and the web APIs that send requests. Shared by the source-graph
 * test (before a build) and the shipped-bundle spec (after one).
 */
export const NODE_NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'undici', 'inspector', 'cluster']

/** Electron exports that reach the network, update from it or report to it. `shell` is here for openExternal. */
export const ELECTRON_NETWORK_EXPORTS = ['net', 'netLog', 'autoUpdater', 'crashReporter', 'shell']

/** Web and Node globals that send a request; matched in the bundled code text. */
export const NETWORK_CALLS: [string, RegExp][] = [
  ['fetch(', /(?<![\w$.])fetch\s*\(/],
  ['WebSocket', /\bWebSocket\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['openExternal', /\bopenExternal\b/]
]

export function isNetworkModule(spec: string): boolean {
  const bare = spec.replace(/^node:/, '')
  return NODE_NETWORK_MODULES.some((m) => bare === m || bare.startsWith(`${m}/`))
}

export interface BundleScan {
  /** Every module the bundle's code comes from (ours and node_modules). */
  inputs: string[]
  /** Modules left outside the bundle: Node built-ins and electron. */
  externals: string[]
  /** Names imported from 'electron' anywhere in the graph. */
  electronImports: string[]
  /** The whole bundled code, for the text checks. */
  code: string
}

const LOCAL_ONLY_LOADERS = { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty', '.woff': 'empty' } as const

/**
 * Bundles `entry` with esbuild, following every import into node_modules, and reports what the
 * graph touches. Node built-ins stay external so they show up by name; electron too.
 */
export async function scanBundle(entry: string, platform: 'node' | 'browser'): Promise<BundleScan> {
  const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'undici']
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    // Nothing is written; esbuild only needs somewhere to name the CSS-module outputs.
    outdir: join(tmpdir(), 'hearth-network-scan'),
    metafile: true,
    platform,
    format: 'esm',
    external,
    loader: LOCAL_ONLY_LOADERS,
    logLevel: 'silent',
    jsx: 'automatic',
    // The renderer reads import.meta.env; the value does not matter to the scan.
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true', 'import.meta.env.MODE': '"production"' }
  })
  const metafile: Metafile = result.metafile
  const externals = new Set<string>()
  for (const input of Object.values(metafile.inputs)) for (const imported of input.imports) if (imported.external) externals.add(imported.path)
  const code = result.outputFiles.filter((f) => /\.[cm]?js$/.test(f.path)).map((f) => f.text).join('\n')
  const electronImports = new Set<string>()
  for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']electron["']/g))
    for (const name of (match[1] ?? '').split(',')) {
      const imported = name.trim().split(/\s+as\s+/)[0]
      if (imported) electronImports.add(imported)
    }
  // The whole module bound to a name (CommonJS preload, namespace import): the names read off it count.
  for (const match of code.matchAll(/(?:(?:let|const|var)\s+([\w$]+)\s*=\s*(?:__)?require\(\s*["']electron["']\s*\)|import\s+(?:\*\s+as\s+)?([\w$]+)\s+from\s*["']electron["'])/g)) {
    const binding = match[1] ?? match[2] ?? ''
    const escaped = binding.replace(/\$/g, '\\$')
    for (const use of code.matchAll(new RegExp(`(?<![\\w$.])${escaped}\\s*(?:\\.\\s*([\\w$]+)|\\[)`, 'g'))) electronImports.add(use[1] ?? '<computed access>')
  }
  if (/require\(\s*["']electron["']\s*\)(?!\s*\.)/.test(code.replace(/(?:let|const|var)\s+[\w$]+\s*=\s*(?:__)?require\(\s*["']electron["']\s*\)/g, '')))
    electronImports.add('<whole module>')
  return { inputs: Object.keys(metafile.inputs), externals: [...externals].sort(), electronImports: [...electronImports].sort(), code }
}

/** Everything in a scan that would let the code reach the network; empty means clean. */
export function networkFindings(scan: BundleScan): string[] {
  const findings: string[] = []
  for (const spec of scan.externals) if (isNetworkModule(spec)) findings.push(`imports ${spec}`)
  for (const name of scan.electronImports) if (ELECTRON_NETWORK_EXPORTS.includes(name) || name.startsWith('<')) findings.push(`imports ${name} from electron`)
  for (const [label, pattern] of NETWORK_CALLS) if (pattern.test(scan.code)) findings.push(`uses ${label}`)
  return findings
}
