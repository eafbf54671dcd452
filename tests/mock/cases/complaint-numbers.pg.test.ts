import { createCaseRepo } from '../../../mock/modules/cases/repository'
import { fileComplaint } from '../../../mock/modules/cases/complaints'
import { createComplaintRepo } from '../../../mock/modules/cases/complaints-repository'
import { addUser, burst, threeInstances } from '../../support/three-instances'

test('60 complaints filed at once on three instances get 60 different numbers of the day', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0])
    const now = new Date('2026-03-02T09:00:00+08:00')
    const results = await burst(60, sqls, (sql) =>
      fileComplaint(
        { cases: createCaseRepo(sql), complaints: createComplaintRepo(sql) },
        sql,
        'u1',
        {
          kind: 'suggestion',
          content: '希望大厅增加老年人休息座椅，等候时间长站着太累。',
        },
        now,
      ),
    )
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number] : []))
    expect(numbers).toHaveLength(60)
    expect(new Set(numbers).size).toBe(60)
    expect([...numbers].sort().at(-1)).toBe('TS202603020060')
  } finally {
    await close()
  }
})
