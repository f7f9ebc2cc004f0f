/** English words of the groups area. */
export const groups = {}
