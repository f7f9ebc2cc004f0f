import { startTransition, useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs`. Only the refresh rate depends on timers (which
 * Chromium throttles in hidden windows); what is shown is always computed from the timestamp.
 */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    // A transition: a key typed while the clock ticks is handled first, the new time drawn after it.
    const id = window.setInterval(() => startTransition(() => setNow(Date.now())), intervalMs)
    return () => window.clearInterval(id)
  }, [intervalMs])
  return now
}
