/** English words of the attendance area. */
export const attendance = {}
