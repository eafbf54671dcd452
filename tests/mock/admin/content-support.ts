import type { FastifyInstance } from 'fastify'
import type { PolicyContent, PolicyInput } from '../../../src/services/contract'
import { json, type ErrorJson } from '../helpers'
import { CHROME_LINUX, type Answer } from './support'

/** One console request with the administrator's bearer token (GET, POST or PUT). */
export async function admin<T>(
  app: FastifyInstance,
  token: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
): Promise<Answer<T>> {
  const headers: Record<string, string> = {
    'user-agent': CHROME_LINUX,
    authorization: `Bearer ${token}`,
  }
  if (method === 'POST') headers['idempotency-key'] = crypto.randomUUID()
  const res = await app.inject({
    method,
    url,
    headers,
    ...(method !== 'GET' && { payload: (payload ?? {}) as object }),
  })
  const body = json<{ data: T } & ErrorJson>(res)
  return { status: res.statusCode, data: body.data, error: body.error, cookie: undefined }
}

/** The editable part of a stored policy, as the console form sends it back. */
export const inputOf = ({ id: _id, ...policy }: PolicyContent): PolicyInput => policy
