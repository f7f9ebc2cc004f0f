import { useEffect } from 'react'
import type { LiveCommand } from '../../../core/storage/workspaceDocument'

const KEYS: Record<string, LiveCommand> = {
  ' ': 'toggle',
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  '+': 'plus-minute',
  '=': 'plus-minute',
  '-': 'minus-minute',
  m: 'mute',
  M: 'mute'
}

export const SHORTCUT_HELP: { keys: string; what: string }[] = [
  { keys: 'Space', what: 'Start, pause or resume' },
  { keys: '→', what: 'Next item' },
  { keys: '←', what: 'Previous item' },
  { keys: '+', what: 'One more minute for this item' },
  { keys: '−', what: 'One minute less for this item' },
  { keys: 'M', what: 'Mute or unmute chimes' },
  { keys: '?', what: 'Show or hide these shortcuts' }
]

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * In-app keys and the shell's global shortcuts both land here. Keys are ignored while typing,
 * and Space is left to a focused button so keyboard users can still press it.
 */
export function useLiveCommands(run: (command: LiveCommand) => void, toggleHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return
      if (event.key === '?') {
        event.preventDefault()
        toggleHelp()
        return
      }
      const command = KEYS[event.key]
      if (!command) return
      if (command === 'toggle' && event.target instanceof HTMLButtonElement) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    const unsubscribe = window.hearth.onCommand(run)
    return () => {
      window.removeEventListener('keydown', onKey)
      unsubscribe()
    }
  }, [run, toggleHelp])
}
