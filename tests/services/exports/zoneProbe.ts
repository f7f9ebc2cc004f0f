/**
 * Run in a child process with TZ set (see documentDates.test.ts): prints, as JSON, how the
 * documents write each given ISO date and clock time in each locale, under this process's zone.
 * Input on argv[2]: {"dates": [...], "times": [...]}.
 */
import { APP_LOCALES } from '../../../src/core/model/locale'
import { documentWords } from '../../../electron/services/exports/documentLocale'
import { summaryWording } from '../../../electron/services/exports/summaryFormat'

const { dates, times } = JSON.parse(process.argv[2] ?? '{}') as { dates: string[]; times: string[] }
const out: Record<string, { date: string[]; weekday: string[]; clock: string[]; when: string[] }> = {}
for (const locale of APP_LOCALES) {
  const words = documentWords(locale)
  const wording = summaryWording(locale)
  out[locale] = {
    date: dates.map(words.date),
    weekday: dates.map(words.weekdayDate),
    clock: times.map(words.clock),
    when: dates.map((d, i) => wording.sessionWhen(d, times[i % times.length] ?? '19:00', null))
  }
}
// The zone's offset in mid-January, in minutes west of UTC, so the test can tell the child really ran in it.
process.stdout.write(JSON.stringify({ offset: new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(), out }))
