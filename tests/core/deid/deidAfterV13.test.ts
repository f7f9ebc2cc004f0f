import { describe, expect, it } from 'vitest'
import { flagged, expectCaught, expectUnflagged } from './caught'

// The classes of misses from two places, each checked on notes written for the test (not the sets'
// own names or codes), with the near misses that must stay as they are:
// - cues written before v13 was seen, from the PERSON misses older studied sets still had (scored on v13
//   blind, they changed nothing there);
// - the study of the blind set v13 (PERSON, AGE, ID, then LOCATION and ORGANIZATION).

describe('names the sentence vouches for (written before v13)', () => {
  it('reads a capitalised word opening a sentence, then a verb only people do', () => {
    expectCaught('Sable came in angry. Thorn felt the selectors ignored her.', 'Thorn')
    expectCaught('Bramble still sees the club doctor.', 'Bramble')
    expectCaught('Lumière présente une nageuse de quinze ans.', 'Lumière')
    expectUnflagged('Training felt flat. Most preferred the sigh. Family wants him at the shop.', 'Training', 'Most', 'Family')
    expectUnflagged("I'm not sure. Yerkes-Dodson got a critique.", "I'm", 'Yerkes-Dodson')
  })

  it('reads "X is a 17-yr-old" and a note that it is her real name', () => {
    expectCaught('Sorrow is a 17-yr-old diver at the club.', 'Sorrow')
    expectCaught('Thistle (yes, that is her real name) is a goalie.', 'Thistle')
    expectUnflagged('The athlete is a 15-year-old goalie.', 'athlete')
  })

  it('reads a word joined by "and" or in a list with a name as a name of the same kind', () => {
    expectCaught('Cadence and Marigold both skate for the club.', 'Cadence', 'Marigold')
    expectCaught('Juniper, Delphine and Wick are three teammates.', 'Juniper')
    expectUnflagged('Anxiety and focus were the themes.', 'Anxiety', 'focus')
  })

  it("reads whose mum, guardian or foster carer it is, a month included", () => {
    expectCaught("note: meadow's guardian called from the rink.", 'meadow')
    expectCaught("From the breakout room: April's foster carer rang.", 'April')
    expectUnflagged("The team's coach shouted.", 'team')
  })
})

describe('what the v13 round taught', () => {
  it('reads a word the note says is someone’s name, a weekday included, wherever it stands', () => {
    expectCaught("Lantern is a girl's name in her family, her aunt told us.", 'Lantern')
    expectCaught("Facilitator note: Candour is the athlete's actual first name.", 'Candour')
    expectCaught('Sorry: Friday Obi is a new member (first name Friday), not the day.', 'Friday Obi', 'Friday')
    expectCaught("her coach is wednesday btw, not the day lol. wednesday kamara-holt.", 'wednesday', 'wednesday kamara-holt')
    expectCaught("Brume c'est son vrai nom, précise le présentateur.", 'Brume')
    expectCaught("Pinson (c'est comme ça qu'on l'appelle) présente un cas.", 'Pinson')
    expectCaught('rocket is what the kids at the rink call Tobiah Marsh-Ekwueme.', 'rocket')
    expectUnflagged('The name of the game is patience. What is the name of that model?', 'game', 'What')
    expectUnflagged("L'animatrice insiste : aucun prénom dans ce compte rendu.", 'dans')
  })

  it('reads two capitalised words opening a sentence before a verb, and a quotation that opens one', () => {
    expectCaught('Aimé Castor a été coupé de son équipe le 3 mai.', 'Aimé Castor')
    expectCaught('Texto de la mère : « Soleil ne viendra pas samedi. »', 'Soleil')
    expectUnflagged('Le groupe a discuté longtemps de la saison. Rien ne change pour elle. Personne ne répond au téléphone.', 'Rien', 'Personne')
  })

  it('reads a word before "NN years old" as a name, even an English word in lower case', () => {
    expectCaught('seen at the clinic on the 3rd: wondrous, 17 years old, after a panic attack.', 'wondrous', '17 years old')
    expectCaught('Seen on 4 May: Archer, fifteen years old, after a fall.', 'Archer')
  })

  it('reads the rest of a name in letters neither English nor French has', () => {
    expectCaught('nouvelle demande : thảo vy, 15 ans, dort chez une amie.', 'thảo vy')
  })

  it('reads ages turned before "the", one of a group of people, and half a year in French', () => {
    expectCaught('still open. ottilie turned 16 the week she was cut.', '16')
    expectCaught('One of her swimmers, 14, came anyway.', '14')
    expect(flagged('athlète de seize ans et demi, peur après une chute.')).toContainEqual(['seize ans et demi', 'AGE'])
    expectUnflagged('She finished 17th in the final.', '17th')
  })

  it('reads a jersey number on the back of a shirt and a health card version typed in lower case', () => {
    expectCaught('Number #64 on the back of the hoodie.', '#64')
    expectCaught('health card 4410 227 981 kp. postal address on file.', '4410 227 981 kp')
    expectUnflagged('Ranked #1 on the list of concerns. She takes 20 mg at night.', '#1', '20 mg')
  })

  it('reads numbered roads, lower-case French venues and streets, and Welsh school names', () => {
    expectCaught('Il vit maintenant sur la route 212 chez son oncle.', 'route 212')
    expectCaught('trains alone since club de patinage de velmont moved practice.', 'club de patinage de velmont')
    expectCaught("près de l'entrée de centre des sports de boischatel.", 'centre des sports de boischatel')
    expectCaught('son logement (rue grivel) a été vendu.', 'rue grivel')
    expectCaught('postal address: 51 tarrant gardens.', '51 tarrant gardens')
    expectCaught('School request: Ysgol Bro Teifi asked for a workshop.', 'Ysgol Bro Teifi')
    expectUnflagged('Three sesions in a row; 40 min each way.', 'row', 'way')
  })
})

