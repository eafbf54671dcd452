import { countRequest, databaseStore } from '../../../mock/http/rate-limit-store'
import { testDatabase } from '../helpers'

const start = new Date('2026-03-02T01:00:00.000Z')
const at = (ms: number) => new Date(start.getTime() + ms)

/** A seeded database of the run's engine (the counters are a table of it). */
const store = testDatabase

describe('rate-limit counters in the database', () => {
  test('count within a window, then start afresh once it has ended', async () => {
    const { sql, close } = await store()
    try {
      expect(await countRequest(sql, 'k', at(0), 60_000)).toEqual({ current: 1, ttl: 60_000 })
      expect(await countRequest(sql, 'k', at(1_000), 60_000)).toEqual({ current: 2, ttl: 59_000 })
      expect(await countRequest(sql, 'other', at(2_000), 60_000)).toEqual({
        current: 1,
        ttl: 60_000,
      })
      expect(await countRequest(sql, 'k', at(59_999), 60_000)).toEqual({ current: 3, ttl: 1 })
      expect(await countRequest(sql, 'k', at(60_000), 60_000)).toEqual({
        current: 1,
        ttl: 60_000,
      })
    } finally {
      await close()
    }
  })

  test('the store forgets ended windows as its clock moves on', async () => {
    const { sql, close } = await store()
    let clock = at(0)
    const Store = databaseStore(sql, () => clock)
    const counters = new Store()
    const incr = (key: string) =>
      new Promise<number>((resolve, reject) =>
        counters.incr(key, (error, result) => (error ? reject(error) : resolve(result!.current))),
      )
    try {
      expect(await incr('ip:192.0.2.1')).toBe(1)
      expect(await incr('ip:192.0.2.2')).toBe(1)
      clock = at(120_000)
      expect(await incr('ip:192.0.2.2')).toBe(1)
      const keys = await sql.selectFrom('rate_limit_counters').select('key').execute()
      expect(keys).toEqual([{ key: 'ip:192.0.2.2' }])
    } finally {
      await close()
    }
  })
})
