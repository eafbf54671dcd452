import { createFinanceRepo } from '../../../mock/modules/finance/repository'
import { addUser, burst, threeInstances } from '../../support/three-instances'

test('60 bank decisions sent at once on one loan application: exactly one is stored', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0])
    const repo = createFinanceRepo(sqls[0])
    await repo.insert({
      id: 'loan-1',
      user_id: 'u1',
      enterprise_name: '包头市青山区示例餐饮有限公司',
      product_id: 'abc-e-loan',
      bank_id: 'abc-qingshan',
      amount: 50,
      purpose: '采购原料',
      grade: 'B',
      created_at: '2026-03-02T01:00:00Z',
    })
    const results = await burst(60, sqls, (sql, i) =>
      createFinanceRepo(sql).decide(
        'loan-1',
        i % 2 === 0 ? 'accepted' : 'declined',
        `第${i}位`,
        '2026-03-03T01:00:00Z',
      ),
    )
    const stored = results.filter((r) => r.status === 'fulfilled' && r.value)
    expect(stored).toHaveLength(1)
    expect((await repo.find('loan-1'))?.status).not.toBe('submitted')
  } finally {
    await close()
  }
})
