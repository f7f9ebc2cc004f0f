import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY } from './appUrl'
import { HARDENED_WEB_PREFERENCES } from './webPreferences'

/** The only place Hearth creates a window, so every window gets the same hardening. */
export function createMainWindow(isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Hearth',
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      devTools: !isPackaged,
      preload: join(import.meta.dirname, '../preload/index.cjs')
    }
  })
  // If the facilitator shares the whole screen by mistake, this window shows up blank.
  window.setContentProtection(true)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(APP_ENTRY)
  return window
}
