import type { Messages } from '../../core/i18n/messages'

/**
 * The French catalogue, in a chunk of its own: an English window never downloads, parses or
 * evaluates it. startupReads.ts starts it early when the window will be French; the module
 * loader fetches and runs it once, and this resolves to the same words for every caller.
 */
export const loadFrench = (): Promise<Messages> => import('../../core/i18n/fr-CA').then((module) => module.frCA)
