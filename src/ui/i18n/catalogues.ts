import { en } from '../../core/i18n/en'
import type { Messages } from '../../core/i18n/messages'
import type { AppLocale } from '../../core/model/locale'
import { loadFrench } from './loadFrench'

// The screens' words. English is in the app's first chunk (its errors and defaults need it
// anyway); French loads when a French window needs it, before anything is drawn in it.
// Documents and the shell's messages still use core/i18n/messages, which holds both.

let french: Messages | undefined
let frenchLoading: Promise<Messages> | undefined

/** The words of a locale if its catalogue is here: English always is, French once loaded. */
export const loadedWords = (locale: AppLocale): Messages | undefined => (locale === 'fr-CA' ? french : en)

/** The words of a locale, loading its catalogue first if need be. */
export function loadWords(locale: AppLocale): Promise<Messages> {
  if (locale !== 'fr-CA') return Promise.resolve(en)
  frenchLoading ??= loadFrench().then(
    (words) => (french = words),
    (error: unknown) => {
      // A file of the app's own that did not load: the next attempt tries again.
      frenchLoading = undefined
      throw error
    }
  )
  return frenchLoading
}
