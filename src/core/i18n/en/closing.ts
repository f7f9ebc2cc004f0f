/** English words of the closing area. */
export const closing = {}
