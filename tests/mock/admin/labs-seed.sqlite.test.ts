import Database from 'better-sqlite3'
import { migrate } from '../../../mock/db/migrations'
import { seedLabs } from '../../../mock/modules/labs/seed-labs'

test('the seed brings labs to sample-labs.json but never overwrites one the console edited', () => {
  const db = new Database(':memory:')
  migrate(db)
  expect(seedLabs(db)).toBe(2)
  db.prepare(
    "UPDATE labs SET name = '后台改过的名称', edited_at = '2026-03-02T01:00:00.000Z' WHERE id = 'lab-env'",
  ).run()
  db.prepare("UPDATE labs SET name = '手工改动' WHERE id = 'lab-quality'").run()
  seedLabs(db)
  const names = db.prepare<[], string>('SELECT name FROM labs ORDER BY sort_order').pluck().all()
  expect(names).toEqual(['后台改过的名称', '包头市示例产品质量检验中心'])
  db.close()
})
