/**
 * The computer's preferred languages as a process without Electron can tell them (the test host,
 * the command line): the POSIX locale variables in their order of precedence (LC_ALL, then
 * LC_MESSAGES, then LANG; "fr_CA.UTF-8" read as "fr-CA"), then the runtime's own default locale
 * (Intl's, which the operating system sets on Windows and macOS). The C and POSIX locales say
 * nothing about a language and are skipped. The Electron shell asks the OS directly instead.
 */
export function processLanguages(env: Readonly<Record<string, string | undefined>>, runtimeLocale: string): string[] {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .map((value) => (value ?? '').split(/[.@]/)[0]?.trim().replace(/_/g, '-') ?? '')
    .find((tag) => tag !== '' && !/^(c|posix)$/i.test(tag))
  return [...new Set([posix, runtimeLocale].filter((tag): tag is string => !!tag))]
}
