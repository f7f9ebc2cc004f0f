/**
 * The locales Hearth formats dates and times for. Groups meet in Canada, the UK and the US; the
 * Ottawa groups are bilingual, so fr-CA is listed for when its translation ships.
 */
export const APP_LOCALES = ['en-CA', 'en-GB', 'en-US', 'fr-CA'] as const
export type AppLocale = (typeof APP_LOCALES)[number]

/** Whether a tag (from <html lang>, the page's storage) is one of the app's locales. */
export const isAppLocale = (tag: string | null): tag is AppLocale => (APP_LOCALES as readonly (string | null)[]).includes(tag)

/**
 * 'system' follows the computer's language and region. Its schema is in localeSetting.ts: this
 * module is on the app's start-up path, which does not load the schema library.
 */
export const LOCALE_SETTINGS = ['system', ...APP_LOCALES] as const
export type LocaleSetting = (typeof LOCALE_SETTINGS)[number]

// English-speaking regions that write the day before the month and use a 24-hour clock in writing.
const DAY_FIRST_ENGLISH = new Set(['GB', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG', 'HK', 'MT'])

/** The best supported locale for one BCP 47 tag, or null for a language Hearth has no format for. */
function matchTag(tag: string): AppLocale | null {
  const [language = '', ...rest] = tag.trim().replace(/_/g, '-').split('-')
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase()
  switch (language.toLowerCase()) {
    case 'fr':
      return 'fr-CA'
    case 'en':
      if (region === 'CA') return 'en-CA'
      if (region && DAY_FIRST_ENGLISH.has(region)) return 'en-GB'
      return 'en-US'
    default:
      return null
  }
}

/**
 * The locale to use: the one chosen in Settings, or the first of the computer's preferred
 * languages Hearth can format for (a French speaker anywhere gets fr-CA, an Australian en-GB),
 * falling back to en-US.
 */
export function resolveLocale(setting: LocaleSetting, preferred: readonly string[]): AppLocale {
  if (setting !== 'system') return setting
  for (const tag of preferred) {
    const match = matchTag(tag)
    if (match) return match
  }
  return 'en-US'
}

/**
 * Each language named in itself, as a language menu does, so a person finds their own whatever
 * the screen is in. The choice that follows the computer is worded by the catalogue (settings.language.system).
 */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  'en-CA': 'English (Canada)',
  'en-GB': 'English (United Kingdom)',
  'en-US': 'English (United States)',
  'fr-CA': 'Français (Canada)'
}

/** The language a locale writes in: what the identifier checker reads a theme tag as. */
export const languageOf = (locale: AppLocale): 'en' | 'fr' => (locale === 'fr-CA' ? 'fr' : 'en')
