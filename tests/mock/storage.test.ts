import Database from 'better-sqlite3'
import { migrate, migrations } from '../../mock/db/migrations'
import { openDatabase } from '../../mock/db/open'
import { createServicePointRepo, likePattern } from '../../mock/db/repos/service-points'
import { seed } from '../../mock/db/seed'
import { seedCatalog } from '../../mock/db/catalog-seed'
import { catalogSeed } from '../../mock/db/catalog'
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
    expect(recorded).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
  })

  it('seed twice changes nothing and leaves 9 points', () => {
    const db = openDatabase(':memory:')
    expect(seed(db)).toBe(0)
    migrate(db)
    expect(seed(db)).toBe(0)
    expect(createServicePointRepo(db).count()).toBe(9)
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

  it('enforces its constraints', () => {
    const db = openDatabase(':memory:')
    const now = '2026-03-02T01:00:00.000Z'
    db.prepare('INSERT INTO users (id, openid, nickname, created_at) VALUES (?, ?, ?, ?)').run(
      'u1',
      'o1',
      'n',
      now,
    )
    expect(() =>
      db
        .prepare('INSERT INTO users (id, openid, nickname, created_at) VALUES (?, ?, ?, ?)')
        .run('u2', 'o1', 'n', now),
    ).toThrow(/UNIQUE/)
    expect(() =>
      db
        .prepare(
          'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
        )
        .run('h', 'nobody', now, now),
    ).toThrow(/FOREIGN KEY/)
    // A window, bank or lab role is always for one place.
    expect(() =>
      db
        .prepare(
          "INSERT INTO role_grants (id, user_id, kind, granted_at) VALUES ('g1', 'u1', 'window', ?)",
        )
        .run(now),
    ).toThrow(/CHECK/)
    db.close()
  })

  it('escapes LIKE wildcards in search text', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })
})
