import { isAppLocale, type AppLocale } from '../../core/model/locale'

// The locale this window was last shown in, kept in the page's own storage. Only a hint for
// start-up, to fetch the right words before the settings have answered: the settings decide.

const KEY = 'hearth-last-locale'

export function lastLocale(): AppLocale | null {
  try {
    const kept = localStorage.getItem(KEY)
    return isAppLocale(kept) ? kept : null
  } catch {
    // Storage refused (a locked-down profile): start-up just has no hint.
    return null
  }
}

export function keepLastLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(KEY, locale)
  } catch {
    // As above: the next start-up goes without the hint.
  }
}
