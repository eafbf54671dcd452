import { buildApp } from './mock/app'
import { startCluster, freshDatabase } from './tests/support/postgres'
import { connectDatabase } from './mock/db/connect'
import { generateHistory } from './mock/modules/supervision/demo/run'
import { beijingDate, addDays } from './src/services/contract'
async function main() {
  const cluster = await startCluster()
  try {
    const url = await freshDatabase(cluster.url)
    const db = connectDatabase({ databaseUrl: url })
    await db.ready()
    let t = performance.now()
    console.log(await generateHistory(db.sql, { now: new Date() }), (performance.now() - t).toFixed(0), 'ms')
    await db.sql.destroy()
    const app = buildApp({ databaseUrl: url, rateLimitFactor: 1000 } as never)
    await app.ready()
    const r = await app.inject({ method: 'POST', url: '/api/v1/auth/wechat-login', payload: { code: 'dev:admin-1' } })
    const token = (JSON.parse(r.body) as { data: { token: string } }).data.token
    const to = beijingDate(new Date()); const from = addDays(to, -365)
    for (const p of ['volume','timeliness','overdue','ratings','complaints','bookings','scans','export']) {
      const q = p === 'export' ? `from=${from}&to=${to}&table=timeliness-item` : `from=${from}&to=${to}`
      for (let i = 0; i < 2; i++) {
        t = performance.now()
        const res = await app.inject({ method: 'GET', url: `/api/v1/admin/supervision/${p}?${q}`, headers: { authorization: `Bearer ${token}` } })
        if (i === 1) console.log(p, res.statusCode, (performance.now() - t).toFixed(0) + ' ms', res.body.slice(0, 120))
      }
    }
    await app.close()
  } finally { cluster.stop() }
}
main()
