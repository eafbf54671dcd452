import { fileCase } from '../../../mock/modules/cases/intake'
import { createCaseRepo } from '../../../mock/modules/cases/repository'
import { addUser, burst, threeInstances } from '../../support/three-instances'
import { addHelper, filing } from './pg'

test('60 cases filed at once on three instances: 60 numbers of the day, 20 for each of 3 帮办员', async () => {
  const { sqls, close } = await threeInstances()
  try {
    await addUser(sqls[0])
    for (const [id, name] of [
      ['h1', '李帮办'],
      ['h2', '赵帮办'],
      ['h3', '王帮办'],
    ] as const) {
      await addHelper(sqls[0], id, name)
    }
    // A restart seeds them again: nothing changes.
    for (const helper of await sqls[1].selectFrom('case_helpers').selectAll().execute()) {
      const { active: _active, ...profile } = helper
      await createCaseRepo(sqls[1]).upsertHelper(profile)
    }
    const now = new Date('2026-03-02T09:00:00+08:00')
    const results = await burst(60, sqls, (sql) => fileCase(createCaseRepo(sql), filing('u1'), now))
    const filed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
    expect(filed).toHaveLength(60)
    const numbers = filed.map((row) => row.number)
    expect(new Set(numbers).size).toBe(60)
    expect([...numbers].sort().at(-1)).toBe('QS202603020060')
    const perHelper = new Map<string | null, number>()
    for (const row of filed) perHelper.set(row.helper_id, (perHelper.get(row.helper_id) ?? 0) + 1)
    expect(Object.fromEntries(perHelper)).toEqual({ h1: 20, h2: 20, h3: 20 })
  } finally {
    await close()
  }
})
