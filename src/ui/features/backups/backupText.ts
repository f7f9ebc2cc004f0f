import type { BackupInfo } from '../../../core/api/contract'
import type { AppLocale } from '../../../core/model/locale'
import { sessionDateTime } from '../../../core/i18n/dates'

export const REASON_LABELS: Record<NonNullable<BackupInfo['reason']>, string> = {
  'live-interval': 'During a live session',
  'session-end': 'End of a session',
  manual: 'Backed up by you',
  'before-restore': 'Before a restore'
}

export const reasonLabel = (reason: BackupInfo['reason']) => (reason ? REASON_LABELS[reason] : 'Unknown')

/** Date and time in the person's locale (Settings or the computer's) and time zone. */
export const backupDate = (takenAt: string, locale: AppLocale) => sessionDateTime(Date.parse(takenAt), locale)

export function backupSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte']
  return new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
