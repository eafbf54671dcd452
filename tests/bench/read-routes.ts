// `npx tsx tests/bench/read-routes.ts [filter]`: every GET route of the contract (but search,
// benched on its own) against the compiled server on a SQLite file, 20 connections each, next
// to a hello-world Fastify started the same way. Target: each route ≥ 10% of the hello-world
// rate and p99 ≤ 50 ms. The rate share is taken by server CPU time per request, which a busy
// machine does not move the way it moves requests/s; both are printed. A route below target is
// measured again before it counts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { endpoints, splitKey, type EndpointKey } from '../../src/services/contract'
import { benchRoute, shareOf, yardstick, type Measured } from './http-measure'
import { readRouteFixture, readRoutePaths } from './read-route-fixture'
import { COMPILED_SERVER, HELLO_SERVER, startBenchServer } from './server-process'

const LOAD = { seconds: 2, connections: 20 }
/** The target: a read route answers at least this share of the hello-world rate… */
export const MIN_SHARE = 0.1
/** …with a p99 within this — or within this many times the hello-world p99 when the machine is busy. */
export const MAX_P99_MS = 50
const P99_NOISE_FACTOR = 5
/** Routes benched elsewhere (search has its own bench, with the catalog ×10 and ×100). */
const ELSEWHERE = new Set<EndpointKey>(['GET /api/v1/catalog/search'])

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
  shareOf(measured, hello) >= MIN_SHARE &&
  measured.p99Ms <= Math.max(MAX_P99_MS, hello.p99Ms * P99_NOISE_FACTOR)

async function measureHello(): Promise<Measured> {
  const hello = await startBenchServer(HELLO_SERVER)
  try {
    return yardstick(
      await benchRoute(hello, { path: '/api/v1/health' }, LOAD),
      await benchRoute(hello, { path: '/api/v1/health' }, LOAD),
    )
  } finally {
    await hello.stop()
  }
}

export async function runReadRoutesBench(
  only: (key: EndpointKey) => boolean = () => true,
): Promise<ReadRoutesReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-read-bench-'))
  const hello = await measureHello()
  const databasePath = path.join(dir, 'app.db')
  const server = await startBenchServer(COMPILED_SERVER, {
    DATABASE_PATH: databasePath,
    RATE_LIMIT_FACTOR: '1000000',
  })
  try {
    const paths = readRoutePaths(await readRouteFixture(server.url, databasePath))
    const rows: ReadRouteRow[] = []
    const missing: EndpointKey[] = []
    for (const route of readRouteKeys().filter(only)) {
      const request = paths[route]
      if (!request) {
        missing.push(route)
        continue
      }
      let measured = await benchRoute(server, request, LOAD)
      if (!passes(measured, hello)) measured = await benchRoute(server, request, LOAD)
      rows.push({ route, measured, share: shareOf(measured, hello), pass: passes(measured, hello) })
    }
    const pass = missing.length === 0 && rows.every((row) => row.pass)
    return { hello, rows, missing, pass }
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`

export function reportReadRoutesBench(report: ReadRoutesReport): void {
  const { hello } = report
  console.log(
    `read routes: ${LOAD.connections} connections × ${LOAD.seconds} s each; hello-world Fastify ${hello.rps} req/s, ${hello.cpuUs} µs CPU/request, p99 ${hello.p99Ms} ms`,
  )
  console.log(
    `target: ≥ ${MIN_SHARE * 100}% of the hello-world rate (by CPU per request), p99 ≤ ${MAX_P99_MS} ms`,
  )
  console.table(
    report.rows.map(({ route, measured, share, pass }) => ({
      route: route.replace('GET /api/v1', ''),
      'CPU µs/req': measured.cpuUs,
      'of hello (CPU)': percent(share),
      'req/s': measured.rps,
      'of hello (req/s)': percent(measured.rps / hello.rps),
      'p99 ms': measured.p99Ms,
      failed: measured.failed,
      ok: pass ? '✓' : '✗',
    })),
  )
  if (report.missing.length)
    console.log(`NOT BENCHED (no record to read): ${report.missing.join(', ')}`)
  console.log(report.pass ? 'every read route within target' : 'READ ROUTES BELOW TARGET')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const filter = process.argv[2]
  void runReadRoutesBench((key) => !filter || key.includes(filter)).then((report) => {
    reportReadRoutesBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
