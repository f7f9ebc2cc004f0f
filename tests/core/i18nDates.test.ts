import { describe, expect, it } from 'vitest'
import { resolveLocale } from '../../src/core/model/locale'
import { clockTime, dueDate, longDate, sessionDateTime, weekdayDate, weekdayDateTime } from '../../src/core/i18n/dates'

// 8 December 2026, 19:05 local time: a Tuesday.
const EVENING = '2026-12-08T19:05'

describe('dates and times follow the locale', () => {
  it.each([
    ['en-US', '7:05 PM', 'December 8, 2026', 'Tuesday, December 8, 2026', 'Tue, Dec 8, 2026 7:05 PM', 'Tuesday, December 8, 2026 at 7:05 PM'],
    ['en-CA', '7:05 PM', 'December 8, 2026', 'Tuesday, December 8, 2026', 'Tue, Dec 8, 2026 7:05 PM', 'Tuesday, December 8, 2026 at 7:05 PM'],
    ['en-GB', '19:05', '8 December 2026', 'Tuesday 8 December 2026', 'Tue, 8 Dec 2026 19:05', 'Tuesday 8 December 2026, 19:05'],
    ['fr-CA', '19\u00a0h\u00a005', '8 décembre 2026', 'mardi 8 décembre 2026', 'mar. 8 déc. 2026 19\u00a0h\u00a005', 'mardi 8 décembre 2026 à 19\u00a0h\u00a005']
  ] as const)('%s', (locale, time, date, weekday, list, full) => {
    expect(clockTime(EVENING, locale)).toBe(time)
    expect(longDate('2026-12-08', locale)).toBe(date)
    expect(weekdayDate('2026-12-08', locale)).toBe(weekday)
    expect(sessionDateTime(EVENING, locale)).toBe(list)
    expect(weekdayDateTime(EVENING, locale)).toBe(full)
  })

  it('writes an ISO due date in words and leaves free text as typed', () => {
    expect(dueDate('2027-01-12', 'en-GB')).toBe('12 January 2027')
    expect(dueDate('2027-01-12', 'en-US')).toBe('January 12, 2027')
    expect(dueDate(' next month ', 'en-US')).toBe('next month')
  })

  it('shows an unreadable value as it is rather than "Invalid Date"', () => {
    expect(longDate('someday', 'en-CA')).toBe('someday')
    expect(clockTime(Number.NaN, 'en-CA')).toBe('')
  })
})

describe('Canadian French writes times the OQLF way', () => {
  it('"19 h" on the hour, "19 h 30" otherwise, minutes on two digits, hours without a leading zero, never broken across lines', () => {
    expect(clockTime('2026-12-08T19:00', 'fr-CA')).toBe('19\u00a0h')
    expect(clockTime('2026-12-08T19:30', 'fr-CA')).toBe('19\u00a0h\u00a030')
    expect(clockTime('2026-12-08T09:05', 'fr-CA')).toBe('9\u00a0h\u00a005')
    expect(clockTime('2026-12-08T00:00', 'fr-CA')).toBe('0\u00a0h')
    expect(weekdayDateTime('2026-12-08T19:00', 'fr-CA')).toBe('mardi 8 décembre 2026 à 19\u00a0h')
    expect(clockTime('2026-12-08T19:00', 'fr-CA')).not.toMatch(/:/)
  })

  it('English keeps its own forms', () => {
    expect(clockTime('2026-12-08T19:00', 'en-GB')).toBe('19:00')
    expect(clockTime('2026-12-08T19:00', 'en-CA')).toBe('7:00 PM')
    expect(clockTime('2026-12-08T09:05', 'en-US')).toBe('9:05 AM')
  })
})

describe('French writes the first of the month as an ordinal', () => {
  it('1er mars, mardi 1er décembre, mar. 1er déc.; the 11th and the 21st stay plain', () => {
    expect(longDate('2026-03-01', 'fr-CA')).toBe('1er mars 2026')
    expect(weekdayDate('2026-12-01', 'fr-CA')).toBe('mardi 1er décembre 2026')
    expect(sessionDateTime('2026-12-01T19:05', 'fr-CA')).toBe('mar. 1er déc. 2026 19\u00a0h\u00a005')
    expect(longDate('2026-03-11', 'fr-CA')).toBe('11 mars 2026')
    expect(longDate('2026-03-21', 'fr-CA')).toBe('21 mars 2026')
    expect(longDate('2026-03-01', 'en-GB')).toBe('1 March 2026')
  })
})

describe('resolveLocale', () => {
  it.each([
    [['en-US'], 'en-US'],
    [['en-CA', 'fr-CA'], 'en-CA'],
    [['fr-CA', 'en-CA'], 'fr-CA'],
    [['fr-FR'], 'fr-CA'],
    [['en-GB'], 'en-GB'],
    [['en-AU'], 'en-GB'],
    [['en_IE'], 'en-GB'],
    [['en'], 'en-US'],
    [['de-DE', 'en-GB'], 'en-GB'],
    [['de-DE'], 'en-US'],
    [[], 'en-US']
  ] as const)('follows the computer (%j → %s)', (languages, expected) => {
    expect(resolveLocale('system', languages)).toBe(expected)
  })

  it('a choice in Settings wins over the computer', () => {
    expect(resolveLocale('en-GB', ['en-US'])).toBe('en-GB')
    expect(resolveLocale('fr-CA', ['en-GB'])).toBe('fr-CA')
  })
})
