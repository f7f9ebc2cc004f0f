import type { members as english } from '../en/members'

export const members = {} satisfies typeof english
