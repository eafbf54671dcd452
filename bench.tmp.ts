import { buildApp } from './mock/app'
import { beijingDate, addDays } from './src/services/contract'
async function main() {
  const app = buildApp({ databasePath: '/tmp/demo-sv.db', rateLimitFactor: 1000 } as never)
  await app.ready()
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/wechat-login', payload: { code: 'dev:admin-1' } })
  const token = (JSON.parse(r.body) as { data: { token: string } }).data.token
  const to = beijingDate(new Date()); const from = addDays(to, -365)
  for (const p of ['volume','timeliness','overdue','ratings','complaints','bookings','scans','export']) {
    const q = p === 'export' ? `from=${from}&to=${to}&table=bookings-heatmap` : `from=${from}&to=${to}`
    for (let i = 0; i < 2; i++) {
      const t = performance.now()
      const res = await app.inject({ method: 'GET', url: `/api/v1/admin/supervision/${p}?${q}`, headers: { authorization: `Bearer ${token}` } })
      const ms = performance.now() - t
      if (i === 1) console.log(p, res.statusCode, ms.toFixed(0) + ' ms', res.body.length, res.body.slice(0, 300))
    }
  }
  await app.close()
}
main()
