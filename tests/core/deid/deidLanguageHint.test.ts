import { describe, expect, it } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'
import { flagContext, flagsInNotes } from '../../../src/core/notes/flags'
import { EMPTY_ITEM_NOTES, EMPTY_NOTES, type Notes } from '../../../src/core/notes/notesSchema'

// A theme tag has no function word to tell its language by. Read as English, French words the
// English lists do not know were taken for names; the caller's language decides such text only.
const words = (text: string, language?: 'en' | 'fr') => findIdentifiers(text, language ? { language } : undefined).map((f) => `${text.slice(f.start, f.end)}:${f.kind}`)

describe('the language hint', () => {
  it('reads text that cannot tell its own language as French when told to', () => {
    for (const tag of ['anxiété précompétitive', 'pression parentale', 'sommeil', 'perfectionnisme', 'épuisement']) {
      expect(words(tag, 'fr'), tag).toEqual([])
      // Without the hint the text is read as English, as before (what this hint is for).
      expect(words(tag).length, tag).toBeGreaterThan(0)
    }
  })

  it('still finds people, places, ages and dates in a French-read tag', () => {
    expect(words('Julie Tremblay', 'fr')).toEqual(['Julie Tremblay:PERSON'])
    expect(words('Gatineau', 'fr')).toEqual(['Gatineau:LOCATION'])
    expect(words('14 ans', 'fr')).toEqual(['14 ans:AGE'])
    expect(words('le 3 mars', 'fr')).toEqual(['3 mars:DATE'])
    expect(words('coach Sam', 'fr')).toEqual(['coach Sam:PERSON'])
  })

  it('leaves a sentence that can tell its language to decide for itself', () => {
    const english = 'Sam, 15, plays for the Ottawa Titans and was seen on March 3.'
    expect(words(english, 'fr')).toEqual(words(english))
    const french = 'Léa Gagnon, 15 ans, joue pour les Olympiques de Gatineau depuis le 3 mars.'
    expect(words(french, 'en')).toEqual(words(french))
  })
})

describe('notes: only theme tags take the app’s language', () => {
  const notes: Notes = {
    ...EMPTY_NOTES,
    items: { a: { ...EMPTY_ITEM_NOTES, themes: ['pression parentale', 'Julie Tremblay'], summary: 'Athlete: Merit | Age: 29 | Town: Viroqua' } }
  }

  it('French tags are not flagged, a name in a tag is, and a summary reads as it always did', () => {
    const french = flagsInNotes(notes, [], 'fr').map((f) => `${f.spot.field}:${f.text}`)
    const english = flagsInNotes(notes, [], 'en').map((f) => `${f.spot.field}:${f.text}`)
    expect(french).toContain('themes:Julie Tremblay')
    expect(french).not.toContain('themes:parentale')
    expect(english).toContain('themes:parentale')
    // A record line with no function word in a summary is not read as French under a French app.
    const summary = (list: string[]) => list.filter((f) => f.startsWith('summary:'))
    expect(summary(french)).toEqual(summary(english))
    expect(summary(french)).toEqual(expect.arrayContaining(['summary:Merit', 'summary:Age: 29', 'summary:Viroqua']))
  })

  it('the language is part of the context, and absent when not given', () => {
    expect(flagContext(notes, [], 'fr').language).toBe('fr')
    expect('language' in flagContext(notes, [])).toBe(false)
  })
})
