// Shared by the HTTP benches: one autocannon run against a server in its own process, with the
// CPU time that process spent per request, and the hello-world yardstick measured the same way.
import autocannon from 'autocannon'
import type { BenchServer } from './server-process'

export interface Measured {
  rps: number
  p99Ms: number
  failed: number
  /** Server CPU time per answered request, in µs: steady where requests/s is not. */
  cpuUs: number
}

export interface LoadOptions {
  seconds: number
  connections: number
}

export interface RouteRequest {
  path: string
  token?: string
  /** The 管理后台's session cookie (`qs_console=…`), as the console's browser sends it. */
  cookie?: string
}

export async function measureRequests(
  server: BenchServer,
  requests: autocannon.Request[],
  { seconds, connections }: LoadOptions,
): Promise<Measured> {
  const cpuBefore = server.cpuMs()
  const result = await autocannon({ url: server.url, requests, connections, duration: seconds })
  const cpuMs = server.cpuMs() - cpuBefore
  return {
    rps: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuUs: Math.round((cpuMs * 1000) / Math.max(1, result.requests.total)),
  }
}

export function benchRoute(server: BenchServer, route: RouteRequest, options: LoadOptions) {
  const headers: Record<string, string> = {}
  if (route.token) headers.authorization = `Bearer ${route.token}`
  if (route.cookie) headers.cookie = route.cookie
  return measureRequests(server, [{ method: 'GET', path: route.path, headers }], options)
}

/** The share of the hello-world rate a route reaches, by CPU per request (1 = as cheap). */
export const shareOf = (route: Measured, hello: Measured) => hello.cpuUs / Math.max(1, route.cpuUs)

/** The better of two hello-world runs: the yardstick should not be the machine's worst moment. */
export function yardstick(a: Measured, b: Measured): Measured {
  return {
    rps: Math.max(a.rps, b.rps),
    p99Ms: Math.min(a.p99Ms, b.p99Ms),
    failed: a.failed + b.failed,
    cpuUs: Math.min(a.cpuUs, b.cpuUs),
  }
}
