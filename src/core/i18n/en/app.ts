/** English words of the app area. */
export const app = {}
