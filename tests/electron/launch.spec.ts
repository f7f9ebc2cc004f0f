import { _electron, expect, test } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js')
const SKIP_MESSAGE =
  'skipped: Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); run npm install without it to get the binary'

/**
 * The path of the Electron binary, or null when it is not there.
 *
 * The `electron` package's main export is that path, but when the binary is missing it first
 * spawns its installer (a network download) and then throws "Electron failed to install
 * correctly". So the cheap, side-effect-free checks come first, and require('electron') is only
 * called once the binary is known to be on disk (or ELECTRON_OVERRIDE_DIST_PATH points at one).
 */
function electronBinary(): string | null {
  const require = createRequire(import.meta.url)
  let packageDir: string
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    if (!existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()))) return null
  }
  try {
    const binary: unknown = require('electron')
    return typeof binary === 'string' && existsSync(binary) ? binary : null
  } catch {
    // "Electron failed to install correctly"
    return null
  }
}

const isInside = (base: string, candidate: string): boolean => {
  const rel = relative(base, candidate)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel)
}

test('Hearth launches one hardened window with a working bridge on a fresh data folder', async () => {
  const executablePath = electronBinary()
  if (!executablePath) console.warn(`\n⚠️  ${SKIP_MESSAGE}\n`)
  test.skip(!executablePath, SKIP_MESSAGE)
  if (!executablePath) return

  expect(existsSync(MAIN_ENTRY), `${MAIN_ENTRY} is missing: run \`npm run build\` (electron-vite build) first`).toBe(true)

  const userData = await mkdtemp(join(tmpdir(), 'hearth-electron-'))
  // Linux has no sandbox helper for root in containers; Chromium refuses to start without this.
  const rootOnLinux = process.platform === 'linux' && process.getuid?.() === 0
  const app = await _electron.launch({
    executablePath,
    args: [...(rootOnLinux ? ['--no-sandbox'] : []), MAIN_ENTRY],
    cwd: ROOT,
    env: {
      ...process.env,
      HEARTH_USER_DATA: userData,
      // Electron derives userData from XDG_CONFIG_HOME on Linux: isolation there even before
      // the main process honours HEARTH_USER_DATA.
      XDG_CONFIG_HOME: userData
    }
  })
  try {
    // Refuse to go on (and touch the developer's real Hearth data) unless the data folder is ours.
    const userDataPath = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    expect(
      isInside(userData, userDataPath) || resolve(userDataPath) === resolve(userData),
      `userData is ${userDataPath}, not inside ${userData}: electron/main/index.ts should call app.setPath('userData', process.env.HEARTH_USER_DATA) before requestSingleInstanceLock()`
    ).toBe(true)

    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')

    expect(page.url()).toBe('app://hearth/index.html')
    await expect(page).toHaveTitle('Hearth')
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(['Hearth'])

    const surface = await page.evaluate(() => {
      const globals = window as unknown as Record<string, unknown>
      const hearth = globals.hearth as Record<string, unknown> | undefined
      return {
        hearthType: typeof hearth,
        hearthKeys: hearth ? Object.keys(hearth) : [],
        invokeType: typeof hearth?.invoke,
        require: typeof globals.require,
        process: typeof globals.process,
        module: typeof globals.module,
        ipcRenderer: typeof globals.ipcRenderer,
        electron: typeof globals.electron
      }
    })
    expect(surface).toEqual({
      hearthType: 'object',
      hearthKeys: ['invoke'],
      invokeType: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined'
    })

    const groups = await page.evaluate(() => window.hearth.invoke('groups/list', {}))
    expect(groups).toEqual({ ok: true, data: [] })

    const status = await page.evaluate(() => window.hearth.invoke('app/status', {}))
    expect(status.ok).toBe(true)
    if (status.ok) expect(isInside(userData, status.data.dataDir)).toBe(true)

    // The preload allow-list answers unknown channels itself; nothing reaches ipcMain.
    const unknown = await page.evaluate(() => (window.hearth.invoke as (c: string, a: unknown) => Promise<unknown>)('shell/open-external', {}))
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  } finally {
    await app.close()
    await rm(userData, { recursive: true, force: true })
  }
})
