import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY } from './appUrl'
import { HARDENED_WEB_PREFERENCES } from './webPreferences'

type WindowKind = 'main' | 'share'

const SIZES: Record<WindowKind, { width: number; height: number; minWidth: number; minHeight: number }> = {
  main: { width: 1280, height: 800, minWidth: 1024, minHeight: 640 },
  share: { width: 960, height: 600, minWidth: 480, minHeight: 300 }
}

/**
 * The only place Hearth creates a window, so every window gets the same hardening.
 * Electronegativity flags this constructor (CONTEXT_ISOLATION, SANDBOX, AUXCLICK, PRELOAD): it
 * does not follow the spread of HARDENED_WEB_PREFERENCES, and middle-click windows are denied by
 * setWindowOpenHandler. Each is explained in tests/lint/electronegativity-allowed.json.
 */
function createWindow(kind: WindowKind, url: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    ...SIZES[kind],
    show: false,
    title: kind === 'main' ? 'Hearth' : 'Hearth: share view',
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      devTools: !isPackaged,
      preload: join(import.meta.dirname, '../preload/index.cjs')
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}

export function createMainWindow(isPackaged: boolean): BrowserWindow {
  const window = createWindow('main', APP_ENTRY, isPackaged)
  // If the facilitator shares the whole screen by mistake, this window shows up blank; only
  // the share view (which holds nothing private) is meant to be shared.
  window.setContentProtection(true)
  return window
}

let shareWindow: BrowserWindow | null = null

/** One share window at a time: opening it again points it at the session and brings it forward. */
export function openShareWindow(sessionId: string, alwaysOnTop: boolean, isPackaged: boolean): void {
  const url = `${APP_ENTRY}#/share/${encodeURIComponent(sessionId)}`
  if (!shareWindow || shareWindow.isDestroyed()) {
    shareWindow = createWindow('share', url, isPackaged)
    shareWindow.on('closed', () => {
      shareWindow = null
    })
  } else {
    void shareWindow.loadURL(url)
    shareWindow.focus()
  }
  shareWindow.setAlwaysOnTop(alwaysOnTop, 'floating')
}
