import { describe, expect, it } from 'vitest'
import { distinctThemes, shortConfidentiality, summaryWording, textBlocks } from '../../../electron/services/exports/summaryFormat'

// British English: the form every summary was printed in before documents followed the app's language.
const { dueText, overUnder, rebalanceSentence, scheduledWhen, sessionWhen, signedMinutes } = summaryWording('en-GB')

describe('session summary wording', () => {
  it('prints dates with their weekday whatever the machine’s time zone', () => {
    expect(sessionWhen('2026-12-08', '19:00', '20:24')).toBe('Tuesday 8 December 2026, 19:00–20:24')
    expect(sessionWhen('2027-01-01', '07:30', null)).toBe('Friday 1 January 2027, from 07:30')
    expect(scheduledWhen('2027-01-12T19:00')).toBe('Tuesday 12 January 2027, 19:00')
  })

  it('signs minutes over and under with a true minus, and names items that never ran', () => {
    expect([3, -2, 0].map((n) => signedMinutes(n))).toEqual(['+3', '\u22122', 'on time'])
    expect(overUnder({ plannedMinutes: 10, actualMinutes: null, skipped: true })).toBe('skipped')
    expect(overUnder({ plannedMinutes: 10, actualMinutes: null, skipped: false })).toBe('not reached')
    expect(overUnder({ plannedMinutes: 10, actualMinutes: 13, skipped: false })).toBe('+3')
    expect([0, 1, 2, 5].map((n) => rebalanceSentence(n))).toEqual([
      'The timings were not rebalanced during the session.',
      'The timings of the remaining items were rebalanced once during the session.',
      'The timings of the remaining items were rebalanced twice during the session.',
      'The timings of the remaining items were rebalanced 5 times during the session.'
    ])
  })

  it('prints ISO due dates in words and free text as typed', () => {
    expect(dueText('2026-12-15')).toBe('15 December 2026')
    expect(dueText('next session')).toBe('next session')
    expect(dueText('  ')).toBe('—')
  })

  it('deduplicates themes across items, ignoring case and spacing, keeping the first spelling', () => {
    expect(distinctThemes([{ themes: ['Boundaries', 'Dual  roles'] }, { themes: ['boundaries', ' dual roles', 'Scope', ''] }])).toEqual(['Boundaries', 'Dual roles', 'Scope'])
  })

  it('keeps paragraphs and line breaks of typed text, dropping blank edges', () => {
    expect(textBlocks('\n\nOne\r\ntwo  \n\n \n\nThree\n')).toEqual([['One', 'two'], ['Three']])
    expect(textBlocks('  \n ')).toEqual([])
  })

  it('shortens the statement for the footer to its first sentence, or its first words', () => {
    expect(shortConfidentiality('What is shared here stays here. Cases are de-identified.')).toBe('What is shared here stays here.')
    expect(shortConfidentiality('Chatham House rules')).toBe('Chatham House rules')
    const long = shortConfidentiality(`${'word '.repeat(60)}end.`)
    expect(long.length).toBeLessThanOrEqual(140)
    expect(long.endsWith('word…')).toBe(true)
  })
})
