import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentWords } from '../../../electron/services/exports/documentLocale'
import { summaryWording } from '../../../electron/services/exports/summaryFormat'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '../../..')

// Zones at both ends of the day (+14, −11), a half-hour offset, a 30-minute DST (Lord Howe),
// zones whose DST starts at midnight (Santiago; São Paulo until 2019), and a facilitator's own;
// with their offsets in mid-January (minutes west of UTC), to check each child ran in its zone.
const ZONES: [string, number][] = [
  ['UTC', 0],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
  ['America/St_Johns', 210],
  ['Australia/Lord_Howe', -660],
  ['America/Santiago', 180],
  ['America/Sao_Paulo', 180],
  ['America/Toronto', 300]
]

// Random calendar dates 1900–2100 (fixed seed: every run checks the same ones), plus the days
// clocks jump in the zones above and the year's edges.
const randomDates = fc.sample(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), { seed: 9, numRuns: 150 }).map((d) => d.toISOString().slice(0, 10))
const DATES = [...randomDates, '2026-12-08', '2026-01-01', '2026-12-31', '2028-02-29', '2018-11-04', '2019-02-16', '2026-09-06', '2026-04-05', '2026-03-29', '2026-03-08', '2026-10-04', '2026-03-28']
const TIMES = ['00:00', '00:30', '02:30', '07:05', '12:00', '19:00', '23:59']

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']

/** What the date must read, worked out from the digits and UTC arithmetic alone (no zone involved). */
function expected(iso: string) {
  const [, y, m, d] = ISO.exec(iso)!.map(Number) as [number, number, number, number]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  // French writes the first of the month as an ordinal: "1er mars".
  const frDay = d === 1 ? '1er' : String(d)
  return {
    'en-GB': { date: `${d} ${EN_MONTHS[m - 1]} ${y}`, weekday: `${EN_DAYS[weekday]} ${d} ${EN_MONTHS[m - 1]} ${y}` },
    'en-US': { date: `${EN_MONTHS[m - 1]} ${d}, ${y}`, weekday: `${EN_DAYS[weekday]}, ${EN_MONTHS[m - 1]} ${d}, ${y}` },
    'en-CA': { date: `${EN_MONTHS[m - 1]} ${d}, ${y}`, weekday: `${EN_DAYS[weekday]}, ${EN_MONTHS[m - 1]} ${d}, ${y}` },
    'fr-CA': { date: `${frDay} ${FR_MONTHS[m - 1]} ${y}`, weekday: `${FR_DAYS[weekday]} ${frDay} ${FR_MONTHS[m - 1]} ${y}` }
  }
}

describe('document dates', () => {
  it('read the same in every language’s own form: "8 December 2026", "December 8, 2026", "8 décembre 2026"', () => {
    expect(documentWords('en-GB').weekdayDate('2026-12-08')).toBe('Tuesday 8 December 2026')
    expect(documentWords('en-US').weekdayDate('2026-12-08')).toBe('Tuesday, December 8, 2026')
    expect(documentWords('fr-CA').weekdayDate('2026-12-08')).toBe('mardi 8 décembre 2026')
    expect(summaryWording('en-US').sessionWhen('2026-12-08', '19:00', '20:24')).toBe('Tuesday, December 8, 2026, 7:00 PM–8:24 PM')
    expect(summaryWording('en-GB').sessionWhen('2026-12-08', '19:00', '20:24')).toBe('Tuesday 8 December 2026, 19:00–20:24')
    expect(summaryWording('fr-CA').sessionWhen('2026-12-08', '19:00', '20:24')).toBe('mardi 8 décembre 2026, de 19\u00a0h à 20\u00a0h\u00a024')
    expect(documentWords('fr-CA').date('not a date')).toBe('not a date')
  })

  it(
    'never move a calendar date or a recorded time, whatever the machine’s time zone (a child process per zone)',
    async () => {
      const input = JSON.stringify({ dates: DATES, times: TIMES })
      const results = await Promise.all(
        ZONES.map(async ([zone]) => {
          const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/services/exports/zoneProbe.ts', input], { cwd: ROOT, env: { ...process.env, TZ: zone }, timeout: 100_000 })
          return { zone, ...(JSON.parse(stdout) as { offset: number; out: Record<string, { date: string[]; weekday: string[]; clock: string[]; when: string[] }> }) }
        })
      )
      // Each child really ran in its zone.
      expect(results.map((r) => [r.zone, r.offset])).toEqual(ZONES)
      const reference = results[0]!.out
      for (const [locale, printed] of Object.entries(reference)) {
        DATES.forEach((iso, i) => {
          const want = expected(iso)[locale as 'en-GB']
          expect(printed.date[i], `${locale} ${iso}`).toBe(want.date)
          expect(printed.weekday[i], `${locale} ${iso}`).toBe(want.weekday)
        })
      }
      expect(reference['en-GB']!.clock).toEqual(TIMES)
      expect(reference['en-US']!.clock).toEqual(['12:00 AM', '12:30 AM', '2:30 AM', '7:05 AM', '12:00 PM', '7:00 PM', '11:59 PM'])
      expect(reference['fr-CA']!.clock).toEqual(['0 h', '0 h 30', '2 h 30', '7 h 05', '12 h', '19 h', '23 h 59'].map((time) => time.replace(/ /g, '\u00a0')))
      for (const result of results) expect(result.out, result.zone).toEqual(reference)
    },
    120_000
  )
})
