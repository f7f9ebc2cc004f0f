import { startTransition, useEffect, useState } from 'react'

/**
 * False in a screen's first render, true just after. Parts beside or below what a facilitator
 * needs first (the attendance list, the rundown, the groups in the sidebar) are drawn in the
 * render after, so the first frame is the clock and Start and the keys work a little sooner.
 * A transition: a key pressed meanwhile is handled first.
 */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false)
  useEffect(() => startTransition(() => setDone(true)), [])
  return done
}
