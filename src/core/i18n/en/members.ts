/** English words of the members area. */
export const members = {}
