/** How edit numbers map to saves, shared by the child that makes them and the parent that checks. */

export const T0 = Date.UTC(2026, 11, 8, 19, 0)

/** Every fourth edit rewrites the workspace (the group's purpose); the rest append to the live log. */
export const isWorkspaceEdit = (n: number) => n % 4 === 3

/** Edit n is the live event at this instant, so the parent can tell which edits a file holds. */
export const editAt = (n: number) => T0 + n * 1000

export const editOf = (at: number) => (at - T0) / 1000

export const purposeEdit = (purpose: string): number | null => {
  const match = /^edit (\d+)$/.exec(purpose)
  return match ? Number(match[1]) : null
}
