/**
 * The one set of webPreferences every Hearth window gets (Electron security checklist items
 * 2–4, 6, 8–11 and the spellchecker's dictionary download). Kept free of the electron import so
 * a unit test can pin it.
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // Chromium would fetch hunspell dictionaries from a CDN; Hearth never touches the network.
  spellcheck: false,
  safeDialogs: true,
  // Chimes and the clock must keep time while the window is hidden behind the video call.
  backgroundThrottling: false
} as const
