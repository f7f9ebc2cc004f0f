/** English words of the protocols area. */
export const protocols = {}
