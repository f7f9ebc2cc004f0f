import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './sourceScan'

// electron-builder reads its config with js-yaml; parsing it the same way means a value the
// builder would see as a string ("false") or a misspelt key fails here rather than ships.
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown }
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>
const fuses = config.electronFuses as Record<string, unknown> | undefined

/** Checklist item 19 and the research note's table (§1.2): the value each fuse must have. */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false
} as const

describe('electron-builder.yml: fuses (checklist item 19)', () => {
  it('sets every fuse explicitly, to exactly the hardened values (booleans, not strings)', () => {
    expect(fuses).toStrictEqual(EXPECTED_FUSES)
  })

  it('names only fuses electron-builder knows (a typo would be ignored silently at build time)', () => {
    const declarations = readFileSync(join(ROOT, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8')
    const body = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(declarations)?.[1] ?? ''
    const known = new Set([...body.matchAll(/^\s{4}(\w+)\?:/gm)].map((m) => m[1]))
    expect(known.size).toBeGreaterThanOrEqual(8)
    expect(Object.keys(fuses ?? {}).filter((key) => !known.has(key))).toEqual([])
  })

  it('packs the app into an asar (onlyLoadAppFromAsar would otherwise leave nothing to load)', () => {
    expect(config.asar === undefined || config.asar === true).toBe(true)
  })

  it('publishes nowhere: no auto-update feed, so the packaged app never calls home', () => {
    expect(config.publish).toBeNull()
  })
})
