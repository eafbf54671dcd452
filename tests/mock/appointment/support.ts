import type { FastifyInstance } from 'fastify'
import Database from 'better-sqlite3'
import type { Appointment } from '../../../src/services/contract'
import { authed, json, login, type ErrorJson } from '../helpers'

/** 2026-03-02 is a Monday; 青山区政务服务中心 opens 09:00–12:00 and 13:30–17:30 on weekdays. */
export const ITEM_POINT = 'sp-qs-center'
export const TUESDAY_10 = '2026-03-03T10:00:00+08:00'

let keyCounter = 0
export const newKey = () => `test-key-${String((keyCounter += 1)).padStart(6, '0')}`

export interface Answer<T> {
  status: number
  data: T
  error: ErrorJson['error']
}

export async function call<T = Appointment>(
  app: FastifyInstance,
  token: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  key: string | null = method === 'POST' && payload ? newKey() : null,
): Promise<Answer<T>> {
  const res = await app.inject(
    authed(token, {
      method,
      url,
      ...(payload && { payload }),
      ...(key && { headers: { 'idempotency-key': key } }),
    }),
  )
  const body = json<{ data: T } & ErrorJson>(res)
  return { status: res.statusCode, data: body.data, error: body.error }
}

/** Any item the centre handles, read from the seeded catalog. */
export async function itemOf(app: FastifyInstance, token: string, pointId = ITEM_POINT) {
  const res = await call<{ items: { id: string }[] }>(
    app,
    token,
    'GET',
    `/api/v1/service-points/${pointId}/items?pageSize=2`,
  )
  const [first, second] = res.data.items
  if (!first || !second) throw new Error('the point handles no items')
  return [first.id, second.id] as const
}

export function booking(itemId: string, slotStart = TUESDAY_10, pointId = ITEM_POINT) {
  return { itemId, pointId, slotStart, name: '张三', phone: '13812345678' }
}

export async function users(app: FastifyInstance, n: number, prefix = 'user'): Promise<string[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => login(app, `dev:${prefix}-${i}`)))
}

/** Makes a user of a file database window staff of `pointId`, as an administrator would. */
export function makeStaff(path: string, userId: string, pointId = ITEM_POINT): void {
  const db = new Database(path)
  try {
    db.prepare(
      `INSERT INTO role_grants (id, user_id, kind, scope_id, granted_at)
       VALUES (?, ?, 'window', ?, '2026-03-01T00:00:00Z')`,
    ).run(`grant-${userId}`, userId, pointId)
  } finally {
    db.close()
  }
}

/** Items from the stored catalog: one both points handle, one only the first handles. */
export function pickItems(
  read: <T>(sql: string, ...params: unknown[]) => T[],
  a: string,
  b: string,
) {
  const both = read<{ item_id: string }>(
    `SELECT x.item_id FROM catalog_item_points x JOIN catalog_item_points y
     ON y.item_id = x.item_id AND y.point_id = ? WHERE x.point_id = ? ORDER BY x.item_id LIMIT 1`,
    b,
    a,
  )[0]
  const onlyA = read<{ item_id: string }>(
    `SELECT item_id FROM catalog_item_points WHERE point_id = ? AND item_id NOT IN
     (SELECT item_id FROM catalog_item_points WHERE point_id = ?) ORDER BY item_id LIMIT 1`,
    a,
    b,
  )[0]
  if (!both || !onlyA) throw new Error('catalog lacks the items this test needs')
  return { both: both.item_id, onlyA: onlyA.item_id }
}
