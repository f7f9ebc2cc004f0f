import type { z } from 'zod'

const RELOAD = 'Reload Hearth and try again.'

const count = (n: unknown, one: string, many: string) => (Number(n) === 1 ? `1 ${one}` : `${String(n)} ${many}`)

/**
 * zod's default messages ("Invalid input: expected string, received undefined") are for
 * developers. This error map, passed at parse time, replaces them with a sentence a person can act
 * on; a schema's own message (e.g. "Give the group a name.") still wins, as zod ranks it higher.
 * dispatch adds the field's name after it.
 */
export const readableIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Fill this in; it is required.'
      if (issue.expected === 'string') return 'Enter text here.'
      if (issue.expected === 'number' || issue.expected === 'int') return 'Enter a number here.'
      if (issue.expected === 'boolean') return 'Choose yes or no here.'
      return `This part of the request is not in the form Hearth expects. ${RELOAD}`
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Fill this in; it cannot be empty.' : `Use at least ${count(issue.minimum, 'character', 'characters')}.`
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? 'Choose at least one.' : `Choose at least ${String(issue.minimum)}.`
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive === false ? `Use a number above ${String(issue.minimum)}.` : `Use a number of at least ${String(issue.minimum)}.`
      return `This value is too small. ${RELOAD}`
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${count(issue.maximum, 'character', 'characters')}.`
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at most ${String(issue.maximum)}.`
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return issue.inclusive === false ? `Use a number below ${String(issue.maximum)}.` : `Use a number of at most ${String(issue.maximum)}.`
      return `This value is too large. ${RELOAD}`
    case 'invalid_format':
      return 'This is not in the expected format; check it and try again.'
    case 'not_multiple_of':
      return `Use a multiple of ${String(issue.divisor)}.`
    case 'invalid_value': {
      const simple = issue.values.length > 0 && issue.values.length <= 8 && issue.values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      return simple ? `Choose one of: ${issue.values.map((v) => String(v)).join(', ')}.` : `This value is not one Hearth accepts. ${RELOAD}`
    }
    case 'unrecognized_keys':
      return `This request holds fields Hearth does not know. ${RELOAD}`
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `This part of the request is not in a form Hearth accepts. ${RELOAD}`
    default:
      return `This value is not valid; check it and try again.`
  }
}