describe('initials and given names older studied sets still missed (after the v13 round)', () => {
  it('reads lower-case initials a person noun or a verb points at, and initials owning an action', () => {
    expectCaught('he told me that his coach, k.w., had said things i would call bullying.', 'k.w.')
    expectCaught('a parent, d.c., films every practice.', 'd.c.')
    expectCaught('from the minutes: "r.t. asked whether the boy should be referred"', 'r.t.')
    expectCaught('Grp: go slowly. MK to send a grief resource.', 'MK')
    expectUnflagged('e.g. breathing, i.e. a routine. We flew to d.c. last year. PE to stay compulsory.', 'e.g.', 'i.e.', 'd.c.', 'PE')
  })

  it('reads a capitalised word right before a surname written in letters English and French lack', () => {
    expectCaught('Sun Đặng, a 13 y/o fencer, had her kit stolen.', 'Sun Đặng')
  })

  it('reads a given name right before a surname in the same case, even a month', () => {
    expectCaught('Case: April Tremblett (13y) and her twin both play.', 'April Tremblett')
    expectUnflagged('In April Tremblett moved clubs.', 'In')
  })
})


// The study of the blind set v14, scored once with the checker at 58ff386 (tests/fixtures/README.md).
describe('what the v14 round taught', () => {
  it('reads a word whose bracket talks about names, and French "X a manqué"', () => {
    expectCaught('Thunderbird (the athlete asked to be called by his surname) plays lacrosse.', 'Thunderbird')
    expectCaught("Chair's note: Ember (the boxer's ring name) appeared in the paper.", 'Ember')
    expectCaught('note rapide : sage a manqué 3 séances, la mère écrit souvent.', 'sage')
    expectUnflagged('The model (named after Hardy) helps.', 'model')
  })

  it('reads an age standing as a sentence, "at fifteen", and an age after a colon before what they do', () => {
    expectCaught('She texted the team phone asking if it is normal. 14. Passed to the welfare officer.', '14')
    expectCaught('Her coach wants him to billet in Airdrie at sixteen.', 'sixteen')
    expectCaught('Nell was discussed again: seventeen, a hammer thrower, still not eating.', 'seventeen')
    expectUnflagged('1. Check-in\n15. Close the call at eleven o’clock.', '15', 'eleven')
  })

  it('reads a jersey number on a kit bag, bare ordinal days before a verb, roads and flats', () => {
    expectCaught('The group noticed it. #64 on the kit bag.', '#64')
    expectUnflagged('Ranked #1 on the list.', '#1')
    expectCaught('She asked that her notes from the 21st be taken out.', '21st')
    expectCaught('A letter from the council on the 22nd says she must miss the trip.', '22nd')
    expectCaught('a car accident on the A690 in November.', 'A690')
    expectUnflagged('She got the A1 grade.', 'A1')
    expectCaught('home address: apt 7, 1477 ickden road. chair repeated the rule.', 'apt 7, 1477 ickden road')
    expect(flagged('Home address: Apt 5, 1239 chemin Vercotte. The group noticed.')).toContainEqual(['Apt 5, 1239 chemin Vercotte', 'LOCATION'])
  })

  it("reads a lower-case place before its fairground, and a French team with its town after d'", () => {
    expectCaught('arriving early to tilley fairground so he can warm up.', 'tilley fairground')
    expectCaught("un joueur de soccer des Griffons d'Orléans, selon le présentateur.", "Griffons d'Orléans")
  })

  it('reads a school of ordinary words after "School:" or ending in "School" alone', () => {
    expectCaught('| Cell: on file | School: Pine County High School | Sport: rodeo', 'Pine County High School')
    expectCaught('He attends Willow Creek School now.', 'Willow Creek School')
    expectUnflagged('She teaches at the Community School on Tuesdays.', 'Community School')
  })
})

describe('lower-case teams older studied sets still missed', () => {
  it('reads the words before a practice, a game or a coach as a team when one is off the dictionary or a place', () => {
    expectCaught('moss often misses tillsonburg thunder practice.', 'tillsonburg thunder')
    expectCaught('a message after the pembroke lumber kings game; screenshot sent.', 'pembroke lumber kings')
    expectUnflagged('she missed the morning swim practice and the u14 girls game. Scope of practice came up.', 'morning swim', 'u14 girls')
  })
})

describe('a note pasted with a space before it', () => {
  it('is read as the same note: the French heads of an English note are still found', () => {
    const note = 'He trains at the Complexe sportif Branchaud-Brière now.'
    const shifted = flagged(` ${note}`)
    expect(shifted).toEqual(flagged(note))
    expect(shifted).toContainEqual(['the Complexe sportif Branchaud-Brière', 'LOCATION'])
  })
})
