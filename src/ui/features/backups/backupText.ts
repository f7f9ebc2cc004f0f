import type { BackupInfo } from '../../../core/api/contract'
import type { AppLocale } from '../../../core/model/locale'
import type { Messages } from '../../../core/i18n/messages'
import { sessionDateTime } from '../../../core/i18n/dates'

/** Why a backup was taken, in the words of the current language. */
export const reasonLabel = (words: Messages['backups']['reasons'], reason: BackupInfo['reason']) => words[reason ?? 'unknown']

/** Date and time in the person's locale (Settings or the computer's) and time zone. */
export const backupDate = (takenAt: string, locale: AppLocale) => sessionDateTime(Date.parse(takenAt), locale)

/** "1.5 MB" in English, "1,5 Mo" in French: the unit and the decimal sign are the locale's. */
export function backupSize(bytes: number, locale: AppLocale): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
