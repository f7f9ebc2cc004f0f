import type { app as english } from '../en/app'

export const app = {} satisfies typeof english
