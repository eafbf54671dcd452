// The backend as wx.request sees it: contract routes answering `{ data }` or `{ error }` bodies.
import type { EndpointKey, ErrorBody, Output, Profile } from '../../../src/services/contract'
import { LOGIN_CODE, loginResponse, profile, servicePoints, TOKEN } from './fixtures'

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

const PUBLIC: readonly EndpointKey[] = ['GET /api/v1/health', 'POST /api/v1/auth/wechat-login']

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined

const notFound = (message: string) => ({ status: 404, error: { code: 'NOT_FOUND', message } })

export const defaultRoutes: RouteTable = {
  'POST /api/v1/auth/wechat-login': (req) =>
    field(req.body, 'code') === LOGIN_CODE
      ? { status: 200, data: loginResponse }
      : { status: 400, error: { code: 'BAD_CODE', message: '登录凭证无效' } },
  'POST /api/v1/auth/logout': () => ({ status: 200, data: { ok: true } }),
  'GET /api/v1/me': () => ({ status: 200, data: profile }),
  'PUT /api/v1/me/real-name': (req) => {
    const name = String(field(req.body, 'name'))
    const id = String(field(req.body, 'idNumber'))
    const realName = {
      nameMasked: `${name.slice(0, 1)}*`,
      idNumberMasked: `${id.slice(0, 4)}**********${id.slice(-4)}`,
    }
    const next: Profile = { ...profile, realName }
    return { status: 200, data: next }
  },
  'POST /api/v1/privacy/consents': (req) => {
    const channel = field(req.body, 'channel') === 'h5' ? 'h5' : 'weapp'
    const version = String(field(req.body, 'version'))
    return {
      status: 200,
      data: { id: 'consent-0001', version, channel, agreedAt: new Date().toISOString() },
    }
  },
  'GET /api/v1/service-points': (req) => {
    const q = req.query.get('q') ?? ''
    const kind = req.query.get('kind')
    const items = servicePoints.filter(
      (p) =>
        (kind === null || p.kind === kind) &&
        [p.name, p.street, p.address, ...p.features].some((text) => text.includes(q)),
    )
    return { status: 200, data: { items } }
  },
  'GET /api/v1/service-points/:id': (req) => {
    const point = servicePoints.find((p) => p.id === req.params.id)
    return point ? { status: 200, data: point } : notFound('没有找到这个服务网点')
  },
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

export function headerValue(header: Record<string, string>, name: string): string | undefined {
  return Object.entries(header).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
}

/** Answers one request the way the reference server would, including 401 without a Bearer token. */
export function answer(
  routes: RouteTable,
  req: Omit<ApiRequest, 'params'>,
): { status: number; body: unknown } {
  for (const [key, handle] of Object.entries(routes) as [
    EndpointKey,
    (r: ApiRequest) => Reply<unknown>,
  ][]) {
    const params = match(key, req.method, req.path)
    if (params === null) continue
    if (!PUBLIC.includes(key) && headerValue(req.header, 'Authorization') !== `Bearer ${TOKEN}`) {
      return {
        status: 401,
        body: { error: { code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' } },
      }
    }
    const reply = handle({ ...req, params })
    return 'data' in reply
      ? { status: 200, body: { data: reply.data } }
      : { status: reply.status, body: { error: reply.error } }
  }
  return {
    status: 404,
    body: {
      error: {
        code: 'NO_ROUTE',
        message: `${req.method} ${req.path} is not in the test route table`,
      },
    },
  }
}
