import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { networkFindings, scanBundle } from '../support/networkScan'

/**
 * The shipped bundles (out/, built by `electron-vite build` before the e2e run) reach no network:
 * each is re-bundled by esbuild so the libraries main leaves external (docx, zod, dayjs) are
 * followed too. tests/shell/noNetworkSources.test.ts checks the same on the sources.
 */
const OUT = resolve('out')
const rendererScripts = readdirSync(join(OUT, 'renderer', 'assets')).filter((name) => name.endsWith('.js'))

test.describe('built bundles', () => {
  test('main (out/main/index.js, with its external libraries)', async () => {
    const scan = await scanBundle(join(OUT, 'main', 'index.js'), 'node')
    expect(scan.inputs.some((path) => path.includes('node_modules/docx/'))).toBe(true)
    expect(networkFindings(scan)).toEqual([])
  })

  test('preload (out/preload/index.cjs)', async () => {
    const scan = await scanBundle(join(OUT, 'preload', 'index.cjs'), 'node')
    expect(scan.electronImports).toEqual(['contextBridge', 'ipcRenderer'])
    expect(networkFindings(scan)).toEqual([])
  })

  test('renderer (out/renderer/assets/*.js)', async () => {
    expect(rendererScripts.length).toBeGreaterThan(0)
    for (const name of rendererScripts) {
      const scan = await scanBundle(join(OUT, 'renderer', 'assets', name), 'browser')
      expect(networkFindings(scan), name).toEqual([])
    }
  })
})
