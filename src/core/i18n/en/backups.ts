/** English words of the backups area. */
export const backups = {}
