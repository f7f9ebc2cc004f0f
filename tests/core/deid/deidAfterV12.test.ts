import { describe, expect, it } from 'vitest'
import { flagged, expectCaught, expectUnflagged } from './caught'

// The classes of misses found by studying the blind set v12, each checked on notes written for the test
// (not v12's own names or codes), with the near misses that must stay as they are. AGE and ID first; the
// PERSON misses were studied after the name work of branch deid12 had been scored on v12 blind.

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

describe('names that are words, where the sentence says they are someone', () => {
  it('reads a speaker tag in a chat where another speaker is named', () => {
    const text = 'tobiah: dont call it nerves in front of her\nbramble: routine first, then one cue\ntobiah: ok\nnote: revisit next week'
    expectCaught(text, 'bramble')
    expectUnflagged(text, 'note')
  })

  it('leaves lower-case labels heading lines when no speaker is named', () => {
    expectUnflagged('plan: one cue word\nupdate: she is sleeping better\nbramble: a routine to try', 'bramble', 'plan', 'update')
  })

  it("reads an action item's owner and whoever texted, but not a group, a pronoun or a thing with an article", () => {
    const text = 'Action: Journey to send the referral pathway. Action: Group to review the policy.'
    expectCaught(text, 'Journey')
    expectUnflagged(text, 'Group')
    expectCaught('marvel texted me at midnight about the camp', 'marvel')
    expectUnflagged('She texted at 2am. The club texted the parents too.', 'She', 'club')
  })

  it('reads a French word opening a sentence as a name when an age or the rest of the note says so', () => {
    expectCaught('Le groupe en a parlé longtemps. Aube a 12 ans et joue au soccer à Rimouski.', 'Aube')
    const repeated = 'Mirabelle, 11 ans, fait du patinage à Alma. Mirabelle cache des biscuits dans son sac.'
    expect(flagged(repeated).filter(([words, kind]) => words === 'Mirabelle' && kind === 'PERSON')).toHaveLength(2)
    expect(flagged('Présentes : Perle Dugré-Lanthier, Mme Ouellon\nPerle présente une patineuse de quinze ans.')).toContainEqual(['Perle', 'PERSON'])
    expectUnflagged('Le groupe en a parlé longtemps. Rendez-vous : mardi prochain au local habituel.', 'Rendez-vous')
  })

  it('keeps the Irish particle with its surname and initials before a role in brackets', () => {
    expectCaught('Check-in: Ó Dochartaigh asked whether the club knew.', 'Ó Dochartaigh')
    expectCaught('Present: TM (chair), Rosalind, Mr. Adeyemi-Clarke', 'TM')
  })
})
