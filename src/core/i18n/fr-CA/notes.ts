import type { notes as english } from '../en/notes'

export const notes = {} satisfies typeof english
