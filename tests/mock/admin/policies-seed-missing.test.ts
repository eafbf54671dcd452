// A database seeded before policies and bank products moved into it (PostgreSQL copies the seed
// once) gets the missing rows at start, and nothing present is overwritten.
import { addMissingLoanProducts } from '../../../mock/modules/finance/seed'
import { createPolicyContentRepo } from '../../../mock/modules/policy/content-repository'
import { addMissingPolicies } from '../../../mock/modules/policy/seed'
import { testDatabase } from '../helpers'

test('missing policies and products are added, present ones kept as they are', async () => {
  const { sql, close } = await testDatabase()
  try {
    const repo = createPolicyContentRepo(sql)
    await sql.deleteFrom('policy_history').where('policy_id', '=', 'qs-tech-voucher').execute()
    await sql.deleteFrom('policies').where('id', '=', 'qs-tech-voucher').execute()
    await sql.deleteFrom('loan_products').where('id', '=', 'hx-tech-credit').execute()
    await sql
      .updateTable('policies')
      .set({ status: 'withdrawn', edited_at: '2026-03-02T01:00:00Z' })
      .where('id', '=', 'qs-startup-rent')
      .execute()
    const version = await repo.version()

    expect(await addMissingPolicies(sql)).toBe(1)
    expect(await addMissingLoanProducts(sql)).toBe(1)
    expect((await repo.find('qs-tech-voucher'))?.status).toBe('published')
    expect((await repo.history('qs-tech-voucher')).map((h) => h.version)).toEqual([1])
    expect((await repo.find('qs-startup-rent'))?.status).toBe('withdrawn')
    expect(await repo.version()).toBe(version + 1)
    expect(await addMissingPolicies(sql)).toBe(0)
    expect(await addMissingLoanProducts(sql)).toBe(0)
  } finally {
    await close()
  }
})
