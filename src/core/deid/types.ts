/** What kind of identifier a finding is; the kinds of the labelled corpus, and no others. */
export type IdentifierKind = 'PERSON' | 'AGE' | 'DATE' | 'LOCATION' | 'ORGANIZATION' | 'CONTACT' | 'ID'

/** A stretch of the note that identifies someone: `end` is exclusive, offsets index the string given. */
export type Finding = { start: number; end: number; kind: IdentifierKind }
