import { describe, expect, it } from 'vitest'
import { flagged, expectCaught, expectNotCaught } from './caught'

// The classes of misses found by studying the blind set v10, each checked on notes written for the
// test (not v10's own names or places), with the near misses that must stay unflagged.

describe('ages written in record lines, in French words or after a compound person noun', () => {
  it('reads French numbers written out before "ans" as an age, but not a span of time', () => {
    expectCaught('La cliente est une nageuse de seize ans qui ne dort plus avant les compétitions.', 'seize ans')
    expectCaught('Un entraîneur de cinquante-trois ans a quitté le club.', 'cinquante-trois ans')
    expectNotCaught('Elle nage depuis douze ans au même club.', 'douze ans')
    expectNotCaught('Il a joué pendant trois ans.', 'trois ans')
  })

  it('reads the French "Âge :" label like "Age:"', () => {
    expectCaught('Nom : Odilon Ferland\nÂge : 41\nSport : curling', '41')
  })

  it('reads a bare number opening a slash-separated line after a name', () => {
    expectCaught('CASE: Marigold Penhaligon\n15 / diving / county squad', '15')
    expectNotCaught('Plan for the week\n3 / 4 sessions done', '3')
  })

  it('reads the number after a nickname in quotes and brackets', () => {
    expectCaught('client = Anselme (« Sam »), 15\nsport = tennis', '15')
  })

  it('reads ", NN," after a hyphenated person noun', () => {
    expectCaught('She described a para-swimmer, 27, who lost her guide.', '27')
    expectNotCaught('She described a para-swimming camp, 27, in total.', '27')
  })
})

describe('dates and phone extensions (after studying v10)', () => {
  it('reads French month abbreviations with two l', () => {
    expectCaught('Elle a été filmée le 4 juill. au vestiaire.', '4 juill')
  })

  it('reads "the 13th" closing a record item', () => {
    expectCaught('Athlete: Ruben · 16 · rowing · seen the 13th · plan: sleep', '13th')
  })

  it('reads a bare day after "le" at the end of a French clause, not a count', () => {
    expectCaught('Elle a fait une crise au tournoi le 9, peux-tu la voir?', '9')
    expectNotCaught('Elle a choisi le 9 comme numéro de chandail.', '9')
  })

  it('keeps a French or English extension with the phone number', () => {
    expectCaught('Il a laissé un message au (418) 555-0172, poste 31.', '(418) 555-0172, poste 31')
    expectCaught('Call the clinic at 613-555-0190 ext. 4.', '613-555-0190 ext. 4')
  })
})

describe('the edges of place names and places no reader named (after studying v10)', () => {
  it('keeps a compass point with a street, before or after it', () => {
    expectCaught('Her coach lives on N Lyndale Ave, two doors down.', 'N Lyndale Ave')
    expectCaught('The family moved to 14th Street E last month.', '14th Street E')
  })

  it('reads a numbered street without a house number', () => {
    expectCaught('They share a flat on 3rd Ave with his cousin.', '3rd Ave')
    expectNotCaught('She finished 3rd at provincials.', '3rd')
  })

  it('reads a holiday or month naming a street', () => {
    expectCaught('They lost the flat on Christmas Road last winter.', 'Christmas Road')
    expectNotCaught('She went home over Christmas and slept.', 'Christmas')
  })

  it('reads a compass part of a town and a name before "City"', () => {
    expectCaught('Lives in the East End now, near the rink.', 'East End')
    expectCaught('He commutes from Old West End every day.', 'Old West End')
    expectCaught('Retired teacher, 70, bowls, Carson City.', 'Carson City')
  })

  it('reads where a fixture is played, whatever the word, but not when or whether', () => {
    expectCaught('Next away fixture: Relay, 06/22. Small-town dual roles came up again.', 'Relay')
    expectCaught('Their fixture at Banner Elk was moved.', 'Banner Elk')
    expectNotCaught('Next fixture: Saturday, at home.', 'Saturday')
    expectNotCaught('Next fixture: Home vs the league leaders.', 'Home')
  })

  it('takes in an elided article, a saint, an institution and a campus', () => {
    expectCaught('La coureuse de L\'Anse-Saint-Jean a une fracture de stress.', "L'Anse-Saint-Jean")
    expectCaught('texted Bryony about the st ives case – she wants a call.', 'st ives')
    expectCaught('Accepted at College of the Siskiyous in March.', 'College of the Siskiyous')
    expectCaught('Dropped out of University of Wisconsin at Oshkosh last fall.', 'University of Wisconsin at Oshkosh')
  })

  it('joins a place reached by "to" with its "in", or an address item with its "of the"', () => {
    expectCaught('he won\'t go back to Barton in Fabis on sunday', 'Barton in Fabis')
    expectCaught('lives 22 N Main St, Back of the Hill, with his aunt.', 'Back of the Hill')
  })
})

