import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import Database from 'better-sqlite3'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp, type AppOptions } from '../../mock/app'
import { idNumberCheckChar, usccCheckChar } from '../../src/services/contract'

export function fakeClock(start = '2026-03-02T09:00:00+08:00') {
  let ms = new Date(start).getTime()
  return {
    now: () => new Date(ms),
    advance: (delta: number) => {
      ms += delta
    },
  }
}

/**
 * Rate limits are raised ×1000 here: suites call from one address on a clock that stands still.
 * The real limits are checked in tests/mock/security/rate-limits.test.ts (`rateLimitFactor: 1`).
 */
export function testApp(options: Partial<AppOptions> = {}) {
  const clock = fakeClock()
  const app = buildApp({
    databasePath: ':memory:',
    now: clock.now,
    rateLimitFactor: 1000,
    ...options,
  })
  return { app, clock }
}

/** A file database the test can also read directly, to check what the server stored. */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'qs-mock-'))
  const path = join(dir, 'app.db')
  return {
    path,
    read<T>(sql: string, ...params: unknown[]): T[] {
      const db = new Database(path, { readonly: true })
      try {
        return db.prepare<unknown[], T>(sql).all(...params)
      } finally {
        db.close()
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export function logCapture() {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString())
      callback()
    },
  })
  return { stream, text: () => chunks.join('') }
}

let addressCounter = 0
/** Each sign-in from its own address, so tests do not trip the per-IP sign-in limit. */
export async function login(app: FastifyInstance, code = 'dev:device-1'): Promise<string> {
  addressCounter += 1
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/wechat-login',
    payload: { code },
    remoteAddress: `10.0.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`,
  })
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`)
  return json<{ data: { token: string } }>(response).data.token
}

export function json<T = { data: unknown }>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T
}

export interface ErrorJson {
  error: { code: string; message: string; fields?: Record<string, string> }
}

export function authed(token: string, options: InjectOptions): InjectOptions {
  return { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } }
}

/** A valid 居民身份证号 of 青山区 (150204) with the given birth date and sequence. */
export function makeIdNumber(birth = '19900307', sequence = '123', region = '150204'): string {
  const body = `${region}${birth}${sequence}`
  return body + idNumberCheckChar(body)
}

/** A valid 统一社会信用代码 of a 青山区 company. */
export function makeUscc(organisation = 'MA0N12345'): string {
  const body = `91150204${organisation}`
  return body + usccCheckChar(body)
}

/** Same code, last character swapped for another valid-looking one. */
export function breakCheckChar(code: string): string {
  const last = code.slice(-1)
  return code.slice(0, -1) + (last === '1' ? '2' : '1')
}
