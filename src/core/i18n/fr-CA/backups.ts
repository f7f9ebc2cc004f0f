import type { backups as english } from '../en/backups'

export const backups = {} satisfies typeof english
