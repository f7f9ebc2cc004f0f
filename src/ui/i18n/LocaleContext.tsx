import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { messagesFor, type Messages } from '../../core/i18n/messages'
import { resolveLocale, type AppLocale, type LocaleSetting } from '../../core/model/locale'
import { arrivedReply, call } from '../lib/api'

export const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language]

const LocaleContext = createContext<{ locale: AppLocale; setSetting: (setting: LocaleSetting) => void }>({
  locale: resolveLocale('system', systemLanguages()),
  setSetting: () => undefined
})

/**
 * Holds the locale every date and time on screen is written in: the one chosen in Settings, or
 * the computer's. Until the settings have loaded the computer's is used, so nothing waits for it.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  // The settings read ahead at start-up are usually back by now: the first render is in their language.
  const [setting, setSetting] = useState<LocaleSetting>(() => {
    const early = arrivedReply('settings/get', {})
    return early?.ok ? early.data.locale : 'system'
  })
  useEffect(() => {
    let live = true
    void call('settings/get', {}).then((result) => {
      if (live && result.ok) setSetting(result.data.locale)
    })
    return () => {
      live = false
    }
  }, [])
  const locale = resolveLocale(setting, systemLanguages())
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  return <LocaleContext.Provider value={{ locale, setSetting }}>{children}</LocaleContext.Provider>
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
export const useT = (): Messages => messagesFor(useLocale())
