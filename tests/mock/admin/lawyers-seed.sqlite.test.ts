import Database from 'better-sqlite3'
import { migrate } from '../../../mock/db/migrations'
import { seedLawyers } from '../../../mock/modules/legal/seed'

test('the seed never overwrites a lawyer profile the console edited', () => {
  const db = new Database(':memory:')
  migrate(db)
  seedLawyers(db)
  db.prepare(
    "UPDATE lawyers SET firm = '后台改过', paused_at = 't', edited_at = 't' WHERE id = 'lawyer-1'",
  ).run()
  db.prepare("UPDATE lawyers SET firm = '手工改动' WHERE id = 'lawyer-2'").run()
  seedLawyers(db)
  const rows = db
    .prepare<[], { id: string; firm: string; paused_at: string | null }>(
      "SELECT id, firm, paused_at FROM lawyers WHERE id IN ('lawyer-1', 'lawyer-2') ORDER BY id",
    )
    .all()
  expect(rows).toEqual([
    { id: 'lawyer-1', firm: '后台改过', paused_at: 't' },
    { id: 'lawyer-2', firm: '青山区公共法律服务中心（值班律师）', paused_at: null },
  ])
  db.close()
})
