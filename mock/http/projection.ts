import * as z from 'zod/mini'

type Schema = z.core.$ZodType
/** Copies what a response schema declares out of a handler's answer. */
export type Projection = (value: unknown) => unknown

const same: Projection = (value) => value

/**
 * Compiles `schema` into a function that keeps exactly what it declares: the fields of each
 * object the contract names, and nothing else — a column a handler reads but the contract does
 * not name never leaves the server. It is what `z.parse` keeps, without checking every value's
 * type on every request (TypeScript checks the handlers; the test run compares both, see
 * `responseJson`). Shapes it has no fast path for are parsed by zod as before.
 */
export function projection(schema: Schema): Projection {
  return compile(schema, new Map())
}

function compile(schema: Schema, compiled: Map<Schema, Projection>): Projection {
  const known = compiled.get(schema)
  if (known) return known
  // A schema reached again while it is compiled (a recursive `z.lazy`) calls the finished one.
  let done: Projection = same
  compiled.set(schema, (value) => done(value))
  done = build(schema as z.core.$ZodTypes, (inner) => compile(inner, compiled))
  compiled.set(schema, done)
  return done
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function build(schema: z.core.$ZodTypes, of: (inner: Schema) => Projection): Projection {
  const parsed: Projection = (value) => z.parse(schema, value)
  const def = schema._zod.def
  switch (def.type) {
    case 'object': {
      if (def.catchall) return parsed
      const fields = Object.entries(def.shape).map(([key, field]) => [key, of(field)] as const)
      return (value) => {
        if (!isRecord(value)) return parsed(value)
        const out: Record<string, unknown> = {}
        for (const [key, project] of fields) {
          const field = value[key]
          if (field !== undefined) out[key] = project(field)
        }
        return out
      }
    }
    case 'array': {
      const item = of(def.element)
      if (item === same) return same
      return (value) => {
        if (!Array.isArray(value)) return parsed(value)
        const out = new Array<unknown>(value.length)
        for (let i = 0; i < value.length; i += 1) out[i] = item(value[i])
        return out
      }
    }
    case 'optional':
    case 'nullable':
    case 'readonly': {
      const inner = of(def.innerType)
      return inner === same ? same : (value) => (value == null ? value : inner(value))
    }
    case 'lazy':
      return of(def.getter())
    case 'union':
      return union(schema as z.core.$ZodUnion, of, parsed)
    case 'tuple': {
      const items = def.items.map(of)
      const rest = def.rest ? of(def.rest) : same
      return (value) =>
        Array.isArray(value) ? value.map((item, i) => (items[i] ?? rest)(item)) : parsed(value)
    }
    case 'record': {
      const field = of(def.valueType)
      if (field === same) return same
      return (value) => {
        if (!isRecord(value)) return parsed(value)
        const out: Record<string, unknown> = {}
        for (const key of Object.keys(value)) out[key] = field(value[key])
        return out
      }
    }
    case 'string':
      // A string that zod rewrites (`z.trim()` and the like) is rewritten here too.
      return def.checks?.some((check) => check._zod.def.check === 'overwrite') ? parsed : same
    case 'number':
    case 'boolean':
    case 'literal':
    case 'enum':
    case 'null':
    case 'unknown':
    case 'any':
      return same
    default:
      return parsed
  }
}

/** A discriminated union picks its branch by the discriminator; one of plain values copies. */
function union(
  schema: z.core.$ZodUnion | z.core.$ZodDiscriminatedUnion,
  of: (inner: Schema) => Projection,
  parsed: Projection,
): Projection {
  const options = schema._zod.def.options.map(of)
  if (options.every((option) => option === same)) return same
  if (!('discriminator' in schema._zod.def)) return parsed
  const key = schema._zod.def.discriminator
  const branches = new Map<unknown, Projection>()
  schema._zod.def.options.forEach((option, i) => {
    for (const value of option._zod.propValues?.[key] ?? [])
      branches.set(value, options[i] ?? parsed)
  })
  return (value) => {
    const branch = isRecord(value) ? branches.get(value[key]) : undefined
    return branch ? branch(value) : parsed(value)
  }
}
