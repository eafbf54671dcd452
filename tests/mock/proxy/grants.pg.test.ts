import type { Sql } from '../../../mock/db/engine'
import { claimGrant, revokeGrant } from '../../../mock/modules/family/grants'
import { createRepos } from '../../../mock/modules/repositories'
import { burst, threeInstances } from '../../support/three-instances'

const GRANTEES = 60
const now = new Date('2026-03-02T01:00:00.000Z')
const qrKey = Buffer.alloc(32, 7)

async function seed(sql: Sql) {
  const users = ['grandma', ...Array.from({ length: GRANTEES }, (_, i) => `kin${i}`)]
  await sql
    .insertInto('users')
    .values(users.map((id) => ({ id, openid: `o-${id}`, nickname: id, created_at: 't' })))
    .execute()
  await sql
    .insertInto('proxy_grants')
    .values({
      id: 'g1',
      grantor_id: 'grandma',
      grantee_kind: 'relative',
      grantee_name: '李华',
      relation: '子女',
      item_ids_json: '[]',
      days: 30,
      valid_until: '2026-04-01T00:00:00.000Z',
      claim_digits: '12345678',
      claim_qr_id: 'qr1',
      code_expires_at: '2026-03-02T01:10:00.000Z',
      created_at: '2026-03-02T00:59:00.000Z',
    })
    .execute()
}

/** Three server instances: the PostgreSQL repositories of this module over each pool. */
async function instances() {
  const { sqls, close } = await threeInstances()
  await seed(sqls[0])
  return { sqls, repos: sqls.map((sql) => createRepos(sql)), close }
}

describe('亲情代办 grants on PostgreSQL across three server instances', () => {
  test(`${GRANTEES} relatives claiming one code at once: exactly one gets the grant`, async () => {
    const { sqls, repos, close } = await instances()
    try {
      const results = await burst(GRANTEES, sqls, (_sql, i) =>
        claimGrant(repos[i % 3]!, qrKey, '12345678', `kin${i}`, now),
      )
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
      expect(won).toHaveLength(1)
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
      expect(new Set(refused.map((e) => (e as { code?: string }).code))).toEqual(
        new Set(['GRANT_CODE_USED']),
      )
      const stored = await sqls[1]
        .selectFrom('proxy_grants')
        .select('grantee_id')
        .executeTakeFirstOrThrow()
      expect(stored.grantee_id).toBe(won[0]!.grantee_id)
      const claims = await sqls[2]
        .selectFrom('proxy_audit')
        .selectAll()
        .where('action', '=', 'claimed')
        .execute()
      expect(claims.map((a) => a.actor_id)).toEqual([won[0]!.grantee_id])
    } finally {
      await close()
    }
  })

  test('60 revocations at once revoke the grant once, with one audit row', async () => {
    const { sqls, repos, close } = await instances()
    try {
      const results = await burst(60, sqls, (_sql, i) =>
        revokeGrant(repos[i % 3]!, 'g1', 'grandma', now),
      )
      expect(results.filter((r) => r.status === 'rejected')).toEqual([])
      const revocations = await sqls[0]
        .selectFrom('proxy_audit')
        .selectAll()
        .where('action', '=', 'revoked')
        .execute()
      expect(revocations).toHaveLength(1)
    } finally {
      await close()
    }
  })
})
