import type { z } from 'zod'

/** Adapts a core schema to @mantine/form: the same rules the services enforce, shown per field. */
export function zodValidate<T>(schema: z.ZodType<T>) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values)
    if (result.success) return {}
    const errors: Record<string, string> = {}
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.')
      errors[key] ??= issue.message
    }
    return errors
  }
}
