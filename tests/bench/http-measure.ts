// Shared by the HTTP benches: one autocannon run against a route, and the hello-world Fastify
// every ratio is taken against, measured with the same settings in the same run.
import autocannon from 'autocannon'
import Fastify from 'fastify'

export interface Measured {
  rps: number
  p99Ms: number
  failed: number
}

export interface LoadOptions {
  seconds: number
  connections: number
}

export interface RouteRequest {
  path: string
  token?: string
}

export async function measureRequests(
  url: string,
  requests: autocannon.Request[],
  { seconds, connections }: LoadOptions,
): Promise<Measured> {
  const result = await autocannon({ url, requests, connections, duration: seconds })
  return {
    rps: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  }
}

export function benchRoute(url: string, route: RouteRequest, options: LoadOptions) {
  const headers = route.token ? { authorization: `Bearer ${route.token}` } : undefined
  return measureRequests(url, [{ method: 'GET', path: route.path, headers }], options)
}

/** A bare Fastify answering `{hello:'world'}` in this process: the machine's yardstick right now. */
export async function helloWorldRate(options: LoadOptions): Promise<Measured> {
  const app = Fastify()
  app.get('/', async () => ({ hello: 'world' }))
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    return await measureRequests(url, [{ method: 'GET', path: '/' }], options)
  } finally {
    await app.close()
  }
}
