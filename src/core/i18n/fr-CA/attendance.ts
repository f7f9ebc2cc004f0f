import type { attendance as english } from '../en/attendance'

export const attendance = {} satisfies typeof english
