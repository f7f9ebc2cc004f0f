/** English words of the notes area. */
export const notes = {}
