import type { z } from 'zod'
import type { ErrorWords } from '../errors'

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue

/**
 * zod's default messages ("Invalid input: expected string, received undefined") are for
 * developers. This turns an issue into a sentence a person can act on, in the app's language;
 * dispatch adds the field's name after it.
 */
export function issueSentence(words: ErrorWords['validation'], issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return words.required
      if (issue.expected === 'string') return words.text
      if (issue.expected === 'number' || issue.expected === 'int') return words.number
      if (issue.expected === 'boolean') return words.yesNo
      return words.notInForm
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? words.empty : words.atLeastCharacters(Number(issue.minimum))
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? words.chooseOne : words.chooseAtLeast(Number(issue.minimum))
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive === false ? words.numberAbove(Number(issue.minimum)) : words.numberAtLeast(Number(issue.minimum))
      return words.tooSmall
    case 'too_big':
      if (issue.origin === 'string') return words.atMostCharacters(Number(issue.maximum))
      if (issue.origin === 'array' || issue.origin === 'set') return words.chooseAtMost(Number(issue.maximum))
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive === false ? words.numberBelow(Number(issue.maximum)) : words.numberAtMost(Number(issue.maximum))
      return words.tooLarge
    case 'invalid_format':
      return words.format
    case 'not_multiple_of':
      return words.multipleOf(Number(issue.divisor))
    case 'invalid_value': {
      const simple = issue.values.length > 0 && issue.values.length <= 8 && issue.values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      return simple ? words.oneOf(issue.values.map((v) => String(v)).join(', ')) : words.notAccepted
    }
    case 'unrecognized_keys':
      return words.unknownFields
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return words.notAcceptedForm
    default:
      return words.invalid
  }
}

/**
 * The error map dispatch passes at parse time. A schema's own message (e.g. "Give the group a
 * name.") still wins, as zod ranks it higher; those messages are English, so in another language
 * dispatch writes the issue again with issueSentence.
 */
export const readableIssue =
  (words: ErrorWords['validation']): z.core.$ZodErrorMap =>
  (issue) =>
    issueSentence(words, issue)
