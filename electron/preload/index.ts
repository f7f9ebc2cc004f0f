import { contextBridge, ipcRenderer } from 'electron'
import { SHORTCUT_CHANNEL, isChannel, isLiveCommand } from '../../src/core/api/channels'
import type { HearthBridge } from '../../src/core/api/bridge'

/**
 * The whole of what the page can ask of the shell: one invoke over the allow-listed channels.
 * Raw ipcRenderer never crosses the bridge (Electron checklist item 20).
 */
const bridge = {
  // The listener gets the command only: the IPC event (and its sender) never reaches the page.
  onCommand: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isLiveCommand(command)) listener(command)
    }
    ipcRenderer.on(SHORTCUT_CHANNEL, forward)
    return () => void ipcRenderer.removeListener(SHORTCUT_CHANNEL, forward)
  },
  invoke: (channel, args) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, args)
      : Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Hearth does not know that request.' } })
} satisfies HearthBridge

contextBridge.exposeInMainWorld('hearth', bridge)
