import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { en } from '../../core/i18n/en'
import type { Messages } from '../../core/i18n/messages'
import { resolveLocale, type AppLocale, type LocaleSetting } from '../../core/model/locale'
import { arrivedReply, call } from '../lib/api'
import { loadedWords, loadWords } from './catalogues'
import { systemLanguages } from './systemLanguages'
import { keepLastLocale } from './localeHint'

export { systemLanguages }

const LocaleContext = createContext<{ locale: AppLocale; words: Messages; setSetting: (setting: LocaleSetting) => void }>({
  locale: 'en-US',
  words: en,
  setSetting: () => undefined
})

/** The setting a window starts with: the one read ahead at start-up if it is back, else the computer's. */
const startingSetting = (): LocaleSetting => {
  const early = arrivedReply('settings/get', {})
  return early?.ok ? early.data.locale : 'system'
}

/**
 * The locale the first render will be in. main.tsx loads its words before rendering anything, so
 * a French window is French from its first frame, not English for a moment.
 */
export const startingLocale = (): AppLocale => resolveLocale(startingSetting(), systemLanguages())

/**
 * Holds the locale every word, date and time on screen is written in: the one chosen in Settings,
 * or the computer's. Until the settings have loaded the computer's is used, so nothing waits for
 * it. A language whose words have not loaded yet is shown once they have; until then the screen
 * stays in the language it was in.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  // The settings read ahead at start-up are usually back by now: the first render is in their language.
  const [setting, setSetting] = useState<LocaleSetting>(startingSetting)
  useEffect(() => {
    let live = true
    void call('settings/get', {}).then((result) => {
      if (live && result.ok) setSetting(result.data.locale)
    })
    return () => {
      live = false
    }
  }, [])
  const wanted = resolveLocale(setting, systemLanguages())
  const [lastShown, setLastShown] = useState<AppLocale>(() => (loadedWords(wanted) ? wanted : 'en-US'))
  const [, setArrivals] = useState(0)
  const ready = loadedWords(wanted) !== undefined
  const locale = ready ? wanted : lastShown
  useEffect(() => {
    if (ready) return setLastShown(wanted)
    let live = true
    void loadWords(wanted).then(
      () => live && setArrivals((n) => n + 1),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [wanted, ready])
  useEffect(() => {
    document.documentElement.lang = locale
    keepLastLocale(locale)
  }, [locale])
  const value = useMemo(() => ({ locale, words: loadedWords(locale) ?? en, setSetting }), [locale])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

/** The locale to format with; components that show dates call this so a change in Settings re-renders them. */
export const useLocale = (): AppLocale => useContext(LocaleContext).locale

/** For the Settings screen: apply a newly saved choice at once. */
export const useSetLocaleSetting = () => useContext(LocaleContext).setSetting

/**
 * The words of the current language: `const t = useT()`, then `t.live.startSession` or
 * `t.live.plannedSummary(items, minutes)`. Every word on screen comes from here (a test fails on
 * text written straight into a component), so switching the language in Settings changes them all.
 */
export const useT = (): Messages => useContext(LocaleContext).words
