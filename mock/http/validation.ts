import { zhCN } from 'zod/locales'
import * as z from 'zod/mini'
import { type EndpointDef } from '../../src/services/contract'
import { ApiError } from './errors'
import { isKeptAnswer } from './kept-answer'
import { sendable } from './kept-compressed'
import { projection } from './projection'

/** zod's own messages in Chinese; the contract's custom messages still take precedence. */
export function applyChineseZodMessages(): void {
  z.config(zhCN())
}

interface Issue {
  path: readonly PropertyKey[]
  message: string
}

export function issuesToError(issues: readonly Issue[]): ApiError {
  const fields: Record<string, string> = {}
  let rootMessage: string | undefined
  for (const issue of issues) {
    const path = issue.path.map(String).join('.')
    if (path === '') rootMessage ??= issue.message
    else fields[path] ??= issue.message
  }
  const message = rootMessage ?? '填写的信息有误，请按提示修改后重试'
  return new ApiError(
    400,
    'VALIDATION_FAILED',
    message,
    Object.keys(fields).length ? fields : undefined,
  )
}

export interface RawInput {
  params: unknown
  query: unknown
  body: unknown
}

/** Validates each part the endpoint declares; undeclared parts are dropped, never passed on. */
export function validateInput(def: EndpointDef, raw: RawInput): RawInput {
  const issues: Issue[] = []
  const parse = (schema: z.ZodMiniType | undefined, value: unknown): unknown => {
    if (!schema) return undefined
    const result = z.safeParse(schema, value)
    if (result.success) return result.data
    issues.push(...result.error.issues)
    return undefined
  }
  const input = {
    params: parse(def.params, raw.params),
    query: parse(def.query, raw.query),
    body: parse(def.body, raw.body),
  }
  if (issues.length) throw issuesToError(issues)
  return input
}

/** Output is re-parsed so a handler can never leak a column the contract does not declare. */
export function checkOutput(def: EndpointDef, output: unknown): unknown {
  const result = z.safeParse(def.response, output)
  if (result.success) return result.data
  const paths = result.error.issues.map((issue) => issue.path.map(String).join('.'))
  throw new Error(`handler output does not match the contract at: ${paths.join(', ')}`)
}

/** Under jest, every answer is also parsed by zod and both must agree (see `responseJson`). */
const CROSS_CHECK = process.env.NODE_ENV === 'test'

/** An answer as sent: JSON text, or its UTF-8 bytes once a kept answer has been encoded. */
export type AnswerBody = string | Uint8Array

/**
 * Bytes sent as they are: text is measured by Fastify and encoded by Node on every send, about
 * 100 µs for a 30 KB answer.
 */
const utf8 = (text: string): Uint8Array => sendable(Buffer.from(text))

/** The JSON text of an answer as sent. */
export const answerText = (body: AnswerBody): string =>
  typeof body === 'string'
    ? body
    : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString()

/**
 * How an endpoint's answer is sent: `{data}` holding only what its contract declares, copied by
 * a projection compiled once (projection.ts) instead of re-parsed by zod per request; a kept
 * answer (kept-answer.ts) is encoded to bytes the first time only. In the test run zod parses every
 * answer too, and a difference (a projection bug, or a handler whose answer breaks the contract)
 * fails the request.
 */
export function responseJson(def: EndpointDef): (output: unknown) => AnswerBody {
  const project = projection(def.response)
  const encode = (output: unknown) => JSON.stringify({ data: project(output) })
  // Per endpoint: one answer may be projected differently by two contracts.
  const encodedOnce = new WeakMap<object, Uint8Array>()
  const json = (output: unknown): AnswerBody => {
    if (!isKeptAnswer(output)) return encode(output)
    let bytes = encodedOnce.get(output)
    if (bytes === undefined) {
      bytes = utf8(encode(output))
      encodedOnce.set(output, bytes)
    }
    return bytes
  }
  if (!CROSS_CHECK) return json
  return (output) => {
    const parsed = JSON.stringify({ data: checkOutput(def, output) })
    const projected = json(output)
    const text = answerText(projected)
    if (text !== parsed)
      throw new Error(`the response projection differs from zod's parse: ${text} ≠ ${parsed}`)
    return projected
  }
}
