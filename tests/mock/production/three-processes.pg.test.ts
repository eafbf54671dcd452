import type { Appointment, BookableDates, SlotList } from '../../../src/services/contract'
import { freshDatabase } from '../../support/postgres'
import { POSTGRES_ENV } from '../../support/postgres-setup'
import { startServer, stopServers, type ServerProcess } from '../../support/server-processes'

/**
 * Three `npm run server` processes on one PostgreSQL database, as behind a reverse proxy: what
 * one decides, the others must respect.
 */
jest.setTimeout(180_000)

const CENTRE = 'sp-qs-center'
const SIGN_INS_PER_MINUTE = 10
let servers: ServerProcess[] = []

beforeAll(async () => {
  const url = await freshDatabase(process.env[POSTGRES_ENV] ?? '')
  const env = {
    DATABASE_URL: url,
    TRUST_PROXY: '1',
    RATE_LIMIT_FACTOR: '1000',
    SIGN_INS_PER_MINUTE: String(SIGN_INS_PER_MINUTE),
  }
  // The first migrates and seeds; the others start against the ready database at once.
  servers = [await startServer(env)]
  servers.push(...(await Promise.all([startServer(env), startServer(env)])))
})
afterAll(() => stopServers(servers))

interface Answer<T> {
  status: number
  data: T
  error?: { code: string; message: string }
}

let addressCounter = 0
const newAddress = () => {
  addressCounter += 1
  return `10.9.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`
}

async function call<T>(
  server: ServerProcess,
  method: 'GET' | 'POST',
  url: string,
  options: { token?: string; body?: object; key?: string; address?: string } = {},
): Promise<Answer<T>> {
  const response = await fetch(`${server.base}${url}`, {
    method,
    headers: {
      'x-forwarded-for': options.address ?? newAddress(),
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...(options.key && { 'idempotency-key': options.key }),
      ...(options.body && { 'content-type': 'application/json' }),
    },
    ...(options.body && { body: JSON.stringify(options.body) }),
  })
  const json = (await response.json()) as { data: T; error?: Answer<T>['error'] }
  return { status: response.status, data: json.data, error: json.error }
}

const on = (i: number) => servers[i % servers.length]!

async function signIn(server: ServerProcess, device: string, address?: string) {
  return call<{ token: string }>(server, 'POST', '/api/v1/auth/wechat-login', {
    body: { code: `dev:${device}` },
    address,
  })
}

async function tokens(prefix: string, n: number): Promise<string[]> {
  const answers = await Promise.all(
    Array.from({ length: n }, (_, i) => signIn(on(i), `${prefix}-${i}`)),
  )
  return answers.map((a) => {
    if (a.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(a.error)}`)
    return a.data.token
  })
}

/** An item of the centre and its next bookable day's untouched slots, as the app finds them. */
async function openSlots(token: string, skipDays = 0) {
  const items = await call<{ items: { id: string }[] }>(
    on(0),
    'GET',
    `/api/v1/service-points/${CENTRE}/items?pageSize=1`,
    { token },
  )
  const itemId = items.data.items[0]!.id
  const dates = await call<BookableDates>(
    on(1),
    'GET',
    `/api/v1/appointments/dates?itemId=${itemId}&pointId=${CENTRE}`,
    { token },
  )
  const date = dates.data.dates[1 + skipDays]!.date
  const slots = await call<SlotList>(
    on(2),
    'GET',
    `/api/v1/appointments/slots?itemId=${itemId}&pointId=${CENTRE}&date=${date}`,
    { token },
  )
  return { itemId, slots: slots.data.slots.filter((s) => s.remaining === s.capacity) }
}

const booking = (itemId: string, slotStart: string) => ({
  itemId,
  pointId: CENTRE,
  slotStart,
  name: '张三',
  phone: '13812345678',
})

async function mine(token: string, server = on(0)): Promise<Appointment[]> {
  const answer = await call<{ items: Appointment[] }>(
    server,
    'GET',
    '/api/v1/appointments?status=upcoming',
    { token },
  )
  return answer.data.items.filter((a) => a.status === 'booked')
}

test('200 bookings for one slot of capacity 5, spread over three processes → exactly 5', async () => {
  const users = await tokens('slot', 200)
  const { itemId, slots } = await openSlots(users[0]!)
  const slot = slots[0]!
  const answers = await Promise.all(
    users.map((token, i) =>
      call<Appointment>(on(i), 'POST', '/api/v1/appointments', {
        token,
        body: booking(itemId, slot.start),
        key: `slot-rush-${String(i).padStart(4, '0')}`,
      }),
    ),
  )
  expect(answers.filter((a) => a.status === 201)).toHaveLength(slot.capacity)
  expect(new Set(answers.filter((a) => a.status !== 201).map((a) => a.error?.code))).toEqual(
    new Set(['SLOT_FULL']),
  )
  const after = await openSlots(users[0]!)
  expect(after.slots.map((s) => s.start)).not.toContain(slot.start)
})

test('50 retries of one Idempotency-Key spread over three processes → one booking, one answer', async () => {
  const [token] = await tokens('retry', 1)
  const { itemId, slots } = await openSlots(token!, 1)
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      call<Appointment>(on(i), 'POST', '/api/v1/appointments', {
        token,
        body: booking(itemId, slots[0]!.start),
        key: 'one-tap-retried',
      }),
    ),
  )
  expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201))
  expect(new Set(answers.map((a) => a.data.id)).size).toBe(1)
  expect(await mine(token!, on(2))).toHaveLength(1)
})

test('the sign-in limit of one address is shared: 30 tries over three processes → 10 let in', async () => {
  const address = newAddress()
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) => signIn(on(i), `limit-${i}`, address)),
  )
  expect(answers.filter((a) => a.status === 200)).toHaveLength(SIGN_INS_PER_MINUTE)
  expect(answers.filter((a) => a.status === 429)).toHaveLength(30 - SIGN_INS_PER_MINUTE)
})

test('one process killed mid-burst: every booking retried elsewhere lands once, none twice', async () => {
  const users = await tokens('crash', 40)
  const { itemId, slots } = await openSlots(users[0]!, 2)
  const victim = servers[2]!
  let answered = 0
  let retried = 0
  const bookOnce = async (token: string, i: number) => {
    const request = {
      token,
      body: booking(itemId, slots[i % 8]!.start),
      key: `crash-burst-${String(i).padStart(4, '0')}`,
    }
    try {
      const answer = await call<Appointment>(on(i), 'POST', '/api/v1/appointments', request)
      // The first answer is the moment: the victim dies with its share of the burst in flight.
      if ((answered += 1) === 1) victim.kill()
      return answer
    } catch {
      // The connection died with the process: the app retries with the same key elsewhere.
      retried += 1
      return call<Appointment>(
        on(i + 1) === victim ? on(i + 2) : on(i + 1),
        'POST',
        '/api/v1/appointments',
        request,
      )
    }
  }
  const answers = await Promise.all(users.map(bookOnce))
  servers = servers.filter((s) => s !== victim)
  expect(retried).toBeGreaterThan(0)
  expect(answers.map((a) => a.status)).toEqual(Array(40).fill(201))
  const held = await Promise.all(users.map((token) => mine(token)))
  expect(held.map((list) => list.length)).toEqual(Array(40).fill(1))
  expect(held.map((list) => list[0]!.id)).toEqual(answers.map((a) => a.data.id))
})
