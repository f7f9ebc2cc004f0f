import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core/storage/workspaceDocument'

// The shell's live-call glue against a stand-in for Electron (the binary cannot run here).
const registered = new Map<string, () => void>()
const blockers = new Set<number>()
let nextBlocker = 1
vi.mock('electron', () => ({
  BrowserWindow: class {},
  globalShortcut: {
    unregisterAll: () => registered.clear(),
    register: (accelerator: string, callback: () => void) => {
      if (accelerator === 'F13') throw new Error('not a valid accelerator here')
      if (accelerator === 'Alt+Tab') return false
      registered.set(accelerator, callback)
      return true
    }
  },
  powerSaveBlocker: {
    start: () => {
      blockers.add(nextBlocker)
      return nextBlocker++
    },
    stop: (id: number) => blockers.delete(id),
    isStarted: (id: number) => blockers.has(id)
  }
}))

const { keepAwake, registerGlobalShortcuts } = await import('../../electron/main/liveShell')

describe('keepAwake', () => {
  beforeEach(() => keepAwake(false))

  it('holds exactly one display-sleep blocker while a session is live, however often it is asked', () => {
    keepAwake(true)
    keepAwake(true)
    keepAwake(true)
    expect(blockers.size).toBe(1)
    keepAwake(false)
    expect(blockers.size).toBe(0)
  })
})

describe('registerGlobalShortcuts', () => {
  it('sends the command for each configured accelerator to the main window, and reports refusals', () => {
    const sent: unknown[] = []
    const window = { webContents: { send: (...args: unknown[]) => sent.push(args) } }
    const refused = registerGlobalShortcuts(
      { ...DEFAULT_SETTINGS, globalShortcuts: { ...DEFAULT_SETTINGS.globalShortcuts, mute: '', previous: 'Alt+Tab', 'minus-minute': 'F13' } },
      () => window as never
    )
    expect(refused).toEqual(['Alt+Tab', 'F13'])
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+Space', 'CommandOrControl+Alt+Right', 'CommandOrControl+Alt+Up'])
    registered.get('CommandOrControl+Alt+Right')?.()
    registered.get('CommandOrControl+Alt+Space')?.()
    expect(sent).toEqual([
      ['shortcut', 'next'],
      ['shortcut', 'toggle']
    ])
  })

  it('replaces the previous set when settings change', () => {
    registerGlobalShortcuts(DEFAULT_SETTINGS, () => undefined)
    registerGlobalShortcuts({ ...DEFAULT_SETTINGS, globalShortcuts: { toggle: 'F8', next: '', previous: '', 'plus-minute': '', 'minus-minute': '', mute: '' } }, () => undefined)
    expect([...registered.keys()]).toEqual(['F8'])
  })
})
