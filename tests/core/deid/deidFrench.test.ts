import { describe, expect, it } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'
import { frenchListLoaded } from '../../../src/core/deid/lexicon/fullFrench'
import { frenchSpans } from '../../../src/core/deid/text/language'
import { tokenize } from '../../../src/core/deid/text/tokenize'

const flagged = (text: string) => findIdentifiers(text).map((f) => text.slice(f.start, f.end))
const frenchParts = (text: string) => frenchSpans(text).map((s) => text.slice(s.start, s.end).trim())

// First, before any French note: English notes never decode the French list (it is ~300k words).
describe('the French word list', () => {
  it('stays closed while the notes are English, and opens for the first French sentence', () => {
    findIdentifiers('Met with Jordan Price (16) after practice on March 3. She trains at the Centre sportif de Gatineau.')
    expect(frenchListLoaded()).toBe(false)
    findIdentifiers('Elle dit que la natation est son seul moment à elle.')
    expect(frenchListLoaded()).toBe(true)
  })
})

describe('which sentences are French', () => {
  it('decides per sentence, so a note can switch', () => {
    const text = 'She said her coach yells a lot. Elle pleure après chaque entraînement. Mom is relieved.'
    expect(frenchParts(text)).toEqual(['Elle pleure après chaque entraînement.'])
  })

  it('leaves an English note with a French name English', () => {
    expect(frenchSpans('Anaïs, 13, skates with Club de patinage de Saint-Laurent and lives in Trois-Rivières.')).toEqual([])
  })

  it('gives a short line its paragraph’s language', () => {
    const text = 'Le père a appelé ce matin pour parler de son fils.\nTél. : 819-555-0133'
    expect(frenchParts(text)).toEqual([text])
  })
})

describe('French words', () => {
  it('are not flagged in French prose, accents, elisions and all', () => {
    expect(flagged("Aujourd'hui, l'athlète s'entraîne avec l'équipe; c'est qu'elle n'a plus confiance depuis l'été.")).toEqual([])
    expect(flagged('On a parlé de l’entretien motivationnel et de la pleine conscience avec les membres du groupe.')).toEqual([])
  })

  it('split an elision from the word it leans on', () => {
    const text = "Elle étudie à l'École secondaire de l'Île et vient d'Orléans."
    const words = tokenize(text, frenchSpans(text)).map((t) => t.text)
    expect(words).toEqual(['Elle', 'étudie', 'à', 'École', 'secondaire', 'de', 'Île', 'et', 'vient', 'Orléans'])
    expect(flagged(text)).toEqual(["École secondaire de l'Île", 'Orléans'])
  })

  it('still flag an unknown lower-case word or a name', () => {
    expect(flagged('Elle joue au soccer avec golnaz depuis deux ans.')).toContain('golnaz')
    expect(flagged('Le père de Mathis a appelé hier.')).toContain('Mathis')
  })

  it('do not excuse a lower-case name in an English note', () => {
    expect(flagged('met w jordan after practice, his mum says hes tired')).toContain('jordan')
  })
})

describe('French identifier shapes', () => {
  it('dates leave out the article and the weekday', () => {
    expect(flagged('Rencontre prévue le lundi 3 mars 2026 au local habituel.')).toEqual(['3 mars 2026'])
    expect(flagged('Elle a chuté le 1er novembre et depuis le 3 févr. elle a peur.')).toEqual(['1er novembre', '3 févr.'])
    expect(flagged('Elle voit une psychologue depuis janvier 2026.')).toEqual(['janvier 2026'])
  })

  it('ages, with "âgé de" as one phrase', () => {
    expect(flagged('Le nageur, âgé de 14 ans, veut arrêter.')).toEqual(['âgé de 14 ans'])
    expect(flagged('Une joueuse (15 ans) et une nageuse âgée de 16 ans.')).toEqual(['15 ans', 'âgée de 16 ans'])
    expect(flagged('Le consentement d’un mineur de 14 ans et plus suffit au Québec.')).toEqual([])
  })

  it('titles join the names they go with', () => {
    expect(flagged('Suivi avec Mme Drouin et la Dre Fortier, puis avec M. et Mme Lapointe.')).toEqual(['Mme Drouin', 'Dre Fortier', 'M. et Mme Lapointe'])
  })

  it('places, addresses, schools, clubs and teams', () => {
    expect(flagged('Adresse : 5120, rue Jarry Est, Montréal.')).toEqual(['5120, rue Jarry Est', 'Montréal'])
    expect(flagged('Il joue pour les Griffons de l’Outaouais et nage au Club de natation de Longueuil.')).toEqual(['Griffons de l’Outaouais', 'Club de natation de Longueuil'])
    expect(flagged('Référée par le CISSS de l’Outaouais et vue au CLSC Petite-Nation.')).toEqual(['CISSS de l’Outaouais', 'CLSC Petite-Nation'])
    expect(flagged('Il vit à Saint-Jean-sur-Richelieu.')).toEqual(['Saint-Jean-sur-Richelieu'])
  })

  it('bodies, techniques and model authors are safe', () => {
    expect(flagged("On a relu le code de déontologie de l'Ordre des psychologues du Québec et les lignes de l'OPQ et de l'OTSTCFQ.")).toEqual([])
    expect(flagged("Ressources : Sport'Aide, l'Association canadienne des entraîneurs et le modèle de Hardy.")).toEqual([])
  })
})

describe('French dates in ranges and short forms', () => {
  it('reads "du 3 au 5 mars", "les 12 et 13 avril" and "5 fév." as dates', () => {
    const text = 'Le tournoi a lieu du 8 au 10 mars; la réunion suivante, les 12 et 13 avril. Procès-verbal de la rencontre du 5 fév. à Gatineau.'
    const found = flagged(text)
    expect(found).toContain('8 au 10 mars')
    expect(found).toContain('12 et 13 avril')
    expect(found).toContain('5 fév.')
  })
})
