import type { settings as english } from '../en/settings'

export const settings = {} satisfies typeof english
