import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { findIdentifiers } from '../../../src/core/deid'
import { flagContext, flagsIn, foldFlagText, unresolvedFlags } from '../../../src/core/notes/flags'
import { EMPTY_ITEM_NOTES, EMPTY_NOTES, type Notes } from '../../../src/core/notes/notesSchema'
import { PLACEHOLDERS, letterLabel } from '../../../src/core/notes/placeholders'
import { pseudonymFor, replaceEverywhere, replaceInNotes, replaceSpan } from '../../../src/core/notes/replace'
import { notesExpired } from '../../../src/core/notes/retention'
import { resolveFlag } from '../../../src/core/notes/resolve'
import { frCA } from '../../../src/core/i18n/fr-CA'

const ITEM = 'item-0001-case'
const notesWith = (summary: string, extra: Partial<Notes> = {}): Notes => ({
  ...EMPTY_NOTES,
  items: { [ITEM]: { ...EMPTY_ITEM_NOTES, summary } },
  ...extra
})

describe('placeholder replacement', () => {
  test.prop([fc.string({ maxLength: 200 }), fc.nat(), fc.nat(), fc.constantFrom(...Object.values(PLACEHOLDERS))])(
    'keeps every character before and after the span, at the same offset from its end',
    (text, a, b, placeholder) => {
      const start = Math.min(a, b) % (text.length + 1)
      const end = Math.min(text.length, start + (Math.max(a, b) % (text.length - start + 1)))
      const out = replaceSpan(text, start, end, placeholder)
      expect(out.slice(0, start)).toBe(text.slice(0, start))
      expect(out.slice(start, start + placeholder.length)).toBe(placeholder)
      expect(out.slice(start + placeholder.length)).toBe(text.slice(end))
      expect(out.length).toBe(text.length - (end - start) + placeholder.length)
    }
  )

  it('refuses a span outside the text', () => {
    expect(() => replaceSpan('abc', 2, 5, 'x')).toThrow(RangeError)
  })

  test.prop([fc.array(fc.constantFrom('Sam', 'said', 'Samuel', ' ', '.', 'sam', '\n', "Sam's"), { maxLength: 30 })])(
    'replacing a name everywhere leaves no whole-word occurrence and touches nothing else',
    (parts) => {
      const text = parts.join('')
      const out = replaceEverywhere(text, 'Sam', '[CLIENT]')
      expect(out).not.toMatch(/(?<![\p{L}\p{N}])Sam(?![\p{L}\p{N}])/u)
      expect(out.replaceAll('[CLIENT]', 'Sam')).toBe(text)
    }
  )

  it('matches a capitalised name in its exact case only, so the word stays', () => {
    expect(replaceEverywhere('Hope said there is hope.', 'Hope', '[CLIENT]')).toBe('[CLIENT] said there is hope.')
    expect(replaceEverywhere('sam and Sam', 'sam', '[CLIENT]')).toBe('[CLIENT] and [CLIENT]')
    expect(replaceEverywhere('the St. Mary’s Saints', "St. Mary's Saints", '[ORG]')).toBe('the [ORG]')
  })

  it('replaces through every field, theme and action of the session', () => {
    const notes: Notes = {
      ...EMPTY_NOTES,
      items: {
        [ITEM]: {
          themes: ['Sam and pressure'],
          summary: 'Sam is anxious.',
          questions: 'What helps Sam?',
          reflections: '',
          actions: [{ id: 'action-0001', text: 'Call Sam', ownerId: null, due: '', done: false }]
        }
      }
    }
    const out = replaceInNotes(notes, 'Sam', 'Person A')
    expect(JSON.stringify(out)).not.toContain('Sam')
    expect(out.items[ITEM]?.actions[0]?.text).toBe('Call Person A')
  })
})

describe('pseudonyms', () => {
  it('gives the same stand-in to the same person all session, and the next letter to the next', () => {
    const first = pseudonymFor(EMPTY_NOTES, 'Sam', 'PERSON')
    expect(first?.pseudonym).toBe('Person A')
    const again = pseudonymFor(first!.notes, 'sam', 'PERSON')
    expect(again?.pseudonym).toBe('Person A')
    expect(pseudonymFor(first!.notes, 'Jo', 'PERSON')?.pseudonym).toBe('Person B')
    expect(pseudonymFor(first!.notes, 'Riverside Rockets', 'ORGANIZATION')?.pseudonym).toBe('Organisation A')
    expect(pseudonymFor(EMPTY_NOTES, '14', 'AGE')).toBeNull()
  })

  it('writes the stand-in in the app’s language, and keeps one already given', () => {
    const stems = frCA.notes.pseudonymStems
    const first = pseudonymFor(EMPTY_NOTES, 'Marcel Dubois', 'PERSON', stems)
    expect(first?.pseudonym).toBe('Personne A')
    expect(pseudonymFor(first!.notes, 'Club de judo de Hull', 'ORGANIZATION', stems)?.pseudonym).toBe('Organisme A')
    expect(pseudonymFor(first!.notes, 'Masham', 'LOCATION', stems)?.pseudonym).toBe('Lieu A')
    // Switching the app to English later does not rename Marcel in notes that already say "Personne A".
    expect(pseudonymFor(first!.notes, 'marcel dubois', 'PERSON')?.pseudonym).toBe('Personne A')
    // …and the next person, in English, does not share Marcel's letter.
    expect(pseudonymFor(first!.notes, 'Jo', 'PERSON')?.pseudonym).toBe('Person B')
  })

  test.prop([fc.nat({ max: 20_000 })])('letter labels are unique and alphabetic', (n) => {
    expect(letterLabel(n)).toMatch(/^[A-Z]+$/)
    expect(letterLabel(n)).not.toBe(letterLabel(n + 1))
  })
})

