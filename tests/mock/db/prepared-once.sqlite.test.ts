import Database from 'better-sqlite3'
import { preparedOnce } from '../../../mock/db/engine'

describe('SQLite statements prepared once', () => {
  const db = new Database(':memory:')
  db.exec('CREATE TABLE t (n INTEGER)')
  afterAll(() => db.close())

  it('answers the same statement for the same SQL, and a new one past the limit', () => {
    const cached = preparedOnce(db, 2)
    const first = cached.prepare('SELECT n FROM t')
    expect(cached.prepare('SELECT n FROM t')).toBe(first)
    cached.prepare('SELECT n + 1 FROM t')
    cached.prepare('SELECT n + 2 FROM t') // drops the oldest
    expect(cached.prepare('SELECT n FROM t')).not.toBe(first)
  })

  it('runs a reused statement with each call’s own parameters', () => {
    const cached = preparedOnce(db)
    cached.prepare('INSERT INTO t (n) VALUES (?)').run([1])
    cached.prepare('INSERT INTO t (n) VALUES (?)').run([2])
    const select = 'SELECT n FROM t WHERE n >= ? ORDER BY n'
    expect(cached.prepare(select).all([1])).toEqual([{ n: 1 }, { n: 2 }])
    expect(cached.prepare(select).all([2])).toEqual([{ n: 2 }])
  })
})
