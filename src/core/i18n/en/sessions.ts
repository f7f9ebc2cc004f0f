/** English words of the sessions area. */
export const sessions = {}