describe('flags', () => {
  const context = (notes: Notes, safe: string[] = []) => flagContext(notes, safe)

  it('flags a name, an age and a team, and none of the placeholders Hearth wrote', () => {
    const text = 'Sam, 14, plays for the Riverside Rockets.'
    expect(flagsIn(text, context(EMPTY_NOTES)).map((f) => [f.text, f.kind])).toEqual([
      ['Sam', 'PERSON'],
      ['14', 'AGE'],
      ['Riverside Rockets', 'ORGANIZATION']
    ])
    expect(flagsIn('[CLIENT], [AGE], plays for the [ORG] in [PLACE].', context(EMPTY_NOTES))).toEqual([])
  })

  it('leaves a capitalised team’s or place’s "the" in the note though the checker covers it', () => {
    const text = 'Sam plays for the Riverside Rockets, lives in the Annapolis Valley; his sister plays for the hillcrest harriers.'
    const covered = findIdentifiers(text).map((f) => text.slice(f.start, f.end))
    expect(covered).toContain('the Riverside Rockets')
    expect(flagsIn(text, context(EMPTY_NOTES)).map((f) => f.text)).toEqual(['Sam', 'Riverside Rockets', 'Annapolis Valley', 'the hillcrest harriers'])
  })

  it('still flags the age next to a name once the name is replaced', () => {
    const named = pseudonymFor(EMPTY_NOTES, 'Sam', 'PERSON')!.notes
    for (const text of ['Person A, 15, plays in goal.', '[CLIENT], 15, plays in goal.'])
      expect(flagsIn(text, context(named)).map((f) => [f.text, f.kind])).toEqual([['15', 'AGE']])
  })

  it('drops dismissed and safe-listed texts, keeps confirmed ones marked as settled', () => {
    const text = 'Hope talked to Sam about Yerkes.'
    const notes = notesWith(text, {
      decisions: [
        { text: 'hope', decision: 'dismissed' },
        { text: 'Sam', decision: 'confirmed' }
      ]
    })
    const flags = flagsIn(text, context(notes, ['Yerkes']))
    expect(flags.map((f) => [f.text, f.state])).toEqual([['Sam', 'confirmed']])
    expect(unresolvedFlags(notes, ['Yerkes'])).toEqual([])
    expect(unresolvedFlags(notesWith(text), []).map((f) => f.text)).toContain('Sam')
  })

  it('finds flags in themes and action texts too', () => {
    const notes: Notes = {
      ...EMPTY_NOTES,
      items: { [ITEM]: { ...EMPTY_ITEM_NOTES, themes: ['Sam’s dad'], actions: [{ id: 'action-0001', text: 'Email jo@example.org', ownerId: null, due: '', done: false }] } }
    }
    const spots = unresolvedFlags(notes, []).map((f) => f.spot.field)
    expect(spots).toEqual(expect.arrayContaining(['themes', 'actions']))
  })

  it('folds case, spacing and curly quotes', () => {
    expect(foldFlagText('  St  Mary’s ')).toBe("st mary's")
  })
})

describe('retention', () => {
  it('expires notes on the same day N calendar months later, clamped to the month’s end', () => {
    expect(notesExpired('2026-03-15T18:00', 3, '2026-06-14')).toBe(false)
    expect(notesExpired('2026-03-15T18:00', 3, '2026-06-15')).toBe(true)
    expect(notesExpired('2026-01-31T18:00', 1, '2026-02-28')).toBe(true)
    expect(notesExpired('2026-01-31T18:00', 1, '2026-02-27')).toBe(false)
    expect(notesExpired('2023-12-31T18:00', 2, '2024-02-29')).toBe(true)
    expect(notesExpired('2026-01-01T18:00', null, '2099-01-01')).toBe(false)
    expect(notesExpired('2026-11-01T18:00', 14, '2027-12-31')).toBe(false)
    expect(notesExpired('2026-11-01T18:00', 14, '2028-01-01')).toBe(true)
  })
})

describe('resolving a flag', () => {
  const notes: Notes = {
    ...EMPTY_NOTES,
    items: { [ITEM]: { ...EMPTY_ITEM_NOTES, summary: 'Sam, 14, trains 14 hours.', questions: 'Does Sam sleep?' } }
  }
  // Offsets are taken from the notes as they stand, as the UI's fresh flags are.
  const flagOf = (text: string, kind: 'PERSON' | 'AGE', from: Notes = notes) => {
    const start = from.items[ITEM]!.summary.indexOf(text)
    return { itemId: ITEM, spot: { field: 'summary' as const }, start, end: start + text.length, kind, text, state: 'open' as const }
  }

  it('replaces a name in every field, and an age only where it was flagged', () => {
    const named = resolveFlag(notes, flagOf('Sam', 'PERSON'), 'pseudonym')
    expect(named.items[ITEM]).toMatchObject({ summary: 'Person A, 14, trains 14 hours.', questions: 'Does Person A sleep?' })
    expect(named.pseudonyms).toEqual([{ text: 'Sam', kind: 'PERSON', pseudonym: 'Person A' }])
    const aged = resolveFlag(named, flagOf('14', 'AGE', named), 'replace')
    expect(aged.items[ITEM]?.summary).toBe('Person A, [AGE], trains 14 hours.')
  })

  it('records one decision per text, the latest winning', () => {
    const dismissed = resolveFlag(notes, flagOf('Sam', 'PERSON'), 'dismiss')
    const confirmed = resolveFlag(dismissed, flagOf('Sam', 'PERSON'), 'confirm')
    expect(confirmed.decisions).toEqual([{ text: 'Sam', decision: 'confirmed' }])
    expect(unresolvedFlags(confirmed, []).map((f) => f.text)).not.toContain('Sam')
  })
})
