import { mkdtemp } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startHost } from './server'

// `npm run host`: the built UI in any browser, over the real services, with a throwaway data folder
// unless HEARTH_DATA_DIR names one. It is a test bench, not a way to run Hearth for real.
const rendererDir = resolve('out/renderer')
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('No built renderer in out/renderer. Run `npm run build` first (npm run host does this).')
  process.exit(1)
}
const dataDir = process.env.HEARTH_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'hearth-host-')))
const host = await startHost({ dataDir, rendererDir, port: Number(process.env.PORT ?? 5174) })
console.log(`Hearth test host: ${host.url}`)
console.log(`Data folder: ${dataDir}`)
console.log('Press Ctrl+C to stop.')