describe('people in record lines, brackets, handles and nicknames (after studying v10)', () => {
  it('reads initials before a written-out age, as a speaker after a "Mc" speaker, and in lower case in a list or heading', () => {
    expectCaught('TR, sixteen years old, moved from the Pumas to the Comets mid-season.', 'TR')
    expectCaught('Minutes\nDMcK: the slide showed a student number.\nOF: removed.', 'DMcK', 'OF')
    expectCaught('minutes 3/4\npresent: jd, rosa, mr. vance\njd: 15 yo swimmer who freezes on the blocks', 'jd: 15')
    expectCaught('athlete: tw · 12 · judo · seen 02.03.26', 'tw', '12')
  })

  it('reads a one-word name in brackets after a person noun, but not a description', () => {
    expectCaught('mum (zuleika) wants him to quit. grp: listen first', 'zuleika')
    expectNotCaught('Presenter (bilingual) runs the sessions in French.', 'bilingual')
    expectNotCaught('His dad (deceased) was a coach too.', 'deceased')
  })

  it('reads the word owning a handle that contains it as a name, everywhere in the note', () => {
    const note = "Harbour's family moved again. Harbour's account: @harbour_swims."
    expect(flagged(note).filter(([t, kind]) => t === 'Harbour' && kind === 'PERSON')).toHaveLength(2)
    const french = 'retour : est-ce que sunny peut jouer? compte de sunny : @sunny.dives'
    expect(flagged(french).filter(([t, kind]) => t === 'sunny' && kind === 'PERSON')).toHaveLength(2)
  })

  it('brings back a capitalised name that is a word when it owns something', () => {
    expectCaught('The coach wants Ivory dropped for the final. Ivory\'s best friend plays for the Comets.', "Ivory's")
  })

  it('keeps a quoted nickname inside a full name, and a first name before a lone initial', () => {
    expectCaught('small group: rosalind "bean" trelawney\'s scholarship is reviewed in may.', 'rosalind "bean" trelawney')
    expectCaught('note from phone: client is ferdinand k., 15, plays rugby.', 'ferdinand k.')
  })

  it('keeps a word opening a French sentence as a name when an age follows it', () => {
    expectCaught('Violette (15) fait du ski de fond avec le club et travaille le samedi.', 'Violette')
  })

  it('takes the run-together surname after a titled lower-case first name', () => {
    expectCaught('letter from coach blossom goodfellow: she was cleared to return.', 'coach blossom goodfellow')
  })
})

describe('organisations with a club word before the name, after "plays at", or across a French elision (after studying v10)', () => {
  it('takes in a club or co-op word written before the name', () => {
    expectCaught('mrs. pryce (cpd machynlleth) rings her after every loss.', 'cpd machynlleth')
    expectCaught('Elle patine avec le CPA L\'Assomption depuis trois ans.', "CPA L'Assomption")
    expectCaught('He stacks shelves at Co-op Pharmacy three nights a week.', 'Co-op Pharmacy')
  })

  it('reads a lower-case team after "plays at", but not a time or a level', () => {
    expectCaught("her best friend plays at kimberley dynamiters. plan: one small step", 'kimberley dynamiters')
    expectNotCaught('she plays at weekends and trains on tuesdays.', 'weekends')
    expectNotCaught('he plays at a high level now.', 'high level')
  })

  it('keeps reading a French organisation across an elided "d\'"', () => {
    expectCaught('Il fréquente une école du Conseil d\'éducation du District scolaire Sud. Le père est inquiet.', "Conseil d'éducation du District")
  })
})

describe('note-taking shorthand, kinship words and sport terms are not names (after studying v10)', () => {
  it('leaves "grp", "cch", "sess", "athl", grandparents in Welsh and Gaelic, and sport terms unflagged', () => {
    const note = 'Discussion: the cch sees a discipline issue, the grp saw an anxiety one. End each sess. with a win, pres to bring a case; meet the athl where they are. Her taid and seanair both played shinty and camogie; grandad drives her to the early drills.'
    expect(flagged(note)).toEqual([])
  })
})
