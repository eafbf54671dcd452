// `npx tsx tests/bench/engines.ts`: the main read and write paths of the real server on SQLite
// and on PostgreSQL, side by side, with a hello-world Fastify measured in the same run as the
// yardstick. Reports requests/s and p95; fails only when a request fails, never on machine noise.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import { buildApp, type AppOptions } from '../../mock/app'
import { freshDatabase, startCluster } from '../support/postgres'

const SECONDS = 3
const CONNECTIONS = 10
const POINT = 'sp-qs-center'
/** A fixed Monday morning, so the bookable dates do not depend on when the bench runs. */
const NOW = new Date('2026-03-02T08:00:00+08:00')

interface Route {
  name: string
  requests: autocannon.Request[]
}

interface Measured {
  rps: number
  p975Ms: number
  failed: number
}

export interface EnginesReport {
  helloRps: number
  rows: { route: string; sqlite: Measured; postgres: Measured }[]
  pass: boolean
}

async function measure(url: string, requests: autocannon.Request[]): Promise<Measured> {
  const result = await autocannon({ url, requests, connections: CONNECTIONS, duration: SECONDS })
  return {
    rps: Math.round(result.requests.average),
    p975Ms: result.latency.p97_5,
    failed: result.non2xx + result.errors + result.timeouts,
  }
}

async function helloWorld(): Promise<number> {
  const app = Fastify()
  app.get('/', async () => ({ hello: 'world' }))
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    return (await measure(url, [{ method: 'GET', path: '/' }])).rps
  } finally {
    await app.close()
  }
}

async function routesOf(url: string): Promise<Route[]> {
  const json = async <T>(path: string, init: RequestInit = {}) =>
    ((await (await fetch(url + path, init)).json()) as { data: T }).data
  const { token } = await json<{ token: string }>('/api/v1/auth/wechat-login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'dev:bench-engines' }),
  })
  const authorization = `Bearer ${token}`
  const get = (path: string): autocannon.Request => ({
    method: 'GET',
    path,
    headers: { authorization },
  })
  const { items } = await json<{ items: { id: string }[] }>(
    `/api/v1/service-points/${POINT}/items?pageSize=1`,
    { headers: { authorization } },
  )
  const itemId = items[0]?.id ?? ''
  const favourite = `/api/v1/me/favorites/${itemId}`
  return [
    { name: 'GET catalog page 1', requests: [get('/api/v1/catalog/items?page=1')] },
    { name: 'GET 办事指南', requests: [get(`/api/v1/catalog/items/${itemId}`)] },
    { name: 'GET service points', requests: [get('/api/v1/service-points')] },
    {
      name: 'GET booking slots',
      requests: [
        get(`/api/v1/appointments/slots?itemId=${itemId}&pointId=${POINT}&date=2026-03-03`),
      ],
    },
    { name: 'GET my bookings', requests: [get('/api/v1/appointments?status=upcoming')] },
    {
      name: 'PUT + DELETE favourite',
      requests: [
        { method: 'PUT', path: favourite, headers: { authorization } },
        { method: 'DELETE', path: favourite, headers: { authorization } },
      ],
    },
  ]
}

async function onEngine(options: Partial<AppOptions>): Promise<Map<string, Measured>> {
  const app = buildApp({ now: () => NOW, rateLimitFactor: 1e6, ...options })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const measured = new Map<string, Measured>()
    for (const route of await routesOf(url))
      measured.set(route.name, await measure(url, route.requests))
    return measured
  } finally {
    await app.close()
  }
}

export async function runEnginesBench(): Promise<EnginesReport> {
  const helloRps = await helloWorld()
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-engines-bench-'))
  const cluster = await startCluster()
  try {
    const sqlite = await onEngine({ databasePath: path.join(dir, 'app.db') })
    const postgres = await onEngine({ databaseUrl: await freshDatabase(cluster.url) })
    const rows = [...sqlite].map(([route, measured]) => ({
      route,
      sqlite: measured,
      postgres: postgres.get(route) ?? { rps: 0, p975Ms: 0, failed: 1 },
    }))
    const pass = rows.every((r) => r.sqlite.failed === 0 && r.postgres.failed === 0)
    return { helloRps, rows, pass }
  } finally {
    cluster.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

const percentOf = (rps: number, hello: number) => `${Math.round((rps / hello) * 100)}%`

export function reportEnginesBench(report: EnginesReport): void {
  console.log(
    `engines: ${CONNECTIONS} connections × ${SECONDS} s per route; hello-world Fastify ${report.helloRps} req/s`,
  )
  console.table(
    report.rows.map(({ route, sqlite, postgres }) => ({
      route,
      'SQLite req/s': sqlite.rps,
      'SQLite p97.5 ms': sqlite.p975Ms,
      'SQLite of hello': percentOf(sqlite.rps, report.helloRps),
      'PostgreSQL req/s': postgres.rps,
      'PostgreSQL p97.5 ms': postgres.p975Ms,
      'PostgreSQL of hello': percentOf(postgres.rps, report.helloRps),
      failed: sqlite.failed + postgres.failed,
    })),
  )
  console.log(report.pass ? 'every request answered' : 'REQUESTS FAILED')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runEnginesBench().then((report) => {
    reportEnginesBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
