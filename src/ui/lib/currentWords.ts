import { en } from '../../core/i18n/en'
import type { Messages } from '../../core/i18n/messages'
import { isAppLocale } from '../../core/model/locale'
import { loadedWords } from '../i18n/catalogues'

/**
 * The words of the language the page is shown in, for code outside React (the IPC wrapper's
 * fallback errors). LocaleProvider writes the locale on <html lang> once its words are here, so
 * this follows Settings.
 */
export function currentWords(): Messages {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang
  return (isAppLocale(lang) ? loadedWords(lang) : undefined) ?? en
}
