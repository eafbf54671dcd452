import { createTestingRepo } from '../../../mock/modules/labs/repository'
import { addUser, burst, threeInstances } from '../../support/three-instances'

test('60 reports sent at once for one sampling booking: exactly one is stored', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0])
    const repo = createTestingRepo(sqls[0])
    await repo.insert({
      id: 'b1',
      user_id: 'u1',
      lab_id: 'lab-env',
      service: 'air',
      day: '2026-03-04',
      slot: 'am',
      address: '幸福路1号',
      contact: '张三',
      phone: '13800000000',
      created_at: '2026-03-02T01:00:00Z',
    })
    const results = await burst(60, sqls, (sql, i) =>
      createTestingRepo(sql).saveReport('b1', JSON.stringify({ n: i })),
    )
    const stored = results.filter((r) => r.status === 'fulfilled' && r.value)
    expect(stored).toHaveLength(1)
    expect((await repo.find('b1'))?.report_json).not.toBeNull()
  } finally {
    await close()
  }
})
