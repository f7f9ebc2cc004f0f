import { existsSync } from 'node:fs'

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/**
 * The system Chromium where there is one (Debian's works offline; Playwright's download does not
 * here), else undefined so Playwright uses its own browser. CHROMIUM_PATH overrides both.
 */
export function systemChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH
  if (override) return override
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path))
}

/** Flags that let Chromium run as root in a container and keep it from reaching for the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
]
