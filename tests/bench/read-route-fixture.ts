// The signed-in users, roles and records the read-route bench needs, made through the API as a
// client would, and the request that reads each GET route with them.
import type { EndpointKey } from '../../src/services/contract'
import { UTILITY_SEED, accountNumber } from '../../mock/modules/life/seed'
import { FIRMS, PEOPLE, SOFTWARE_PROFILE } from '../support/people'
import type { RouteRequest } from './http-measure'
import { consoleFixture, consolePaths } from './read-route-fixture-console'
import {
  helperOf,
  loanApplication,
  submitCase,
  ticketAt,
  type Call,
  type Json,
} from './read-route-fixture-records'

const POINT = 'sp-qs-center'

/** Calls the server as a client does; throws with the answer when it is not a success. */
function client(url: string): Call {
  let keys = 0
  let addresses = 0
  return async (method, path, token, body) => {
    addresses += 1
    const headers: Record<string, string> = { 'x-forwarded-for': `10.8.0.${addresses % 250}` }
    if (token) headers.authorization = `Bearer ${token}`
    if (body) headers['content-type'] = 'application/json'
    if (method === 'POST' && !path.includes('/verifications'))
      headers['idempotency-key'] = `bench-read-${(keys += 1)}`
    const response = await fetch(url + path, {
      method,
      headers,
      body: body && JSON.stringify(body),
    })
    const json = (await response.json()) as Json
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
}

const idsOf = (json: Json, list = 'items') =>
  ((json.data?.[list] ?? []) as { id: string }[]).map((row) => row.id)

/**
 * Each record the routes read, made once, whatever the day and hour; one that cannot be made
 * leaves its route unbenched (and the bench failing). `databasePath` is the server's SQLite file.
 */
export async function readRouteFixture(url: string, databasePath: string) {
  const call = client(url)
  const signIn = async (handle: string) =>
    ((await call('POST', '/api/v1/auth/wechat-login', undefined, { code: `dev:${handle}` })).data
      ?.token ?? '') as string
  const verified = async (handle: string, person: { name: string; idNumber: string }) => {
    const token = await signIn(handle)
    const started = await call('POST', '/api/v1/me/identity/verifications', token, person)
    const outbox = await call('GET', '/api/v1/dev/outbox', token)
    const text = (outbox.data?.items as { text: string }[] | undefined)?.[0]?.text ?? ''
    const code = /验证码为(\d{6})/.exec(text)?.[1] ?? ''
    const id = started.data?.id as string
    await call('POST', `/api/v1/me/identity/verifications/${id}/confirm`, token, { code })
    return token
  }
  const attempt = async <T>(make: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await make()
    } catch (error) {
      console.warn(`read-route fixture: ${(error as Error).message.slice(0, 300)}`)
      return undefined
    }
  }

  const citizen = await verified('bench-read-citizen', PEOPLE.zhang)
  const owner = await attempt(() => verified('bench-read-owner', FIRMS.software.rep))
  const staff = await signIn('staff-center-1')
  const helper = await signIn('helper-1')
  const helper2 = await signIn('helper-2')
  const admin = await signIn('admin-1')
  const lawyer = await signIn('lawyer-1')
  const bank = await signIn('bank-abc')
  const lab = await signIn('lab-env')

  // Waits for the search index, whose build would otherwise count against the first routes.
  await call('GET', `/api/v1/catalog/search?q=${encodeURIComponent('营业执照')}`, citizen)
  const items = idsOf(
    await call('GET', `/api/v1/service-points/${POINT}/items?pageSize=1`, citizen),
  )
  const itemId = items[0] ?? ''
  const dates = await call(
    'GET',
    `/api/v1/appointments/dates?itemId=${itemId}&pointId=${POINT}`,
    citizen,
  )
  const day = ((dates.data?.dates ?? []) as { date: string }[])[0]?.date ?? ''
  const bundleId = idsOf(await call('GET', '/api/v1/catalog/bundles', citizen))[0]
  const videoId = idsOf(await call('GET', '/api/v1/media/videos', citizen))[0]
  const liveId = idsOf(await call('GET', '/api/v1/media/live', citizen), 'live')[0]
  const appointmentId = await attempt(async () => {
    const slots = await call(
      'GET',
      `/api/v1/appointments/slots?itemId=${itemId}&pointId=${POINT}&date=${day}`,
      citizen,
    )
    const slot = (slots.data?.slots as { start: string }[])[0]
    const booked = await call('POST', '/api/v1/appointments', citizen, {
      itemId,
      pointId: POINT,
      slotStart: slot?.start,
      name: '张三',
      phone: '13812345678',
    })
    return booked.data?.id as string
  })
  const ticketId = await attempt(async () => {
    const me = await call('GET', '/api/v1/me', citizen)
    return ticketAt(databasePath, POINT, me.data?.id as string)
  })
  const caseId = await attempt(() => submitCase(url, call, citizen, { kind: 'item', id: itemId }))
  const caseHelper =
    caseId === undefined ? undefined : await helperOf(call, caseId, [helper, helper2])
  const consultationId = await attempt(
    async () =>
      (
        await call('POST', '/api/v1/legal/consultations', citizen, {
          lawyerId: 'lawyer-1',
          topic: 'labor',
          question: '示例：在工地干了三个月，包工头拖欠工资两万元，现在人找不到了，怎么办？',
        })
      ).data?.id as string,
  )
  const samplingId = await attempt(
    async () =>
      (
        await call('POST', '/api/v1/testing/bookings', citizen, {
          labId: 'lab-env',
          service: 'air',
          date: day,
          slot: 'am',
          address: '青山区幸福路街道幸福南路12号楼3单元501',
          contact: '张三',
          phone: '13812345678',
        })
      ).data?.id as string,
  )
  const heating = UTILITY_SEED.find((account) => account.id === 'heating-1')
  const utility = await attempt(async () => {
    if (!heating) throw new Error('no heating-1 in the utility seed')
    const bound = await call('POST', '/api/v1/utilities/accounts', citizen, {
      kind: 'heating',
      number: accountNumber(heating),
      holderCheck: '张',
    })
    const accountId = bound.data?.id as string
    const bills = await call('GET', `/api/v1/utilities/accounts/${accountId}/bills`, citizen)
    const billId = idsOf(bills)[0]
    const paid = await call('POST', '/api/v1/utilities/payments', citizen, { billId })
    return { accountId, paymentId: paid.data?.id as string }
  })
  const enterpriseId = await attempt(async () => {
    if (!owner) throw new Error('no verified owner')
    const bound = await call('POST', '/api/v1/me/enterprises', owner, {
      name: FIRMS.software.name,
      uscc: FIRMS.software.uscc,
    })
    const enterprises = (bound.data?.enterprises ?? []) as { id: string; name: string }[]
    const id = enterprises.find((firm) => firm.name === FIRMS.software.name)?.id
    await call('PUT', '/api/v1/me/active-identity', owner, { enterpriseId: id })
    await call('PUT', '/api/v1/policy/profile', owner, SOFTWARE_PROFILE)
    return id
  })
  const matchId = await attempt(async () => {
    const matches = await call('GET', '/api/v1/policy/matches', owner)
    return ((matches.data?.items ?? []) as { policy: { id: string } }[])[0]?.policy.id
  })
  const applicationId = await attempt(() => {
    if (!owner) throw new Error('no verified owner')
    return loanApplication(call, owner, SOFTWARE_PROFILE.foundedOn)
  })
  return {
    console: await consoleFixture(url, attempt),
    tokens: { citizen, owner, staff, helper, caseHelper, admin, lawyer, bank, lab },
    ids: {
      itemId,
      day,
      bundleId,
      videoId,
      liveId,
      matchId,
      appointmentId,
      ticketId,
      caseId,
      applicationId,
      consultationId,
      samplingId,
      enterpriseId,
      ...utility,
    },
  }
}

