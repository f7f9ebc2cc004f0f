/** "12:05" for time left; "+1:30" for time over. Seconds round up while counting down, so a
 *  five-minute item shows 5:00 at its start and 0:00 only at zero. */
export function formatCountdown(ms: number): string {
  const over = ms < 0
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const mmss = `${hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes}:${String(seconds).padStart(2, '0')}`
  return over ? `+${mmss}` : mmss
}

/** Whole minutes ahead of the plan (positive) or behind it (negative); 0 within half a minute. The
 *  catalogue words it ("3 min ahead", "Séance en retard de 5 min"). */
export function minutesAhead(aheadMs: number): number {
  const minutes = Math.round(Math.abs(aheadMs) / 60_000)
  return minutes === 0 ? 0 : aheadMs > 0 ? minutes : -minutes
}
