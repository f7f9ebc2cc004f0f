import { contextBridge, ipcRenderer } from 'electron'
import { isChannel } from '../../src/core/api/channels'
import type { HearthBridge } from '../../src/core/api/bridge'

/**
 * The whole of what the page can ask of the shell: one invoke over the allow-listed channels.
 * Raw ipcRenderer never crosses the bridge (Electron checklist item 20).
 */
const bridge = {
  invoke: (channel, args) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, args)
      : Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Hearth does not know that request.' } })
} satisfies HearthBridge

contextBridge.exposeInMainWorld('hearth', bridge)
