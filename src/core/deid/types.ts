/** What kind of identifier a finding is; the kinds of the labelled corpus, and no others. */
export type IdentifierKind = 'PERSON' | 'AGE' | 'DATE' | 'LOCATION' | 'ORGANIZATION' | 'CONTACT' | 'ID'

/** A stretch of the note that identifies someone: `end` is exclusive, offsets index the string given. */
export type Finding = { start: number; end: number; kind: IdentifierKind }

/**
 * What the caller knows beyond the text. `language`: the language a note is most likely in (the
 * app's), used only where the text itself cannot tell: a theme tag of two words ("pression
 * parentale") has no function word to decide by. Sentences that can tell still decide.
 */
export interface CheckOptions {
  language?: 'en' | 'fr'
}
