// `npx tsx tests/bench/read-routes.ts [filter]`: every GET route of the contract (but search,
// benched on its own) against the compiled server on a SQLite file, 20 connections each, next
// to a hello-world Fastify started the same way. Target: each route ≥ 10% of the hello-world
// rate and p99 ≤ 50 ms. The rate share is taken by server CPU time per request, which a busy
// machine does not move the way it moves requests/s; both are printed. Hello-world is measured
// between routes, so a machine that gets busier during the run moves both alike.
// A route below target is measured again (with its hello-world) before it counts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { endpoints, splitKey, type EndpointKey } from '../../src/services/contract'
import { benchRoute, shareOf, yardstick, type Measured, type RouteRequest } from './http-measure'
import { readRouteFixture, readRoutePaths } from './read-route-fixture'
import { COMPILED_SERVER, HELLO_SERVER, startBenchServer } from './server-process'

const LOAD = { seconds: 2, connections: 20 }
/** Hello-world next to each route: shorter, it is the cheapest request the machine can serve. */
const HELLO_LOAD = { seconds: 1, connections: 20 }
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
  /** The better of the hello-worlds measured right before and right after this route. */
  hello: Measured
  share: number
  pass: boolean
}

export interface ReadRoutesReport {
  /** The best hello-world of the run, for reference. */
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

export async function runReadRoutesBench(
  only: (key: EndpointKey) => boolean = () => true,
): Promise<ReadRoutesReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-read-bench-'))
  const databasePath = path.join(dir, 'app.db')
  const helloServer = await startBenchServer(HELLO_SERVER)
  const server = await startBenchServer(COMPILED_SERVER, {
    DATABASE_PATH: databasePath,
    RATE_LIMIT_FACTOR: '1000000',
  }).catch(async (error: unknown) => {
    await helloServer.stop()
    throw error
  })
  const helloNow = () => benchRoute(helloServer, { path: '/api/v1/health' }, HELLO_LOAD)
  try {
    await helloNow() // warms hello-world's JIT up, as the fixture warms the server's
    const paths = readRoutePaths(await readRouteFixture(server.url, databasePath))
    const rows: ReadRouteRow[] = []
    const missing: EndpointKey[] = []
    // Each route is held to the better of the hello-worlds measured just before and just after it.
    let before = await helloNow()
    const measure = async (request: RouteRequest) => {
      const measured = await benchRoute(server, request, LOAD)
      const after = await helloNow()
      const hello = yardstick(before, after)
      before = after
      return { hello, measured }
    }
    for (const route of readRouteKeys().filter(only)) {
      const request = paths[route]
      if (!request) {
        missing.push(route)
        continue
      }
      let run = await measure(request)
      if (!passes(run.measured, run.hello)) run = await measure(request)
      const { hello, measured } = run
      rows.push({
        route,
        measured,
        hello,
        share: shareOf(measured, hello),
        pass: passes(measured, hello),
      })
    }
    const pass = missing.length === 0 && rows.every((row) => row.pass)
    const hello = rows.map((row) => row.hello).reduce(yardstick, await helloNow())
    return { hello, rows, missing, pass }
  } finally {
    await Promise.all([server.stop(), helloServer.stop()])
    rmSync(dir, { recursive: true, force: true })
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`

export function reportReadRoutesBench(report: ReadRoutesReport): void {
  const { hello } = report
  console.log(
    `read routes: ${LOAD.connections} connections × ${LOAD.seconds} s each, hello-world Fastify measured between routes; its best: ${hello.rps} req/s, ${hello.cpuUs} µs CPU/request, p99 ${hello.p99Ms} ms`,
  )
  console.log(
    `target: ≥ ${MIN_SHARE * 100}% of the hello-world rate (by CPU per request), p99 ≤ ${MAX_P99_MS} ms`,
  )
  console.table(
    report.rows.map(({ route, measured, hello: helloNext, share, pass }) => ({
      route: route.replace('GET /api/v1', ''),
      'CPU µs/req': measured.cpuUs,
      'hello µs/req': helloNext.cpuUs,
      'of hello (CPU)': percent(share),
      'req/s': measured.rps,
      'of hello (req/s)': percent(measured.rps / helloNext.rps),
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
