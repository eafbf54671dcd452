import type { Sql } from '../../../mock/db/engine'
import { createAgentGrants } from '../../../mock/modules/account/identity/agents'
import { burst } from '../../support/three-instances'
import { accountInstances, refusals } from './instances'

const now = new Date('2026-03-02T01:00:00.000Z')
const FIRM = { uscc: '91150204MA0N123450', name: '包头市青山区示例科技有限公司' }
const AGENT = { name: '李经办', idNumber: '150204199001010011' }

/** The 法定代表人 (bound to the firm), the named 经办人 (verified), and an open grant. */
async function seed(sql: Sql) {
  await sql
    .insertInto('users')
    .values([
      {
        id: 'rep',
        openid: 'o-rep',
        nickname: 'rep',
        created_at: 't',
        real_name: '张法人',
        id_number: '150204198001010012',
      },
      {
        id: 'agent',
        openid: 'o-agent',
        nickname: 'agent',
        created_at: 't',
        real_name: AGENT.name,
        id_number: AGENT.idNumber,
      },
    ])
    .execute()
  await sql
    .insertInto('enterprises')
    .values({ id: 'ent-rep', user_id: 'rep', ...FIRM, created_at: 't', basis: 'legal_rep' })
    .execute()
  await sql
    .insertInto('enterprise_agent_grants')
    .values({
      id: 'g1',
      uscc: FIRM.uscc,
      enterprise_name: FIRM.name,
      grantor_id: 'rep',
      agent_name: AGENT.name,
      agent_id_number: AGENT.idNumber,
      scopes_json: '["finance"]',
      days: 30,
      valid_until: '2026-04-01T01:00:00.000Z',
      claim_code: '12345678',
      code_expires_at: '2026-03-03T01:00:00.000Z',
      created_at: '2026-03-02T00:00:00.000Z',
    })
    .execute()
}

async function instances() {
  const { sqls, repos, close } = await accountInstances()
  await seed(sqls[0])
  return { sqls, grants: repos.map((r) => createAgentGrants(r)), close }
}

const auditOf = (sql: Sql, action: string) =>
  sql.selectFrom('enterprise_agent_audit').selectAll().where('action', '=', action).execute()

describe('经办人 grants on PostgreSQL across three server instances', () => {
  test('one code claimed 60 times at once binds the firm once, with one audit row', async () => {
    const { sqls, grants, close } = await instances()
    try {
      const results = await burst(60, sqls, (_sql, i) =>
        grants[i % 3]!.claim('agent', '12345678', now),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      expect(refusals(results)).toEqual({ NOT_FOUND: 59 })
      expect(await auditOf(sqls[1], 'claimed')).toHaveLength(1)
      const bindings = await sqls[2]
        .selectFrom('enterprises')
        .select(['basis', 'agent_grant_id'])
        .where('user_id', '=', 'agent')
        .execute()
      expect(bindings).toEqual([{ basis: 'agent', agent_grant_id: 'g1' }])
    } finally {
      await close()
    }
  })

  test('60 revocations at once revoke the grant once, with one audit row', async () => {
    const { sqls, grants, close } = await instances()
    try {
      await grants[0]!.claim('agent', '12345678', now)
      const results = await burst(60, sqls, (_sql, i) =>
        grants[i % 3]!.revoke('rep', 'ent-rep', 'g1', now),
      )
      expect(refusals(results)).toEqual({})
      expect(await auditOf(sqls[1], 'revoked')).toHaveLength(1)
      const binding = await sqls[2]
        .selectFrom('enterprises')
        .select('basis')
        .where('user_id', '=', 'agent')
        .executeTakeFirstOrThrow()
      expect(binding.basis).toBe('unproven')
    } finally {
      await close()
    }
  })
})
