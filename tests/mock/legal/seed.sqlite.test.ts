import Database from 'better-sqlite3'
import { migrate } from '../../../mock/db/migrations'
import { LAWYER_SEED, seedLawyers } from '../../../mock/modules/legal/seed'
import { devOpenid } from '../../../mock/auth/code2session'

test('lawyers are seeded as users of their dev handles with the lawyer role, and seeding again changes nothing', () => {
  const db = new Database(':memory:')
  migrate(db)
  expect(seedLawyers(db)).toBeGreaterThan(0)
  expect(seedLawyers(db)).toBe(0)
  const rows = db
    .prepare<[], { openid: string; role: string; name: string }>(
      `SELECT u.openid, g.kind AS role, l.name FROM lawyers l JOIN users u ON u.id = l.user_id
       JOIN role_grants g ON g.user_id = u.id AND g.revoked_at IS NULL ORDER BY l.sort_order`,
    )
    .all()
  expect(rows).toEqual(
    LAWYER_SEED.map((l) => ({ openid: devOpenid(l.handle), role: 'lawyer', name: l.name })),
  )
  db.close()
})

test('a resident who signed in with a lawyer handle before seeding becomes that lawyer', () => {
  const db = new Database(':memory:')
  migrate(db)
  db.prepare(
    "INSERT INTO users (id, openid, nickname, created_at) VALUES ('u1', ?, '青山用户0001', '2026-01-01')",
  ).run(devOpenid('lawyer-2'))
  seedLawyers(db)
  const row = db
    .prepare<[], { user_id: string; role: string }>(
      `SELECT l.user_id, g.kind AS role FROM lawyers l JOIN role_grants g ON g.user_id = l.user_id
       WHERE l.id = 'lawyer-2'`,
    )
    .get()
  expect(row).toEqual({ user_id: 'u1', role: 'lawyer' })
  db.close()
})
