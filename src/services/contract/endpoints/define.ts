import type * as z from 'zod/mini'
import '../zod'

export interface EndpointDef {
  summary: string
  /** false only for health and sign-in. */
  auth: boolean
  /** A creating POST: the client sends an Idempotency-Key and the server requires it. */
  creates?: true
  params?: z.ZodMiniType
  query?: z.ZodMiniType
  body?: z.ZodMiniType
  response: z.ZodMiniType
}
