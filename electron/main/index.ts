import { app, BrowserWindow, dialog, globalShortcut, session } from 'electron'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { chooseKeyProvider } from '../services/crypto/chooseKeyProvider'
import { createHearthService } from '../services/hearthService'
import { electronSecretStore } from './secretStore'
import { chooseDestination } from './saveDialog'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { registerIpc } from './ipc'
import { hardenSession, installNavigationGuards } from './security'
import { createMainWindow, openShareWindow } from './window'
import { keepAwake, registerGlobalShortcuts } from './liveShell'
import type { Settings } from '../../src/core/storage/workspaceDocument'

const QUIT_WAIT_MS = 10_000

// Tests and portable installs point Hearth at their own folder; must happen before the lock.
if (process.env.HEARTH_USER_DATA) app.setPath('userData', process.env.HEARTH_USER_DATA)

// Two instances writing the same files would race; the second one hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  // Chimes must sound after a restart mid-session, before anyone has clicked in the window.
  app.commandLine.appendSwitch('autoplay-policy', 'no-user-gesture-required')
  registerAppScheme()
  installNavigationGuards()

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })

  // Quitting right after "End session" must not cut the end-of-session backup off half-written:
  // the first quit waits for it (at most a few seconds), then quits for real.
  let closeService: (() => Promise<void>) | null = null
  let quitting = false
  app.on('before-quit', (event) => {
    if (quitting || !closeService) return
    event.preventDefault()
    quitting = true
    const waited = new Promise<void>((resolveWait) => setTimeout(resolveWait, QUIT_WAIT_MS))
    void Promise.race([closeService().catch(() => undefined), waited]).then(() => app.quit())
  })

  app
    .whenReady()
    .then(async () => {
      // The session is locked down before any page exists, and a failure here is fatal.
      hardenSession(session.defaultSession)
      serveRenderer(join(import.meta.dirname, '../renderer'))
      let mainWindow: BrowserWindow | undefined
      // Global shortcuts and display-sleep prevention hold only while a session is live: the rest
      // of the time Ctrl+Alt+arrows belong to the facilitator's other apps.
      const live = new Set<string>()
      let settings: Settings | null = null
      const applyLiveState = () => {
        keepAwake(live.size > 0)
        if (live.size === 0 || !settings) return globalShortcut.unregisterAll()
        const refused = registerGlobalShortcuts(settings, () => mainWindow)
        if (refused.length > 0) console.warn(`Global shortcuts taken by another app: ${refused.join(', ')}`)
      }
      const dataDir = join(app.getPath('userData'), 'data')
      // The OS keychain protects the notes key where it is real; elsewhere the user sets a
      // passphrase. Asked only now: safeStorage reports its backend only once the app is ready.
      const keys = await chooseKeyProvider({ dataDir, secretStore: electronSecretStore, onWarning: (message) => console.warn(message) })
      const service = createHearthService({
        dataDir,
        keys,
        now: () => new Date(),
        newId: randomUUID,
        onWarning: (message) => console.warn(message),
        // What the documents follow when the language setting is 'system'; the window's
        // navigator.languages come from the same OS list.
        systemLanguages: app.getPreferredSystemLanguages(),
        hooks: {
          onLiveStatus: (sessionId, status) => {
            if (status === 'live') live.add(sessionId)
            else live.delete(sessionId)
            applyLiveState()
          },
          onSettings: (next) => {
            settings = next
            applyLiveState()
          },
          openShareWindow: async (sessionId, alwaysOnTop) => openShareWindow(sessionId, alwaysOnTop, app.isPackaged),
          chooseDestination: (request) => chooseDestination(request, mainWindow)
        }
      })
      closeService = service.close
      // Errors are reported by kind only: payloads may hold confidential notes.
      registerIpc(service.handlers, (error) => console.error('Hearth handler failed:', error instanceof Error ? error.name : typeof error), service.errorWords)
      mainWindow = createMainWindow(app.isPackaged)
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(app.isPackaged)
      })
      return service.handlers['settings/get']({}).then(
        (loaded) => {
          settings = loaded
        },
        () => undefined
      )
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Hearth could not start', error instanceof Error ? error.message : String(error))
      app.quit()
    })

  app.on('will-quit', () => globalShortcut.unregisterAll())

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
