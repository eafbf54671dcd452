// The backend as wx.request sees it: contract routes answering `{ data }` or `{ error }` bodies.
import { appointmentRoutes } from './appointments'
import { qrRoutes } from './qr'
import type {
  Appointment,
  Audience,
  EndpointKey,
  ItemPage,
  ItemSummary,
  NearbyResult,
  Output,
  Profile,
  Scope,
} from '../../../src/services/contract'
import {
  bundleSummaries,
  clinicBundle,
  defaultCatalog,
  facetsOf,
  guideOf,
  searchCatalog,
} from './catalog'
import {
  centerPoint,
  LOGIN_CODE,
  loginResponse,
  nearbyDistances,
  pointItemCounts,
  profile,
  servicePoints,
  TOKEN,
} from './fixtures'
import { policyRoutes } from './policy'
import { legalRoutes } from './legal'
import { lifeRoutes } from './life'
import { financeRoutes } from './finance'
import { telecomRoutes } from './telecom'
import { testingRoutes } from './testing'
import { casesRoutes } from './cases'
import { mediaRoutes } from './media'
import { familyRoutes } from './family'

export interface ApiRequest {
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  header: Record<string, string>
  body: unknown
}

export type Reply<T> = { status: 200; data: T } | { status: number; error: { code: string; message: string } }
export type RouteTable = { [K in EndpointKey]?: (req: ApiRequest) => Reply<Output<K>> }

const PUBLIC: readonly EndpointKey[] = ['GET /api/v1/health', 'POST /api/v1/auth/wechat-login']

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined

const notFound = (message: string) => ({ status: 404, error: { code: 'NOT_FOUND', message } })

/** What the fake backend remembers between requests; one per launched app. */
export interface ServerState {
  /** The 办事 catalog, in the order the server lists it. */
  catalog: ItemSummary[]
  /** The signed-in user's favourite item ids, most recent first. */
  favorites: string[]
  /** Bookings made through the fake 预约 routes. */
  appointments: Appointment[]
}

export function createServerState(init: Partial<ServerState> = {}): ServerState {
  return {
    catalog: [...(init.catalog ?? defaultCatalog)],
    favorites: [...(init.favorites ?? [])],
    appointments: [...(init.appointments ?? [])],
  }
}

function pageOf(items: readonly ItemSummary[], query: URLSearchParams): ItemPage {
  const page = Number(query.get('page') ?? 1)
  const pageSize = Number(query.get('pageSize') ?? 20)
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    total: items.length,
    page,
    pageSize,
  }
}

function filterItems(items: readonly ItemSummary[], query: URLSearchParams): ItemSummary[] {
  const audience = query.get('audience') as Audience | null
  const scene = query.get('scene')
  const department = query.get('department')
  const scope = query.get('scope') as Scope | null
  const type = query.get('type')
  return items.filter(
    (i) =>
      (audience === null || i.audiences.includes(audience)) &&
      (scene === null || i.scenes.includes(scene)) &&
      (department === null || i.department === department) &&
      (scope === null || i.scopes.includes(scope)) &&
      (type === null || i.type === type),
  )
}

function nearby(query: URLSearchParams, catalog: readonly ItemSummary[]): NearbyResult {
  const latitude = query.get('latitude')
  const longitude = query.get('longitude')
  const located = latitude !== null && longitude !== null
  const distances: Record<string, number> = located
    ? nearbyDistances.fromUser
    : nearbyDistances.fromCentre
  // With itemId: only the points its guide names as 办理地点.
  const item = catalog.find((i) => i.id === query.get('itemId'))
  const handling = item ? guideOf(item).places.map((p) => p.pointId) : null
  const points = servicePoints
    .filter((point) => handling === null || handling.includes(point.id))
    .map((point) => ({
      point,
      distanceMeters: distances[point.id] ?? 99999,
      itemCount: pointItemCounts[point.id] ?? 0,
    }))
    .sort((a, b) => a.distanceMeters - b.distanceMeters)
  const origin = located
    ? { latitude: Number(latitude), longitude: Number(longitude), fallback: false }
    : { latitude: centerPoint.latitude, longitude: centerPoint.longitude, fallback: true }
  return { origin, points }
}

