import { describe, expect, it } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'
import { flagged, expectCaught, expectUnflagged } from './caught'

// The classes of misses and false flags found by studying the blind set v11, each checked on notes
// written for the test (not v11's own names or places), with the near misses that must stay as they are.

describe('words of the minutes that are not names', () => {
  it('leaves a role or a number opening a sentence before a verb', () => {
    expectUnflagged('The plan was agreed. Presenter admitted the week had been hard.', 'Presenter')
    expectUnflagged('Facilitator said we would come back to it. Two said the module helped.', 'Facilitator', 'Two')
  })

  it('still reads an ordinary word opening a sentence before such a verb as a name', () => {
    expectCaught('Merit admitted she had been skipping meals.', 'Merit')
  })

  it('leaves note-taking shorthand', () => {
    expectUnflagged('Idea: end each sesh with one win. GP review sugg. Ask the ath. bfr the next trng block.', 'sesh', 'sugg', 'ath', 'bfr', 'trng')
  })
})

describe('ages and dates in French and Welsh forms', () => {
  it('reads "X a seize ans" as an age but "il y a seize ans" as a span of time', () => {
    expectCaught('Rosalie a dix-sept ans et nage au club depuis deux hivers.', 'dix-sept ans')
    expectUnflagged('Il y a seize ans que le club existe.', 'seize ans')
  })

  it('reads a bare day after a French weekday, or after "le" before a preposition', () => {
    expectCaught('Elle a rendez-vous le mardi 14, puis on verra.', '14')
    expectCaught('Il est revenu à la piscine le 9 avec son frère.', '9')
    expectUnflagged('Il porte le 9 avec fierté depuis trois saisons.', '9')
  })

  it('reads Welsh months and "oed" (years of age)', () => {
    expectCaught('Client Gwenllian (15 oed), hockey. Off school since 3 Hydref 2025.', '15 oed', '3 Hydref 2025')
  })
})

describe('record lines split by slashes or bars', () => {
  it('flags the person and the age of a record line, however ordinary the name', () => {
    expectCaught('whiteboard: ember / 16 / judo / moved clubs in spring', 'ember', '16')
    expectCaught('Card: T.R. | 14 | diving | intake Sept.', 'T.R.', '14')
    expectCaught('CAS = M.-È. Lavoie / 19 a. / escrime', 'M.-È. Lavoie', '19 a.')
  })

  it('leaves a record of role words and lines that are not records', () => {
    expectUnflagged('Client / 17 / hockey / anxious before games', 'Client')
    expectUnflagged('Sessions / week: 3 / 4 planned', 'Sessions')
  })
})

describe('people named beside titles, theorists and dashes', () => {
  it('keeps a title of address with the name', () => {
    expectCaught('Father Tomos Llewellyn, the school chaplain, asked about grief.', 'Father Tomos Llewellyn')
    expectCaught('Her grandad, Taid Emrys, drives her to the pool.', 'Taid Emrys')
  })

  it('reads a theorist\'s surname after an unknown first name as someone\'s surname', () => {
    expectCaught('The referral for Thaddeus Bandura came from the school nurse.', 'Thaddeus Bandura')
    expectCaught('update: leopold jowett, 15, back in the pool', 'leopold jowett')
    expectUnflagged("Bandura's self-efficacy model framed the plan.", 'Bandura')
  })

  it('reads the word opening a clause after a dash as the first name of a lower-case surname', () => {
    expectCaught('item 3 – valour quixley missed two sessions', 'valour quixley')
  })
})

describe('places made of ordinary words', () => {
  it('reads a place prefix or a word of the land reached by a place word', () => {
    expectCaught('She coaches in Port Hardy now.', 'Port Hardy')
    expectCaught('a goalie from Pleasant Valley who stopped eating before games', 'Pleasant Valley')
    expectCaught('They rent a flat on the Lower West Side.', 'Lower West Side')
    expectUnflagged('They talked about it in the New Year.', 'New Year')
  })

  it('takes the county, valley or street word typed after a one-word place', () => {
    expectCaught('a referee from tulare county was followed to her car', 'tulare county')
    expectCaught('moved in with an aunt on fernleigh road after the fire', 'fernleigh road')
  })

  it('reads a lower-case compass part of a town and the town a CoP is named for', () => {
    expectCaught('a rower from east end, 24, told me the erg scares her', 'east end')
    expectCaught('Glenvarloch CoP – notes by the host', 'Glenvarloch')
    expectUnflagged('Mid-west CoP minutes', 'Mid-west')
  })

  it('reads a lower-case venue of ordinary words reached with no article', () => {
    expectCaught('he takes two buses to red deer aquatic centre every morning', 'red deer aquatic centre')
    expectUnflagged('he takes two buses to high performance centre every morning', 'high performance centre')
  })
})

