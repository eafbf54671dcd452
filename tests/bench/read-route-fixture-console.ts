// The 管理后台's side of the read-route bench: administrator admin-1 signed in as the console
// signs in on a development server (`POST /admin/sign-in/dev`, a session cookie), the records its
// GET routes read, and the request for each of them.
import { addDays, beijingDate, type EndpointKey } from '../../src/services/contract'
import type { RouteRequest } from './http-measure'

export const CONSOLE_ADMIN = 'admin-1'

/** `qs_console=…` for admin-1, as the console's browser keeps it. */
export async function consoleCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/admin/sign-in/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.1' },
    body: JSON.stringify({ handle: CONSOLE_ADMIN }),
  })
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  if (!response.ok || !cookie.startsWith('qs_console='))
    throw new Error(`console sign-in: ${response.status} ${await response.text()}`)
  return cookie
}

/**
 * An import preview of the catalog as it stands (the console's export, uploaded back), so that
 * `GET /admin/catalog/imports/:id` has one to read.
 */
async function importPreview(url: string, cookie: string): Promise<string> {
  const exported = await fetch(`${url}/api/v1/admin/catalog/export`, { headers: { cookie } })
  if (!exported.ok) throw new Error(`catalog export: ${exported.status}`)
  const body = new FormData()
  body.append('file', new Blob([await exported.arrayBuffer()]), '实施清单.xlsx')
  const uploaded = await fetch(`${url}/api/v1/admin/catalog/imports`, {
    method: 'POST',
    headers: { cookie },
    body,
  })
  const json = (await uploaded.json()) as { data?: { id: string } }
  if (!json.data) throw new Error(`catalog import: ${uploaded.status} ${JSON.stringify(json)}`)
  return json.data.id
}

const firstId = (json: { data?: Record<string, unknown> }) =>
  ((json.data?.items ?? []) as { id: string }[])[0]?.id

export async function consoleFixture(
  url: string,
  attempt: <T>(make: () => Promise<T>) => Promise<T | undefined>,
) {
  const cookie = await consoleCookie(url)
  const get = async (path: string) => {
    const response = await fetch(`${url}/api/v1${path}`, { headers: { cookie } })
    const json = (await response.json()) as { data?: Record<string, unknown> }
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  return {
    cookie,
    policyId: await attempt(async () => firstId(await get('/admin/policies'))),
    zoneId: await attempt(async () => firstId(await get('/admin/qr/zones'))),
    importId: await attempt(() => importPreview(url, cookie)),
  }
}

type ConsoleFixture = Awaited<ReturnType<typeof consoleFixture>>

/** A month up to today (Beijing): the range the 电子监察 pages open with. */
function lastMonth(): string {
  const to = beijingDate(new Date())
  return `from=${addDays(to, -29)}&to=${to}`
}

/** The request for each console GET route; a route whose record could not be made is left out. */
export function consolePaths(
  { cookie, policyId, zoneId, importId }: ConsoleFixture,
  { itemId, pointId }: { itemId: string; pointId: string },
): Partial<Record<EndpointKey, RouteRequest>> {
  const as = (path: string): RouteRequest => ({ path: `/api/v1/admin${path}`, cookie })
  const withId = (id: string | undefined, path: (id: string) => string) =>
    id === undefined ? undefined : as(path(id))
  const range = lastMonth()
  return {
    'GET /api/v1/admin/sign-in/options': { path: '/api/v1/admin/sign-in/options' },
    'GET /api/v1/admin/me': as('/me'),
    'GET /api/v1/admin/sessions': as('/sessions'),
    'GET /api/v1/admin/audit': as('/audit'),
    'GET /api/v1/admin/staff': as('/staff'),
    'GET /api/v1/admin/role-scopes': as('/role-scopes'),
    'GET /api/v1/admin/invites': as('/invites'),
    'GET /api/v1/admin/roles': as('/roles'),
    'GET /api/v1/admin/roles/audit': as('/roles/audit'),
    'GET /api/v1/admin/points': as('/points'),
    'GET /api/v1/admin/points/item-options': as('/points/item-options'),
    'GET /api/v1/admin/points/:id': as(`/points/${pointId}`),
    'GET /api/v1/admin/calendar/years': as('/calendar/years'),
    'GET /api/v1/admin/qr/zones': as('/qr/zones'),
    'GET /api/v1/admin/qr/zones/:id/wall': withId(zoneId, (id) => `/qr/zones/${id}/wall`),
    'GET /api/v1/admin/labs': as('/labs'),
    'GET /api/v1/admin/lawyers': as('/lawyers'),
    'GET /api/v1/admin/media/live': as('/media/live'),
    'GET /api/v1/admin/media/videos': as('/media/videos'),
    'GET /api/v1/admin/catalog/items': as('/catalog/items'),
    'GET /api/v1/admin/catalog/items/:id': as(`/catalog/items/${itemId}`),
    'GET /api/v1/admin/catalog/imports/:id': withId(importId, (id) => `/catalog/imports/${id}`),
    'GET /api/v1/admin/catalog/snapshots': as('/catalog/snapshots'),
    'GET /api/v1/admin/catalog/bundles': as('/catalog/bundles'),
    'GET /api/v1/admin/catalog/materials': as('/catalog/materials'),
    'GET /api/v1/admin/supervision/volume': as(`/supervision/volume?${range}`),
    'GET /api/v1/admin/supervision/timeliness': as(`/supervision/timeliness?${range}`),
    'GET /api/v1/admin/supervision/overdue': as('/supervision/overdue'),
    'GET /api/v1/admin/supervision/ratings': as(`/supervision/ratings?${range}`),
    'GET /api/v1/admin/supervision/complaints': as(`/supervision/complaints?${range}`),
    'GET /api/v1/admin/supervision/bookings': as(`/supervision/bookings?${range}`),
    'GET /api/v1/admin/supervision/scans': as(`/supervision/scans?${range}`),
    'GET /api/v1/admin/supervision/export': as(`/supervision/export?${range}&table=volume-day`),
    'GET /api/v1/admin/policies': as('/policies'),
    'GET /api/v1/admin/policies/facts': as('/policies/facts'),
    'GET /api/v1/admin/policies/:id': withId(policyId, (id) => `/policies/${id}`),
    'GET /api/v1/admin/finance/products': as('/finance/products'),
    'GET /api/v1/admin/search-lexicon': as('/search-lexicon'),
  }
}
