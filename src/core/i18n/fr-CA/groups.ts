import type { groups as english } from '../en/groups'

export const groups = {} satisfies typeof english