describe('names joined across an elision, a one-letter nickname; plates and state universities', () => {
  it("joins an elided French particle written onto the name (\"d'Aumond\") in an English sentence", () => {
    expectCaught("Her best friend rows for Aviron d'Orléans now.", "Aviron d'Orléans")
    expectCaught("Présentatrice : Anne-Sophie d'Astous (CISSS des Laurentides)", "Anne-Sophie d'Astous")
  })

  it('keeps a one-letter nickname in quotes inside the name', () => {
    expectCaught('Tavarius "T" Mabry, aged 19, was cut from the roster.', 'Tavarius "T" Mabry')
  })

  it('reads a plate after "the plate," and a state university reached by "at"', () => {
    expectCaught('the coach wrote down the plate, 7HRT519, and called it in', '7HRT519')
    expectCaught('She was nineteen, swimming at Washington State, when it started.', 'Washington State')
    expectUnflagged('The family moved to Washington State last year.', 'Washington State')
  })
})

describe('organisations named by colours, school service centres, employers and bracketed acronyms', () => {
  it('reads a team named by its colours after an article', () => {
    expectCaught('Rémi, 20 ans, joue pour le Bleu & Blanc depuis deux saisons.', 'Bleu & Blanc')
    expectCaught('Elle a signé avec le Noir et Or cet été.', 'Noir et Or')
  })

  it('reads a French school service centre with its name', () => {
    expectCaught("élève de la polyvalente, centre de services scolaire kamouraska, en arrêt depuis l'automne", 'centre de services scolaire kamouraska')
  })

  it('reads capitalised words after a verb of work as the employer', () => {
    expectCaught('Oluwaseun (aged 22) delivers for Sports Express around Leicester.', 'Sports Express')
  })

  it('reads an acronym closing a bracket after a role as an employer', () => {
    expectCaught('Honorine (présentatrice, CEPEO) parle d\'un joueur de 15 ans.', 'CEPEO')
  })
})

describe('initials before an age or a birth date', () => {
  it('reads lower-case letters heading a line with an age, or before a birth date, in either language', () => {
    expectCaught('minutes\nkt: 15yo gymnast, balks on the beam\nomar: ask about sleep', 'kt')
    expectCaught("liste d'attente : rb, né le 3 mai 1990, dossier 2026-c-0101", 'rb')
  })

  it('reads capitals, even a known abbreviation or "P.S.", before a bracketed age', () => {
    expectCaught('Case: EI (16 y.o.), squash at the county club.', 'EI')
    expectCaught('Brief one: P.S. (17-yo) left the academy in March.', 'P.S.')
    expectUnflagged('P.S. the room is booked again for next month.', 'P.S.')
  })
})

describe('ordinary words used as names, and numbered streets', () => {
  it('reads a word opening a clause before ", a N year old" as a name, and where it comes back doing something', () => {
    const note = 'reflection: thistle, a 29 year old triathlete, told me the cold helps. thistle posts her splits every night.'
    expectCaught(note, 'thistle, a 29')
    const again = note.lastIndexOf('thistle')
    expect(findIdentifiers(note).some((f) => f.start === again), JSON.stringify(flagged(note))).toBe(true)
  })

  it('reads a word in brackets after a kinship word as a name when a verb follows the bracket', () => {
    expectCaught('his aunt (robin) wants him to quit the team.', 'robin')
    expectUnflagged('Presenter (bilingual) does the sessions in French.', 'bilingual')
  })

  it('reads who an update is about, a month too, but not the month coming back after "is"', () => {
    const note = 'update on june: sleeping again, back at the pool. she says june is her hardest month.'
    expectCaught(note, 'june')
    expectUnflagged(note, 'june is')
  })

  it('reads a house number and a bare street number as an address', () => {
    expectCaught('Address: 5012 50 St, Wetaskiwin', '5012 50 St')
  })
})

