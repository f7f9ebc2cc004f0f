import { describe, expect, it } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'

// The classes of AGE and ID misses found by studying the blind set v12, each checked on notes written
// for the test (not v12's own names or codes), with the near misses that must stay as they are.
// v12's PERSON misses were not studied: they are left to measure the name work blind.

const flagged = (text: string) => findIdentifiers(text).map((f) => [text.slice(f.start, f.end), f.kind] as const)

/** Whether every word of `part` is inside some finding: the scorer's notion of caught. */
function caught(text: string, part: string): boolean {
  const at = text.indexOf(part)
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`)
  const found = findIdentifiers(text)
  return [...part.matchAll(/[\p{L}\p{N}]+/gu)].every((m) => found.some((f) => f.start < at + m.index + m[0].length && f.end > at + m.index))
}

/** Whether any word of `part` is inside some finding (a false flag if `part` identifies no one). */
function touched(text: string, part: string): boolean {
  const at = text.indexOf(part)
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`)
  return findIdentifiers(text).some((f) => f.start < at + part.length && f.end > at)
}

function expectCaught(text: string, ...parts: string[]): void {
  for (const part of parts) expect(caught(text, part), `"${part}" in: ${text}\nflagged: ${JSON.stringify(flagged(text))}`).toBe(true)
}

function expectUnflagged(text: string, ...parts: string[]): void {
  for (const part of parts) expect(touched(text, part), `"${part}" in: ${text}\nflagged: ${JSON.stringify(flagged(text))}`).toBe(false)
}

describe('ages the v12 round taught', () => {
  it('reads an age label with words before its colon or equals sign, flagging the number only', () => {
    const text = 'Intake card. Age at referral: 19. Sport: rowing.'
    expectCaught(text, '19')
    expectUnflagged(text, 'Age at referral')
    expectCaught('fiche :\nâge = 13\nsport = judo', '13')
  })

  it('keeps the unit and the months with an age found beside a name or initials', () => {
    expect(flagged('Referral: Tomasz, 16 years, lives with his gran.')).toContainEqual(['16 years', 'AGE'])
    expectCaught('Card: K.L., 12 years, swims for the county.', '12 years')
    expect(flagged('Âge : 11 ans et 4 mois')).toContainEqual(['Âge : 11 ans et 4 mois', 'AGE'])
    expectCaught('She is 9 years and 2 months old by the cut-off.', '9 years and 2 months')
  })

  it('reads half years and a bare "y" in brackets', () => {
    expectCaught('We discussed Oksana (aged 15½) and her coach.', 'aged 15½')
    expect(flagged('Desmond (14 y) missed two sessions.')).toContainEqual(['(14 y)', 'AGE'])
  })

  it('reads an age stated of a boy or girl, or in chat with no apostrophe, whoever is named', () => {
    expectCaught('Dad works away most weeks. The girl is 13. She wants to quit.', '13')
    expectCaught('got moved out of his nans. hes 16. not sure who to call', '16')
    expectCaught('Three brothers, 11 and 9 and 7 – all on the same team.', '11', '9', '7')
  })

  it('reads the number field of a record split by middle dots', () => {
    expectCaught('facilitator: From the sheet: Oran Fitzwilliam · 15 · hurling · Thurles', 'Oran Fitzwilliam', '15')
  })

  it('leaves spans of time, distances and scores that look like ages', () => {
    expectUnflagged('She has 12 years of experience and moved here 15 years ago.', '12 years', '15 years')
    expectUnflagged('running late, im 40 mins away', '40')
    expectUnflagged('The under-14 girls, 20 and counting, start in May.', '20')
  })
})

describe('codes the v12 round taught', () => {
  it('reads six digits in two threes, letters and a slash, lower-case prefixes and year-letter-serial codes', () => {
    expectCaught('The email subject was "731-482" and nothing else.', '731-482')
    expectCaught('Referral ref on the letter: KT/40918.', 'KT/40918')
    expectCaught('dossier noted as "dos-557201" in the portal', 'dos-557201')
    expectCaught('Logged 14/03: R.B., 2025-C-1187, waiting list.', '2025-C-1187')
  })

  it('leaves ranges, scores and clinical or sport codes', () => {
    expectUnflagged('Between 100-200 people came; they won 112-108 in overtime.', '100-200', '112-108')
    expectUnflagged('She scored 250-400 on the old scale, then GAD-7 and covid-19 came up.', 'GAD-7', 'covid-19')
  })
})
