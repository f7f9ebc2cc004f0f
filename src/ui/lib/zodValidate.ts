import type { z } from 'zod'
import type { Messages } from '../../core/i18n/messages'

export type Issue = z.core.$ZodIssue

/** Turns one issue into words in the current language; a form names its own fields and falls back on issueWords. */
export type ExplainIssue = (issue: Issue) => string

/**
 * The words for an issue no field-specific message covers. The schemas in src/core/model keep
 * their English messages for the services; the screen says the same thing from the catalogue, so
 * a French form never shows English.
 */
export function issueWords(words: Messages['app']['validation'], issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return words.tooLong(Number(issue.maximum))
      return words.atMost(Number(issue.maximum))
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return words.required
      return words.atLeast(Number(issue.minimum))
    case 'invalid_type':
      return issue.expected === 'int' ? words.wholeNumber : issue.expected === 'number' ? words.number : words.invalid
    case 'invalid_format':
      return issue.format === 'email' ? words.email : words.invalid
    default:
      return words.invalid
  }
}

/** Adapts a core schema to @mantine/form: the same rules the services enforce, shown per field in the current language. */
export function zodValidate<T>(schema: z.ZodType<T>, explain: ExplainIssue) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values)
    if (result.success) return {}
    const errors: Record<string, string> = {}
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.')
      errors[key] ??= explain(issue)
    }
    return errors
  }
}