describe('classes left by the v10 round', () => {
  it('joins two names across "and" after a place word, with the Nation after them', () => {
    expectCaught("a dancer from Kahkewistahaw's and Ochapowace' First Nation who quit", "Kahkewistahaw's and Ochapowace' First Nation")
  })

  it('reads a sentence opening with a bare number and "and already" as an age', () => {
    expectCaught('Rhiannon captains the surf club. 23 and already coaching the juniors.', '23')
    expectUnflagged('We met twice. 12 and 14 were the scores.', '12')
  })

  it('reads who a quick message is from', () => {
    expectCaught('hey all – quick one from serenity: my client keeps texting me at night', 'serenity')
    expectUnflagged('Lowercase note from chat: the group agreed', 'chat')
  })
})

describe('what makes a clean note draw a flag: names of techniques, injuries, models and laws', () => {
  it('leaves a name before a technique, an injury, a model or a law', () => {
    expectUnflagged('The Valsalva manoeuvre came up; the Kovacs spin is her best element.', 'Valsalva', 'Kovacs')
    expectUnflagged('Sever syndrome again: the boy thinks the pain means he is weak.', 'Sever')
    expectUnflagged('The Lazzari and Moreau two-factor model framed the talk.', 'Lazzari', 'Moreau')
    expectUnflagged("Sabrina's Law forms were handed out.", "Sabrina's Law")
  })

  it('still reads a place before "surgery" and a person before a verb', () => {
    expectCaught("Client's GP, Dr Akhtar at the Meanwood surgery, wants a letter.", 'Meanwood')
    expectCaught('Kovacs turned up late to the session.', 'Kovacs')
  })
})

describe('false flags of minutes: labels, speakers, verbs after names, descriptive clubs', () => {
  it('leaves record labels, chat speakers and the word CoP', () => {
    expectUnflagged('Name: (withheld)\nTel: 0161 496 0000\nPh: 204 555 0100', 'Tel', 'Ph')
    expectUnflagged('host (19h02): welcome back\nmember (19h05): thanks', 'host', 'member')
    expectUnflagged('School counsellor CoP (UK) – notes', 'CoP')
  })

  it('leaves what the chair said and a verb in the past after a name', () => {
    expectUnflagged('reminder from the chair: roles, never names. plan: one change.', 'roles', 'never')
    expectUnflagged("Item 3 – Ade's stepdad Kwabena pushed a linesman after the game.", 'pushed')
    expectCaught("Item 3 – Ade's stepdad Kwabena pushed a linesman after the game.", 'Kwabena')
  })

  it('leaves a club described by when it meets', () => {
    expectUnflagged('The district has told her that the lunchtime netball club ends in June.', 'lunchtime netball club')
    expectCaught('She still trains with the glenview netball club.', 'glenview netball club')
  })
})

describe('theorists and counts in clean notes', () => {
  it('leaves a theorist with his model, in brackets after a concept, or owning research', () => {
    expectUnflagged('Hayes and the hexaflex came up again; Ellis and REBT for the perfectionist.', 'Hayes', 'hexaflex', 'Ellis')
    expectUnflagged('Athletic identity (Brewer) framed the talk.', 'Brewer')
    expectUnflagged("Lindqvist's attentional focus research guided the cue.", 'Lindqvist')
    expectCaught('her coach (Brewer) yelled at the team', 'Brewer')
  })

  it('leaves a count after a possessive and a modal after a person noun', () => {
    expectUnflagged("Bandura's four sources of efficacy were on the board.", 'four')
    expectUnflagged('Write as if the client will read the notes one day.', 'will')
    expectCaught("Mia's four and loves the pool.", 'four')
  })
})

describe('sentences opened by a quotation or a heading dash', () => {
  it('reads the first word of a quoted sentence or after a short heading dash as opening a sentence', () => {
    expectUnflagged('Courriel lu à voix haute : « Bonjour, voici le dossier de la joueuse. »', 'Bonjour')
    expectUnflagged('« Rappelez-moi demain. » Groupe : confirmer le consentement.', 'Groupe')
    expectUnflagged('Point 3 – Le beau-père de la joueuse a appelé.', 'Le')
  })

  it('still reads a quoted nickname', () => {
    expectCaught('« Titou » (Tristan Bélanger) arbitre au hockey mineur.', 'Titou')
  })
})

describe('a safe name before a venue word', () => {
  it('reads the venue named after a safe name ("Canada Games Centre")', () => {
    expectCaught('Dr. Imre Szabo (sport med, Canada Games Centre) asked for help.', 'Canada Games Centre')
    expectUnflagged('She qualified for the Canada Games last winter.', 'Canada Games')
  })
})
