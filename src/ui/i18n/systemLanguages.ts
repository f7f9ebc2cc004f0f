/** The computer's preferred languages, best first (what 'system' in Settings follows). */
export const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language]
