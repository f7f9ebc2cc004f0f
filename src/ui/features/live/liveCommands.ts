import { useLayoutEffect } from 'react'
import type { Messages } from '../../../core/i18n/messages'
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

/** The keys above as the shortcut sheet lists them, in the facilitator's language. */
export const shortcutHelp = (t: Messages['live']['shortcuts']): { keys: string; what: string }[] => [
  { keys: t.spaceKey, what: t.toggle },
  { keys: '→', what: t.next },
  { keys: '←', what: t.previous },
  { keys: '+', what: t.plus },
  { keys: '−', what: t.minus },
  { keys: 'M', what: t.mute },
  { keys: '1–9', what: t.raiseHand },
  { keys: 'N', what: t.nextSpeaker },
  { keys: 'P', what: t.pass },
  { keys: '?', what: t.help }
]

const TOGGLES = new Set(['checkbox', 'radio'])

/** Keys belong to the control when it uses them itself: text fields, selects, sliders. */
const ownsKeys = (target: EventTarget | null) => {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  if (target instanceof HTMLInputElement) return !TOGGLES.has(target.type)
  return target.closest('[role="slider"], [role="listbox"], [role="menu"], [role="dialog"]') !== null
}

/**
 * Space presses a focused button or ticks a focused box, as it always does, except on the live
 * controls themselves: after clicking "Next item", Space must still mean pause, not next again.
 */
const spaceIsTaken = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  target.closest('[data-live-controls]') === null &&
  (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || (target instanceof HTMLInputElement && TOGGLES.has(target.type)))

/**
 * In-app keys and the shell's global shortcuts both land here. Keys are ignored while typing,
 * and Space is left to a focused button so keyboard users can still press it. Listening starts
 * as the screen is put on the page (a layout effect), not after its first frame is painted: a
 * key pressed as soon as Start shows is already the screen's.
 */
export function useLiveCommands(run: (command: LiveCommand) => void, toggleHelp: () => void, other?: (key: string) => boolean): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A held key repeats; one press is one command (holding → must not skip three items).
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || ownsKeys(event.target)) return
      if (event.key === '?') {
        event.preventDefault()
        toggleHelp()
        return
      }
      const command = KEYS[event.key]
      if (!command) {
        if (other?.(event.key)) event.preventDefault()
        return
      }
      if (command === 'toggle' && spaceIsTaken(event.target)) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    const unsubscribe = window.hearth.onCommand(run)
    return () => {
      window.removeEventListener('keydown', onKey)
      unsubscribe()
    }
  }, [run, toggleHelp, other])
}
