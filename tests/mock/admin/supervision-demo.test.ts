// npm run demo:history: seeded, marked (ids demo-…, numbers DEMO-…), added once, shown as 示例 on
// the dashboard, and refused in production or on PostgreSQL unless forced.
import type { SupervisionVolume } from '../../../src/services/contract'
import { demoHistoryCli } from '../../../mock/modules/supervision/demo/cli'
import { refusalOf } from '../../../mock/modules/supervision/demo/guard'
import { planCases } from '../../../mock/modules/supervision/demo/plan-cases'
import { loadReference } from '../../../mock/modules/supervision/demo/reference'
import { seededRng } from '../../../mock/modules/supervision/demo/rng'
import { generateHistory, historyDays } from '../../../mock/modules/supervision/demo/run'
import { removeHistory } from '../../../mock/modules/supervision/demo/write'
import { login, testApp } from '../helpers'
import { send } from './support'

const { app, clock, sql } = testApp() // 2026-03-02 09:00
const DAYS = 20
const TABLES = ['cases', 'complaints', 'appointments', 'qr_scans'] as const

/** The ids of each table, read one query after another. */
async function counts(): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {}
  for (const table of TABLES) {
    ids[table] = (await sql.selectFrom(table).select('id').execute()).map((r) => r.id)
  }
  return ids
}

beforeAll(() => app.ready())
afterAll(() => app.close())

test('the history is marked, added once, and the dashboard says the range holds 演示数据', async () => {
  const made = await generateHistory(sql, { now: clock.now(), days: DAYS })
  expect(made).not.toBeNull()
  expect(made?.cases).toBeGreaterThan(150)
  expect(made?.appointments).toBeGreaterThan(300)
  expect(made?.scans).toBeGreaterThan(500)
  const stored = await counts()
  for (const table of TABLES) {
    expect(stored[table]?.length).toBeGreaterThan(0)
    expect(stored[table]?.every((id) => id.startsWith('demo-'))).toBe(true)
  }
  const numbers = await sql.selectFrom('cases').select('number').execute()
  expect(numbers.every((c) => c.number.startsWith('DEMO-'))).toBe(true)
  // Demo 帮办员 hold no role: the intake never hands them a real case.
  const grants = await sql
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', 'like', 'demo-%')
    .execute()
  expect(grants).toEqual([])

  expect(await generateHistory(sql, { now: clock.now(), days: DAYS })).toBeNull()
  expect(await counts()).toEqual(stored)

  const admin = await login(app, 'dev:admin-1')
  const [from = '', to = ''] = [historyDays(clock.now(), DAYS)[0], '2026-03-02']
  const volume = await send<SupervisionVolume>(
    app,
    'GET',
    `/api/v1/admin/supervision/volume?from=${from}&to=${to}`,
    { token: admin },
  )
  expect(volume.data.total).toBe(stored.cases?.length)
  expect(volume.data.demoRecords).toBe(volume.data.total)

  await removeHistory(sql)
  expect(Object.values(await counts()).flat()).toEqual([])
})

test('the same seed and day give the same history', async () => {
  const reference = await loadReference(sql)
  const days = historyDays(clock.now(), 5)
  const plan = () => planCases(seededRng(7), reference.sources, days, clock.now())
  expect(plan()).toEqual(plan())
  expect(planCases(seededRng(8), reference.sources, days, clock.now())).not.toEqual(plan())
})

test('refused in production, and on PostgreSQL unless --force-postgres', () => {
  expect(refusalOf({ nodeEnv: 'production', postgres: false, forcePostgres: true })).toContain(
    '生产环境',
  )
  expect(refusalOf({ nodeEnv: 'development', postgres: true, forcePostgres: false })).toContain(
    '--force-postgres',
  )
  expect(refusalOf({ nodeEnv: 'development', postgres: true, forcePostgres: true })).toBeNull()
  expect(refusalOf({ nodeEnv: undefined, postgres: false, forcePostgres: false })).toBeNull()
})

test('npm run demo:history says why it refuses and exits 1', async () => {
  const said: string[] = []
  const out = { say: (line: string) => said.push(line), fail: (line: string) => said.push(line) }
  const production = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: '/nonexistent/app.db',
  }
  expect(await demoHistoryCli([], production, out)).toBe(1)
  const postgres = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  }
  expect(await demoHistoryCli([], postgres, out)).toBe(1)
  expect(said).toEqual([
    expect.stringContaining('不能生成演示数据'),
    expect.stringContaining('加 --force-postgres 再运行'),
  ])
})
