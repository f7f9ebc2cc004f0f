import type { protocols as english } from '../en/protocols'

export const protocols = {} satisfies typeof english
