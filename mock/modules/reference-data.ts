import * as z from 'zod/mini'

/**
 * Validates a reference-data file (JSON next to the module that seeds it) when it is loaded. A
 * wrong record fails the start with the file and the record named, e.g.
 * `catalog/data/items/tax.json: items[3] (tax-invoice-first) › promisedDays: expected number`.
 */
export function parseReference<T extends z.ZodMiniType>(
  file: string,
  schema: T,
  data: unknown,
): z.output<T> {
  const result = z.safeParse(schema, data)
  if (result.success) return result.data
  const issues = result.error.issues.slice(0, 5).map((issue) => describe(data, issue))
  throw new Error(`参考数据 ${file} 有误：\n${issues.join('\n')}`)
}

function describe(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
  const where = path.join('').replace(/^\./, '') || '(file)'
  return `  ${where}${recordName(data, issue.path)}: ${issue.message}`
}

/** The id (or name) of the innermost record on the path, so a reader finds it in the file. */
function recordName(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data
  let name = ''
  for (const key of path) {
    if (node === null || typeof node !== 'object') break
    node = (node as Record<PropertyKey, unknown>)[key]
    if (node !== null && typeof node === 'object') {
      const { id, name: title } = node as { id?: unknown; name?: unknown }
      if (typeof id === 'string') name = id
      else if (typeof title === 'string') name = title
    }
  }
  return name === '' ? '' : ` (${name})`
}

/** `source` and `sample` on every reference-data file: where its records come from. */
export const provenance = { source: z.string().check(z.minLength(1)), sample: z.boolean() }