/** The contract routes, answering from `state` (favourites change it). */
export function serverRoutes(state: ServerState): RouteTable {
  const findItem = (id: string) => state.catalog.find((i) => i.id === id)
  return {
    'POST /api/v1/auth/wechat-login': (req) =>
      field(req.body, 'code') === LOGIN_CODE
        ? { status: 200, data: loginResponse }
        : { status: 400, error: { code: 'BAD_CODE', message: '登录凭证无效' } },
    'POST /api/v1/auth/logout': () => ({ status: 200, data: { ok: true } }),
    'GET /api/v1/me': () => ({ status: 200, data: profile }),
    'GET /api/v1/helper-contact': () => ({
      status: 200,
      data: {
        name: '帮办代办窗口',
        desk: centerPoint.name,
        phone: centerPoint.phone,
        hours: centerPoint.hours,
        caseNumber: null,
      },
    }),
    'POST /api/v1/me/identity/verifications': () => ({
      status: 200,
      data: {
        id: 'verification-0001',
        method: 'sms',
        phoneMasked: '138****0001',
        faceVerifyId: null,
        expiresAt: new Date(Date.now() + 300_000).toISOString(),
        attemptsLeft: 5,
      },
    }),
    'POST /api/v1/me/identity/verifications/:id/confirm': () => {
      const realName = {
        nameMasked: '张*',
        idNumberMasked: '1502**********1236',
        method: 'sms' as const,
        verifiedAt: new Date().toISOString(),
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
    'GET /api/v1/service-points/nearby': (req) => ({
      status: 200,
      data: nearby(req.query, state.catalog),
    }),
    'GET /api/v1/service-points/:id': (req) => {
      const point = servicePoints.find((p) => p.id === req.params.id)
      return point ? { status: 200, data: point } : notFound('没有找到这个服务网点')
    },
    'GET /api/v1/service-points/:id/items': (req) =>
      servicePoints.some((p) => p.id === req.params.id)
        ? { status: 200, data: pageOf(state.catalog, req.query) }
        : notFound('没有找到这个服务网点'),
    'GET /api/v1/catalog/facets': () => ({ status: 200, data: facetsOf(state.catalog) }),
    'GET /api/v1/catalog/items': (req) => ({
      status: 200,
      data: pageOf(filterItems(state.catalog, req.query), req.query),
    }),
    'GET /api/v1/catalog/items/:id': (req) => {
      const item = findItem(req.params.id ?? '')
      if (!item) return notFound('没有找到这个事项')
      return {
        status: 200,
        data: { ...guideOf(item), favorite: state.favorites.includes(item.id) },
      }
    },
    'GET /api/v1/catalog/search': (req) => {
      const q = (req.query.get('q') ?? '').trim()
      if (q === '')
        return { status: 400, error: { code: 'VALIDATION', message: '请输入要搜索的事项' } }
      const audience = req.query.get('audience') as Audience | null
      return { status: 200, data: searchCatalog(state.catalog, q, audience) }
    },
    'GET /api/v1/catalog/bundles': () => ({ status: 200, data: { items: [...bundleSummaries] } }),
    'GET /api/v1/catalog/bundles/:id': (req) =>
      req.params.id === clinicBundle.id
        ? { status: 200, data: clinicBundle }
        : notFound('没有找到这件“一件事”'),
    'GET /api/v1/me/favorites': () => ({
      status: 200,
      data: {
        items: state.favorites.flatMap((id) => {
          const item = findItem(id)
          return item ? [item] : []
        }),
      },
    }),
    'PUT /api/v1/me/favorites/:id': (req) => {
      const id = req.params.id ?? ''
      if (!findItem(id)) return notFound('没有找到这个事项')
      if (!state.favorites.includes(id)) state.favorites.unshift(id)
      return { status: 200, data: { ok: true } }
    },
    'DELETE /api/v1/me/favorites/:id': (req) => {
      state.favorites = state.favorites.filter((id) => id !== req.params.id)
      return { status: 200, data: { ok: true } }
    },
    ...appointmentRoutes(state.appointments),
    ...qrRoutes(),
    ...policyRoutes(),
    ...legalRoutes(),
    ...lifeRoutes(),
    ...financeRoutes(),
    ...telecomRoutes(),
    ...testingRoutes(),
    ...casesRoutes(),
    ...mediaRoutes(),
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

export function headerValue(header: Record<string, string>, name: string): string | undefined {
  return Object.entries(header).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
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
  const { key, handle, params } = chosen
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
