import Database from 'better-sqlite3'
import { migrate, migrations } from '../../mock/db/migrations'
import { openDatabase } from '../../mock/db/open'
import { createServicePointRepo, likePattern } from '../../mock/modules/points/repository'
import { sqliteSql } from '../../mock/db/engine'
import { seed } from '../../mock/modules/points/seed'
import { seedCatalog } from '../../mock/modules/catalog/seed'
import { catalogSeed } from '../../mock/modules/catalog/data'
import { tempDatabase } from './helpers'

describe('migrations and seed', () => {
  it('apply every migration once, in order, and re-running is a no-op', () => {
    const db = new Database(':memory:')
    expect(migrate(db)).toEqual(migrations.map((m) => m.version))
    expect(migrate(db)).toEqual([])
    const recorded = db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .pluck()
      .all()
    db.close()
    expect(recorded).toEqual(migrations.map((m) => m.version))
    expect(recorded).toEqual([...recorded].sort((a, b) => Number(a) - Number(b)))
    expect(recorded).toEqual(
      expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
    )
  })

  it('an old database loses the unproven real names, enterprise bindings and duplicate tickets', () => {
    const db = new Database(':memory:')
    db.exec(`CREATE TABLE schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
    for (const m of migrations.filter((m) => m.version <= 14)) {
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 't')
    }
    // What the removed PUT /me/real-name and the unchecked binding used to store.
    db.exec(`
      INSERT INTO users (id, openid, nickname, real_name, id_number, created_at)
        VALUES ('u', 'o', 'n', '王志强', '150204198503123156', 't');
      INSERT INTO enterprises (id, user_id, name, uscc, created_at)
        VALUES ('e', 'u', '包头市青山区志强全科诊所', '92150204MA0R3L5K6X', 't');
      UPDATE users SET active_enterprise_id = 'e';
      INSERT INTO queue_tickets (id, point_id, day, number, user_id, taken_at) VALUES
        ('t1', 'p', '2026-03-02', 1, 'u', '2026-03-02T01:00:00Z'),
        ('t2', 'p', '2026-03-02', 2, 'u', '2026-03-02T01:01:00Z'),
        ('t3', 'p', '2026-03-02', 3, 'u', '2026-03-02T01:02:00Z');`)
    expect(migrate(db)).toEqual(migrations.map((m) => m.version).filter((v) => v >= 15))
    const user = db.prepare('SELECT real_name, id_number, active_enterprise_id FROM users').get()
    const enterprise = db.prepare('SELECT basis FROM enterprises').get()
    const waiting = db
      .prepare("SELECT id FROM queue_tickets WHERE status = 'waiting'")
      .pluck()
      .all()
    db.close()
    expect(user).toEqual({ real_name: null, id_number: null, active_enterprise_id: null })
    expect(enterprise).toEqual({ basis: 'unproven' })
    expect(waiting).toEqual(['t1'])
  })

  it('seed twice changes nothing and leaves 9 points', async () => {
    const db = openDatabase(':memory:')
    expect(seed(db)).toBe(0)
    migrate(db)
    expect(seed(db)).toBe(0)
    expect(await createServicePointRepo(sqliteSql(db)).count()).toBe(9)
    db.close()
  })

  it('the catalog is seeded once; a changed seed replaces it and keeps favourites', () => {
    const db = openDatabase(':memory:')
    const count = () => db.prepare('SELECT COUNT(*) FROM catalog_items').pluck().get()
    expect(count()).toBe(868 + 647 + 2234)
    expect(seedCatalog(db, catalogSeed)).toBe(0)
    db.prepare(
      "INSERT INTO users (id, openid, nickname, created_at) VALUES ('u', 'o', 'n', 't')",
    ).run()
    db.prepare(
      "INSERT INTO favorites (user_id, item_id, created_at) VALUES ('u', 'health-clinic-filing', 't')",
    ).run()
    const smaller = { ...catalogSeed, items: catalogSeed.items.slice(0, 10), bundles: [] }
    expect(seedCatalog(db, smaller)).toBeGreaterThan(0)
    expect(count()).toBe(10)
    expect(db.prepare('SELECT COUNT(*) FROM favorites').pluck().get()).toBe(1)
    db.close()
  })

  it('re-opening a file database keeps data and does not re-seed', () => {
    const file = tempDatabase()
    openDatabase(file.path).close()
    const again = openDatabase(file.path)
    const mode = again.pragma('journal_mode', { simple: true })
    const foreignKeys = again.pragma('foreign_keys', { simple: true })
    again.close()
    const points = file.read<{ n: number }>('SELECT COUNT(*) AS n FROM service_points')
    file.remove()
    expect(mode).toBe('wal')
    expect(foreignKeys).toBe(1)
    expect(points).toEqual([{ n: 9 }])
  })

  it('escapes LIKE wildcards in search text', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })
})
