/** Whether two words are one or two spaces (or tabs) apart: the gap inside a multi-word name. */
export function spaceGap(text: string, end: number, start: number): boolean {
  const n = start - end
  if (n < 1 || n > 2) return false
  for (let i = end; i < start; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 0xa0) return false
  }
  return true
}
