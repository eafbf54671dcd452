import Database from 'better-sqlite3'
import { migrate, migrations } from '../../mock/db/migrations'

/** A database as version 14 left it: staff told apart only by `users.role` and the desk tables. */
function databaseAtVersion14() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  db.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
  for (const m of migrations.filter((m) => m.version <= 14)) {
    db.exec(m.sql)
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then')
  }
  const user = db.prepare(
    "INSERT INTO users (id, openid, nickname, role, created_at) VALUES (?, ?, ?, ?, '2026-01-01')",
  )
  for (const [id, role] of [
    ['u-lawyer', 'staff'],
    ['u-bank', 'staff'],
    ['u-lab', 'staff'],
    ['u-helper', 'staff'],
    ['u-retired-helper', 'staff'],
    ['u-window', 'staff'],
    ['u-resident', 'resident'],
  ] as const) {
    user.run(id, `o-${id}`, id, role)
  }
  db.exec(`
    INSERT INTO lawyers VALUES ('lawyer-1', 'u-lawyer', '王建华', '中心', '[]', 12, '', 0);
    INSERT INTO bank_staff VALUES ('u-bank', 'hx-baotou');
    INSERT INTO lab_staff VALUES ('u-lab', 'lab-env');
    INSERT INTO case_helpers (user_id, name, desk, phone) VALUES ('u-helper', '李帮办', '窗口', '1');
    INSERT INTO case_helpers (user_id, name, desk, phone, active)
      VALUES ('u-retired-helper', '赵帮办', '窗口', '1', 0);`)
  return db
}

test('migration 15 turns every existing staff desk into a grant, audited, and drops users.role', () => {
  const db = databaseAtVersion14()
  expect(migrate(db)).toContain(15)
  const grants = db
    .prepare('SELECT user_id, kind, scope_id FROM role_grants ORDER BY user_id')
    .all()
  expect(grants).toEqual([
    { user_id: 'u-bank', kind: 'bank', scope_id: 'hx-baotou' },
    { user_id: 'u-helper', kind: 'helper', scope_id: null },
    { user_id: 'u-lab', kind: 'lab', scope_id: 'lab-env' },
    { user_id: 'u-lawyer', kind: 'lawyer', scope_id: null },
    // Staff with no other desk could only check bookings in, at the centre's 综合窗口.
    { user_id: 'u-window', kind: 'window', scope_id: 'sp-qs-center' },
  ])
  // Migration 26 moved the role audit into the console's one log, rows kept.
  const audited = db
    .prepare("SELECT COUNT(*) FROM admin_audit WHERE actor_id IS NULL AND action = 'role.granted'")
    .pluck()
    .get()
  expect(audited).toBe(5)
  const userColumns = db.prepare("SELECT name FROM pragma_table_info('users')").pluck().all()
  expect(userColumns).not.toContain('role')
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
  expect(tables).not.toEqual(expect.arrayContaining(['bank_staff']))
  expect(tables).not.toEqual(expect.arrayContaining(['lab_staff']))
  db.close()
})
