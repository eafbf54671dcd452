import type { FastifyInstance } from 'fastify'
import type { ActingGrant, Grant } from '../../../src/services/contract'
import { call, type Answer } from '../appointment/support'

export { call }

export function grantBody(itemIds: string[], overrides: object = {}) {
  return {
    granteeKind: 'relative',
    granteeName: '李明',
    relation: '孙子',
    itemIds,
    days: 7,
    ...overrides,
  }
}

export const createGrant = (app: FastifyInstance, token: string, body: object) =>
  call<Grant>(app, token, 'POST', '/api/v1/proxy/grants', body)

export const claim = (app: FastifyInstance, token: string, code: string) =>
  call<ActingGrant>(app, token, 'POST', '/api/v1/proxy/claims', { code }, null)

/** A grant for `itemIds` from `grantor`, claimed by `grantee` with the read-aloud digits. */
export async function claimedGrant(
  app: FastifyInstance,
  grantor: string,
  grantee: string,
  itemIds: string[],
): Promise<Grant> {
  const created = await createGrant(app, grantor, grantBody(itemIds))
  if (created.status !== 201 || !created.data.code) throw new Error(JSON.stringify(created.error))
  const claimed: Answer<ActingGrant> = await claim(app, grantee, created.data.code.digits)
  if (claimed.status !== 200) throw new Error(JSON.stringify(claimed.error))
  return created.data
}
