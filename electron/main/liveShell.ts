import { BrowserWindow, globalShortcut, powerSaveBlocker } from 'electron'
import { LIVE_COMMANDS, SHORTCUT_CHANNEL } from '../../src/core/api/channels'
import type { Settings } from '../../src/core/storage/workspaceDocument'

let blockerId: number | null = null

/** Keeps the display awake while a session is live: a sleeping screen mid-call is a lost call. */
export function keepAwake(on: boolean): void {
  if (on && (blockerId === null || !powerSaveBlocker.isStarted(blockerId))) blockerId = powerSaveBlocker.start('prevent-display-sleep')
  if (!on && blockerId !== null) {
    powerSaveBlocker.stop(blockerId)
    blockerId = null
  }
}

/**
 * Registers the configured global shortcuts, so the facilitator can pause or move on while the
 * video call has focus. Returns the accelerators the OS refused (taken by another app).
 */
export function registerGlobalShortcuts(settings: Settings, target: () => BrowserWindow | undefined): string[] {
  globalShortcut.unregisterAll()
  const refused: string[] = []
  for (const command of LIVE_COMMANDS) {
    const accelerator = settings.globalShortcuts[command]
    if (!accelerator) continue
    try {
      const ok = globalShortcut.register(accelerator, () => target()?.webContents.send(SHORTCUT_CHANNEL, command))
      if (!ok) refused.push(accelerator)
    } catch {
      refused.push(accelerator)
    }
  }
  return refused
}
