import type { AppLocale } from '../model/locale'
import { en } from './en'
import { frCA } from './fr-CA'

/**
 * Every word Hearth shows or prints, by language. English is the reference: its shape is the type
 * each translation must satisfy, so a missing or misspelt message fails the typecheck, and a
 * message that takes values (a count, a time) takes the same values in every language.
 */
export type Messages = typeof en

/** English serves the three English locales: they differ in dates and times, not in words. */
export function messagesFor(locale: AppLocale): Messages {
  return locale === 'fr-CA' ? frCA : en
}
