import type { Sql } from '../../../mock/db/engine'
import { createServicePointRepo } from '../../../mock/modules/points/repository'
import { addPoint, threeInstances } from '../booking/pg'

let close: () => Promise<void> = async () => undefined
afterAll(() => close())

/** The points search spells LIKE differently on PostgreSQL; it must find what SQLite finds. */
test('search ignores ASCII case, takes % literally and matches features', async () => {
  const opened = await threeInstances()
  close = opened.close
  const [sql] = opened.instances as [Sql]
  await addPoint(sql, 'sp-a')
  await addPoint(sql, 'sp-b')
  await sql
    .updateTable('service_points')
    .set({ name: 'ETC 服务点', sort_order: 2 })
    .where('id', '=', 'sp-b')
    .execute()
  await sql
    .insertInto('service_point_features')
    .values([
      { point_id: 'sp-a', feature: '帮办代办', position: 0 },
      { point_id: 'sp-a', feature: '自助终端', position: 1 },
    ])
    .execute()
  const repo = createServicePointRepo(sql)
  const ids = async (q: string) => (await repo.list({ q })).map((p) => p.id)
  expect(await ids('etc')).toEqual(['sp-b'])
  expect(await ids('帮办')).toEqual(['sp-a'])
  expect(await ids('%')).toEqual([])
  expect((await repo.findById('sp-a'))?.features).toEqual(['帮办代办', '自助终端'])
  expect(await repo.list({ kind: 'center' })).toHaveLength(2)
  expect(await repo.count()).toBe(2)
})
