import type { documents as english } from '../en/documents'

export const documents = {} satisfies typeof english