type Fixture = Awaited<ReturnType<typeof readRouteFixture>>

/** The request for each GET route; a route whose record could not be made is left out. */
export function readRoutePaths({
  tokens,
  ids,
  console,
}: Fixture): Partial<Record<EndpointKey, RouteRequest>> {
  const { citizen } = tokens
  const as = (token: string | undefined) => (path: string | false) =>
    path === false || token === undefined ? undefined : { path: `/api/v1${path}`, token }
  const me = as(citizen)
  const firm = as(tokens.owner)
  const withId = (id: string | undefined, path: (id: string) => string) =>
    id === undefined ? false : path(id)
  const { itemId } = ids
  return {
    'GET /api/v1/health': { path: '/api/v1/health' },
    'GET /api/v1/me': me('/me'),
    'GET /api/v1/dev/outbox': me('/dev/outbox'),
    'GET /api/v1/me/enterprises/:id/agents': as(tokens.owner)(
      withId(ids.enterpriseId, (id) => `/me/enterprises/${id}/agents`),
    ),
    'GET /api/v1/appointments/items': me('/appointments/items'),
    'GET /api/v1/appointments/dates': me(`/appointments/dates?itemId=${itemId}&pointId=${POINT}`),
    'GET /api/v1/appointments/slots': me(
      `/appointments/slots?itemId=${itemId}&pointId=${POINT}&date=${ids.day}`,
    ),
    'GET /api/v1/appointments': me('/appointments'),
    'GET /api/v1/appointments/:id': me(withId(ids.appointmentId, (id) => `/appointments/${id}`)),
    'GET /api/v1/cases/form': me(`/cases/form?kind=item&id=${itemId}`),
    'GET /api/v1/cases': me('/cases'),
    'GET /api/v1/cases/:id': me(withId(ids.caseId, (id) => `/cases/${id}`)),
    'GET /api/v1/staff/cases/:id': as(tokens.caseHelper)(
      withId(ids.caseId, (id) => `/staff/cases/${id}`),
    ),
    'GET /api/v1/staff/complaints': as(tokens.helper)('/staff/complaints'),
    'GET /api/v1/messages': me('/messages'),
    'GET /api/v1/messages/unread-count': me('/messages/unread-count'),
    'GET /api/v1/messages/subscription': me('/messages/subscription'),
    'GET /api/v1/helper-contact': me('/helper-contact'),
    'GET /api/v1/staff/cases': as(tokens.helper)('/staff/cases'),
    'GET /api/v1/complaints': me('/complaints'),
    'GET /api/v1/catalog/facets': me('/catalog/facets'),
    'GET /api/v1/catalog/items': me('/catalog/items?page=1'),
    'GET /api/v1/catalog/items/:id': me(`/catalog/items/${itemId}`),
    'GET /api/v1/catalog/bundles': me('/catalog/bundles'),
    'GET /api/v1/catalog/bundles/:id': me(withId(ids.bundleId, (id) => `/catalog/bundles/${id}`)),
    'GET /api/v1/me/favorites': me('/me/favorites'),
    'GET /api/v1/ecert/licences': me('/ecert/licences'),
    'GET /api/v1/ecert/prefill': me('/ecert/prefill'),
    'GET /api/v1/proxy/grants': me('/proxy/grants'),
    'GET /api/v1/proxy/acting': me('/proxy/acting'),
    'GET /api/v1/proxy/audit': me('/proxy/audit'),
    'GET /api/v1/finance/products': me('/finance/products'),
    'GET /api/v1/finance/applications': me('/finance/applications'),
    'GET /api/v1/finance/applications/:id': firm(
      withId(ids.applicationId, (id) => `/finance/applications/${id}`),
    ),
    'GET /api/v1/finance/bank/applications': as(tokens.bank)('/finance/bank/applications'),
    'GET /api/v1/testing/labs': me('/testing/labs'),
    'GET /api/v1/testing/bookings': me('/testing/bookings'),
    'GET /api/v1/testing/bookings/:id': me(
      withId(ids.samplingId, (id) => `/testing/bookings/${id}`),
    ),
    'GET /api/v1/testing/lab/bookings': as(tokens.lab)('/testing/lab/bookings'),
    'GET /api/v1/legal/topics': me('/legal/topics'),
    'GET /api/v1/legal/knowledge': me('/legal/knowledge'),
    'GET /api/v1/legal/lawyers': me('/legal/lawyers'),
    'GET /api/v1/legal/consultations': me('/legal/consultations'),
    'GET /api/v1/legal/consultations/:id': me(
      withId(ids.consultationId, (id) => `/legal/consultations/${id}`),
    ),
    'GET /api/v1/legal/lawyer/consultations': as(tokens.lawyer)('/legal/lawyer/consultations'),
    'GET /api/v1/utilities/accounts': me('/utilities/accounts'),
    'GET /api/v1/utilities/accounts/:id/bills': me(
      withId(ids.accountId, (id) => `/utilities/accounts/${id}/bills`),
    ),
    'GET /api/v1/utilities/payments/:id': me(
      withId(ids.paymentId, (id) => `/utilities/payments/${id}`),
    ),
    'GET /api/v1/media/videos': me('/media/videos'),
    'GET /api/v1/media/videos/:id': me(withId(ids.videoId, (id) => `/media/videos/${id}`)),
    'GET /api/v1/media/chapters': me(`/media/chapters?itemId=${itemId}`),
    'GET /api/v1/media/live': me('/media/live'),
    'GET /api/v1/media/live/:id': me(withId(ids.liveId, (id) => `/media/live/${id}`)),
    'GET /api/v1/service-points': me('/service-points'),
    'GET /api/v1/service-points/:id': me(`/service-points/${POINT}`),
    'GET /api/v1/service-points/nearby': me(
      '/service-points/nearby?latitude=40.65&longitude=109.9',
    ),
    'GET /api/v1/service-points/:id/items': me(`/service-points/${POINT}/items`),
    'GET /api/v1/policy/profile': firm('/policy/profile'),
    'GET /api/v1/policy/matches': firm('/policy/matches'),
    'GET /api/v1/policy/matches/:id': firm(withId(ids.matchId, (id) => `/policy/matches/${id}`)),
    'GET /api/v1/policy/prereviews': firm('/policy/prereviews'),
    'GET /api/v1/policy/calendar': firm('/policy/calendar'),
    'GET /api/v1/policy/subscription': firm('/policy/subscription'),
    'GET /api/v1/qr/scans': me('/qr/scans'),
    'GET /api/v1/qr/zones/:id': me('/qr/zones/enterprise'),
    'GET /api/v1/campaigns/:id': me('/campaigns/gift-2026'),
    'GET /api/v1/queue/tickets/:id': me(withId(ids.ticketId, (id) => `/queue/tickets/${id}`)),
    'GET /api/v1/telecom/plans': me('/telecom/plans'),
    'GET /api/v1/telecom/requests': me('/telecom/requests'),
    ...consolePaths(console, { itemId, pointId: POINT }),
  }
}
