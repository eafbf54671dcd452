import type { Sql } from '../../../mock/db/engine'
import { createPolicyRepo } from '../../../mock/modules/policy/repository'
import { burst, threeInstances } from '../../support/three-instances'

async function seed(sql: Sql) {
  await sql
    .insertInto('users')
    .values({ id: 'boss', openid: 'o', nickname: 'n', created_at: 't' })
    .execute()
  await sql
    .insertInto('enterprises')
    .values({ id: 'e1', user_id: 'boss', name: '青山小店', uscc: 'U', created_at: 't' })
    .execute()
}

describe('政策订阅 and 企业画像 on PostgreSQL across three server instances', () => {
  test('60 subscriptions at once: all answered, one row, the first date kept', async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      const results = await burst(60, sqls, (sql, i) =>
        createPolicyRepo(sql).subscribe('e1', `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`),
      )
      expect(results.filter((r) => r.status === 'rejected')).toEqual([])
      const rows = await sqls[1].selectFrom('policy_subscriptions').selectAll().execute()
      expect(rows).toHaveLength(1)
      await createPolicyRepo(sqls[2]).subscribe('e1', '2026-12-31')
      expect(await createPolicyRepo(sqls[2]).subscribedSince('e1')).toBe(rows[0]!.since)
    } finally {
      await close()
    }
  })

  test('60 profile saves at once: all answered, one profile, one of the saves', async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      const forms = Array.from({ length: 60 }, (_, i) => JSON.stringify({ employees: String(i) }))
      const results = await burst(60, sqls, (sql, i) =>
        createPolicyRepo(sql).saveProfile('e1', forms[i]!, `2026-03-02T01:00:${i}`),
      )
      expect(results.filter((r) => r.status === 'rejected')).toEqual([])
      const rows = await sqls[1].selectFrom('enterprise_profiles').selectAll().execute()
      expect(rows).toHaveLength(1)
      expect(forms).toContain(rows[0]!.form_json)
    } finally {
      await close()
    }
  })
})
