// `npx tsx tests/bench/request-logging.ts`: the health route of the compiled server with info
// logging (one redacted line per request, written to a pipe as in production) against a
// hello-world Fastify started the same way, and against itself without request logs.
// Target: ≥ 50% of the hello-world rate, taken by server CPU time per request.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { benchRoute, shareOf, yardstick, type Measured } from './http-measure'
import { COMPILED_SERVER, HELLO_SERVER, settled, startBenchServer } from './server-process'

const LOAD = { seconds: 3, connections: 20 }
export const MIN_LOGGED_SHARE = 0.5
const HEALTH = { path: '/api/v1/health' }

export interface RequestLoggingReport {
  hello: Measured
  quiet: Measured
  logged: Measured
  /** The logged run did write request lines (else it measured nothing). */
  wroteLines: boolean
  pass: boolean
}

async function healthOn(script: string, env: Record<string, string>, runs = 1) {
  const server = await startBenchServer(script, env)
  try {
    if (script === COMPILED_SERVER) await settled(server)
    // The first second warms the JIT up.
    await benchRoute(server, HEALTH, { ...LOAD, seconds: 1 })
    let best = await benchRoute(server, HEALTH, LOAD)
    for (let run = 1; run < runs; run += 1)
      best = yardstick(best, await benchRoute(server, HEALTH, LOAD))
    return { measured: best, wroteLines: server.output().includes('"request completed"') }
  } finally {
    await server.stop()
  }
}

export async function runRequestLoggingBench(): Promise<RequestLoggingReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-logging-bench-'))
  const database = { DATABASE_PATH: path.join(dir, 'app.db') }
  try {
    const hello = (await healthOn(HELLO_SERVER, {}, 2)).measured
    const quiet = (await healthOn(COMPILED_SERVER, { ...database, LOG_LEVEL: 'warn' })).measured
    const logged = await healthOn(COMPILED_SERVER, { ...database, LOG_LEVEL: 'info' })
    const pass =
      logged.wroteLines &&
      logged.measured.failed === 0 &&
      shareOf(logged.measured, hello) >= MIN_LOGGED_SHARE
    return { hello, quiet, logged: logged.measured, wroteLines: logged.wroteLines, pass }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const percent = (share: number) => `${Math.round(share * 100)}%`

export function reportRequestLoggingBench(report: RequestLoggingReport): void {
  const { hello } = report
  console.log(
    `request logging: GET /api/v1/health, ${LOAD.connections} connections × ${LOAD.seconds} s; target with info logging ≥ ${percent(MIN_LOGGED_SHARE)} of hello-world (by CPU per request)`,
  )
  console.table(
    [
      ['hello-world Fastify', hello],
      ['health, LOG_LEVEL=warn', report.quiet],
      ['health, LOG_LEVEL=info', report.logged],
    ].map(([name, measured]) => {
      const m = measured as Measured
      return {
        server: name as string,
        'CPU µs/req': m.cpuUs,
        'of hello (CPU)': percent(shareOf(m, hello)),
        'req/s': m.rps,
        'of hello (req/s)': percent(m.rps / hello.rps),
        'p99 ms': m.p99Ms,
      }
    }),
  )
  console.log(report.pass ? 'logging within target' : 'LOGGING BELOW TARGET')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runRequestLoggingBench().then((report) => {
    reportRequestLoggingBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
