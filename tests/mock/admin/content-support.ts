import type { FastifyInstance } from 'fastify'
import type {
  ConsoleAuditEntry,
  ConsoleAuditPage,
  PolicyContent,
  PolicyInput,
} from '../../../src/services/contract'
import { json, type ErrorJson } from '../helpers'
import { CHROME_LINUX, send, type Answer } from './support'

/** Calls as the seeded administrator (`dev:admin-1`) or as anyone else by token. */
export function caller(app: FastifyInstance, token: () => string) {
  return {
    get: <T>(url: string, as = token()): Promise<Answer<T>> =>
      send<T>(app, 'GET', url, { token: as }),
    post: <T>(url: string, body: object = {}, as = token()): Promise<Answer<T>> =>
      send<T>(app, 'POST', url, { token: as }, body),
    /** The audit rows of one area, newest first. */
    audit: async (area: string): Promise<ConsoleAuditEntry[]> =>
      (
        await send<ConsoleAuditPage>(app, 'GET', `/api/v1/admin/audit?area=${area}&pageSize=50`, {
          token: token(),
        })
      ).data.items,
  }
}

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
