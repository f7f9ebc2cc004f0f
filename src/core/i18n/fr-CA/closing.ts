import type { closing as english } from '../en/closing'

export const closing = {} satisfies typeof english
