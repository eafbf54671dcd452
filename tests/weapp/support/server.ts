// The backend as wx.request sees it: contract routes answering `{ data }` or `{ error }` bodies.
import type { EndpointKey, ErrorBody, Output } from '../../../src/services/contract'
import { familyRoutes } from './family'

export interface ApiRequest {
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  header: Record<string, string>
  body: unknown
}

export type Reply<T> = { status: 200; data: T } | { status: number; error: ErrorBody['error'] }
export type RouteTable = { [K in EndpointKey]?: (req: ApiRequest) => Reply<Output<K>> }

/** The domains whose specs still answer from the old fake backend, not the real server. */
export function fakeRoutes(): RouteTable {
  return {
    ...familyRoutes(),
  }
}

function match(key: string, method: string, path: string): Record<string, string> | null {
  const [keyMethod, pattern = ''] = key.split(' ')
  if (keyMethod !== method) return null
  const names: string[] = []
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name)
    return '([^/]+)'
  })
  const found = new RegExp(`^${source}$`).exec(path)
  if (!found) return null
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]))
}

/**
 * Answers one request the way the reference server would, including 401 without a Bearer token.
 * A literal segment wins over a `:param` (`/service-points/nearby` is not point “nearby”).
 */
export function answer(
  routes: RouteTable,
  req: Omit<ApiRequest, 'params'>,
): { status: number; body: unknown } {
  const candidates = (
    Object.entries(routes) as [EndpointKey, (r: ApiRequest) => Reply<unknown>][]
  ).flatMap(([key, handle]) => {
    const params = match(key, req.method, req.path)
    return params === null ? [] : [{ key, handle, params }]
  })
  candidates.sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length)
  const [chosen] = candidates
  if (!chosen)
    return {
      status: 404,
      body: {
        error: {
          code: 'NO_ROUTE',
          message: `${req.method} ${req.path} is not in the test route table`,
        },
      },
    }
  const { handle, params } = chosen
  const reply = handle({ ...req, params })
  return 'data' in reply
    ? { status: 200, body: { data: reply.data } }
    : { status: reply.status, body: { error: reply.error } }
}
