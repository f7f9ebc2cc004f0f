import type { IdentifierKind } from '../deid'

/** What a flag becomes when the note-taker replaces it: the kind, not the person. */
export const PLACEHOLDERS = {
  PERSON: '[CLIENT]',
  AGE: '[AGE]',
  DATE: '[DATE]',
  LOCATION: '[PLACE]',
  ORGANIZATION: '[ORG]',
  CONTACT: '[CONTACT]',
  ID: '[ID]'
} as const satisfies Record<IdentifierKind, string>

/**
 * Only names, organisations and places read better as a consistent stand-in ("Person A said…");
 * an age or a phone number has no useful pseudonym, so those kinds only get a placeholder. The
 * words follow the app's language (the catalogue's `notes.pseudonymStems`); these are the English.
 */
export type PseudonymStems = Partial<Record<IdentifierKind, string>>

export const PSEUDONYM_STEMS: PseudonymStems = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  LOCATION: 'Place'
}

/** A, B, … Z, AA, AB, … — the nth label, from 0. */
export function letterLabel(n: number): string {
  let label = ''
  let rest = n
  do {
    label = String.fromCharCode(65 + (rest % 26)) + label
    rest = Math.floor(rest / 26) - 1
  } while (rest >= 0)
  return label
}

/** Placeholders already in a note ("[CLIENT]") are the result of de-identifying, not identifiers. */
export const PLACEHOLDER_PATTERN = /\[(?:CLIENT|AGE|DATE|PLACE|ORG|CONTACT|ID)\]/g
