import type { HearthBridge } from '../core/api/bridge'

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the test host's bridge script. */
    hearth: HearthBridge
  }
}

export {}
