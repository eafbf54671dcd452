import type { FastifyInstance } from 'fastify'
import type { Appointment } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
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

/** Makes a user window staff of `pointId`, as an administrator would. */
export async function makeStaff(sql: Sql, userId: string, pointId = ITEM_POINT): Promise<void> {
  await sql
    .insertInto('role_grants')
    .values({
      id: `grant-${userId}`,
      user_id: userId,
      kind: 'window',
      scope_id: pointId,
      granted_at: '2026-03-01T00:00:00Z',
    })
    .execute()
}

/** Items from the stored catalog: one both points handle, one only the first handles. */
export async function pickItems(sql: Sql, a: string, b: string) {
  const handledBy = (point: string) =>
    sql.selectFrom('catalog_item_points').select('item_id').where('point_id', '=', point)
  const both = await handledBy(a)
    .where('item_id', 'in', handledBy(b))
    .orderBy('item_id')
    .limit(1)
    .executeTakeFirst()
  const onlyA = await handledBy(a)
    .where('item_id', 'not in', handledBy(b))
    .orderBy('item_id')
    .limit(1)
    .executeTakeFirst()
  if (!both || !onlyA) throw new Error('catalog lacks the items this test needs')
  return { both: both.item_id, onlyA: onlyA.item_id }
}
