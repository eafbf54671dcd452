import { createHash } from 'node:crypto'

import { inTransaction, type Sql } from '../db/engine'
import { ApiError } from './errors'
import type { IdempotencyRepo } from './idempotency-repository'

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
 * Runs `execute` at most once per (user, key) within 24 h. The key is claimed first, in the
 * transaction `execute` runs in: a crash leaves neither the record nor the key, and a handler
 * that throws leaves no key, so a retry runs it afresh. A twin request waits for the first
 * (SQLite: the connection; PostgreSQL: the key's unique index) and then replays its answer.
 */
export function createIdempotency(sql: Sql, repo: IdempotencyRepo, now: () => Date) {
  return function once(
    scope: Scope,
    execute: () => Promise<StoredReply>,
  ): Promise<{ reply: StoredReply; replayed: boolean }> {
    const at = now()
    return inTransaction(sql, async () => {
      await repo.removeExpired(new Date(at.getTime() - TTL_MS).toISOString())
      const claim = { user_id: scope.userId, key: scope.key, request_hash: scope.hash }
      if (!(await repo.claim({ ...claim, created_at: at.toISOString() }))) {
        const stored = await repo.find(scope.userId, scope.key)
        if (!stored || stored.request_hash !== scope.hash) throw reused()
        return {
          reply: { statusCode: stored.status_code, json: stored.response_body },
          replayed: true,
        }
      }
      const reply = await execute()
      await repo.complete(scope.userId, scope.key, {
        status_code: reply.statusCode,
        response_body: reply.json,
      })
      return { reply, replayed: false }
    })
  }
}

export type Idempotency = ReturnType<typeof createIdempotency>
