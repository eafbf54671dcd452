// `npx tsx tests/bench/read-routes.ts`: every GET route of the contract (but search, benched on
// its own) against the real server on a SQLite file, 20 connections each, next to a hello-world
// Fastify measured in the same run. Target: each route ≥ 10% of the hello-world rate and p99 ≤ 50 ms.
// A route below is measured again before it counts, so one noisy second does not fail the bench.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { endpoints, splitKey, type EndpointKey } from '../../src/services/contract'
import { buildApp } from '../../mock/app'
import { benchRoute, helloWorldRate, type Measured } from './http-measure'
import { readRouteFixture, readRoutePaths } from './read-route-fixture'

const SECONDS = 2
const CONNECTIONS = 20
/** The target: a read route answers at least this share of the hello-world rate… */
export const MIN_SHARE = 0.1
/** …with a p99 within this, or within this many times the hello-world p99 on a busy machine. */
export const MAX_P99_MS = 50
const P99_NOISE_FACTOR = 10
/** Routes benched elsewhere (search has its own bench with a catalog ×10 and ×100). */
const ELSEWHERE = new Set<EndpointKey>(['GET /api/v1/catalog/search'])
/** A fixed Monday morning, so the bookable dates do not depend on when the bench runs. */
const NOW = new Date('2026-03-02T08:00:00+08:00')

export interface ReadRouteRow {
  route: EndpointKey
  measured: Measured
  share: number
  pass: boolean
}

export interface ReadRoutesReport {
  hello: Measured
  rows: ReadRouteRow[]
  missing: EndpointKey[]
  pass: boolean
}

export function readRouteKeys(): EndpointKey[] {
  return (Object.keys(endpoints) as EndpointKey[]).filter(
    (key) => splitKey(key).method === 'GET' && !ELSEWHERE.has(key),
  )
}

const passes = (measured: Measured, hello: Measured) =>
  measured.failed === 0 &&
  measured.rps >= hello.rps * MIN_SHARE &&
  measured.p99Ms <= Math.max(MAX_P99_MS, hello.p99Ms * P99_NOISE_FACTOR)

export async function runReadRoutesBench(
  only: (key: EndpointKey) => boolean = () => true,
): Promise<ReadRoutesReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-read-bench-'))
  const app = buildApp({
    databasePath: path.join(dir, 'app.db'),
    now: () => NOW,
    rateLimitFactor: 1e6,
  })
  try {
    const url = await app.listen({ port: 0, host: '127.0.0.1' })
    const fixture = await readRouteFixture(url)
    const paths = readRoutePaths(fixture)
    const options = { seconds: SECONDS, connections: CONNECTIONS }
    const hello = await helloWorldRate(options)
    const rows: ReadRouteRow[] = []
    const missing: EndpointKey[] = []
    for (const route of readRouteKeys().filter(only)) {
      const request = paths[route]
      if (!request) {
        missing.push(route)
        continue
      }
      let measured = await benchRoute(url, request, options)
      if (!passes(measured, hello)) measured = await benchRoute(url, request, options)
      rows.push({ route, measured, share: measured.rps / hello.rps, pass: passes(measured, hello) })
    }
    const pass = missing.length === 0 && rows.every((row) => row.pass)
    return { hello, rows, missing, pass }
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function reportReadRoutesBench(report: ReadRoutesReport): void {
  console.log(
    `read routes: ${CONNECTIONS} connections × ${SECONDS} s; hello-world Fastify ${report.hello.rps} req/s, p99 ${report.hello.p99Ms} ms; target ≥ ${MIN_SHARE * 100}% of it, p99 ≤ ${MAX_P99_MS} ms`,
  )
  console.table(
    report.rows.map(({ route, measured, share, pass }) => ({
      route: route.replace('GET /api/v1', ''),
      'req/s': measured.rps,
      'of hello': `${(share * 100).toFixed(1)}%`,
      'p99 ms': measured.p99Ms,
      failed: measured.failed,
      ok: pass ? '✓' : '✗',
    })),
  )
  if (report.missing.length)
    console.log(`NOT BENCHED (no request for): ${report.missing.join(', ')}`)
  console.log(report.pass ? 'every read route within target' : 'READ ROUTES BELOW TARGET')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const filter = process.argv[2]
  void runReadRoutesBench((key) => !filter || key.includes(filter)).then((report) => {
    reportReadRoutesBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
