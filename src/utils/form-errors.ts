import type { Schema } from '../services/contract'

/** First message per field, from the same contract schema the server validates with. */
export function formErrors(schema: Schema, values: unknown): Record<string, string> {
  const result = schema.safeParse(values)
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const field = issue.path.join('.')
    errors[field] ??= issue.message
  }
  return errors
}
