import { createHash } from 'node:crypto'
import type { IdempotencyRepo } from './idempotency-repository'
import { ApiError } from './errors'

export interface StoredReply {
  statusCode: number
  /** The exact bytes sent the first time, so a replay is identical. */
  json: string
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/
const TTL_MS = 24 * 60 * 60 * 1000

export function requireIdempotencyKey(header: string | string[] | undefined): string {
  if (typeof header === 'string' && KEY_PATTERN.test(header)) return header
  throw new ApiError(
    400,
    'IDEMPOTENCY_KEY_REQUIRED',
    '提交缺少有效的防重复标识（Idempotency-Key，8至128位字母、数字、-或_），请刷新页面后重新提交',
  )
}

/** JSON with sorted keys: the same body always hashes the same, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${canonicalJson(body)}`)
    .digest('hex')
}

const reused = () =>
  new ApiError(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    '该防重复标识已用于另一份不同的提交，请刷新页面后重新提交',
  )

export interface Scope {
  userId: string
  key: string
  hash: string
}

/**
 * Runs `execute` at most once per (user, key) within 24 h. `execute` is synchronous and runs
 * inside the same transaction that stores the key: a crash between the two leaves neither, and
 * a handler that throws leaves no key, so a retry runs it afresh. Being synchronous, a twin
 * request cannot start until the first has committed; it then finds the key.
 */
export function createIdempotency(repo: IdempotencyRepo, now: () => Date) {
  return function once(
    scope: Scope,
    execute: () => StoredReply,
  ): { reply: StoredReply; replayed: boolean } {
    const cutoff = new Date(now().getTime() - TTL_MS).toISOString()
    return repo.transaction(() => {
      repo.removeExpired(cutoff)
      const stored = repo.find(scope.userId, scope.key, cutoff)
      if (stored) {
        if (stored.request_hash !== scope.hash) throw reused()
        return {
          reply: { statusCode: stored.status_code, json: stored.response_body },
          replayed: true,
        }
      }
      const reply = execute()
      repo.save({
        user_id: scope.userId,
        key: scope.key,
        request_hash: scope.hash,
        status_code: reply.statusCode,
        response_body: reply.json,
        created_at: now().toISOString(),
      })
      return { reply, replayed: false }
    })
  }
}

export type Idempotency = ReturnType<typeof createIdempotency>
