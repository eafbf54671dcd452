import * as z from 'zod/mini'
import { ERROR_CODES } from '../errors'
import '../zod'

// Here, not with the codes: errors/ stays free of zod for the client's error handling.
export const ErrorCodeSchema = z.enum(ERROR_CODES)

/** Every non-2xx answer carries this body; `fields` maps a dotted path to its Chinese message. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

export const IdParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) })

export const Ok = z.object({ ok: z.literal(true) })

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  time: z.string(),
})
