/** English words of the settings area. */
export const settings = {}
