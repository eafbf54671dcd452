import type { FastifyInstance } from 'fastify'
import type { ConsoleAuditEntry, ConsoleAuditPage } from '../../../src/services/contract'
import { send, type Answer } from './support'

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
