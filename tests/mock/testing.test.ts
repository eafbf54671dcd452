import type { Lab, SamplingBooking } from '../../src/services/contract'
import { authed, json, login, testApp, type ErrorJson } from './helpers'

// The test clock: Monday 2026-03-02 09:00 in 包头.
const { app } = testApp()
let owner: string
let stranger: string
let envLab: string
let qualityLab: string
beforeAll(async () => {
  owner = await login(app, 'dev:testing-owner')
  stranger = await login(app, 'dev:testing-stranger')
  envLab = await login(app, 'dev:lab-env')
  qualityLab = await login(app, 'dev:lab-quality')
})
afterAll(() => app.close())

let keyCounter = 0
const book = (payload: object) =>
  app.inject(
    authed(owner, {
      method: 'POST',
      url: '/api/v1/testing/bookings',
      payload: {
        labId: 'lab-env',
        service: 'air',
        date: '2026-03-04',
        slot: 'am',
        address: '青山区幸福路街道幸福南路12号楼3单元501',
        contact: '张建国',
        phone: '13847200002',
        ...payload,
      },
      headers: { 'idempotency-key': `sampling-key-${++keyCounter}` },
    }),
  )
const get = (token: string, url: string) => app.inject(authed(token, { method: 'GET', url }))
const report = (token: string, id: string, payload: object) =>
  app.inject(
    authed(token, {
      method: 'POST',
      url: `/api/v1/testing/bookings/${id}/report`,
      payload: {
        place: '主卧',
        formaldehyde: '0.12',
        tvoc: '0.35',
        benzene: '',
        conclusion: '主卧甲醛超标，建议通风并复测',
        ...payload,
      },
    }),
  )

test('licensed labs by service', async () => {
  const air = json<{ data: { items: Lab[] } }>(await get(owner, '/api/v1/testing/labs?service=air'))
  expect(air.data.items.map((l) => l.id)).toEqual(['lab-env', 'lab-quality'])
  const product = json<{ data: { items: Lab[] } }>(
    await get(owner, '/api/v1/testing/labs?service=product'),
  )
  expect(product.data.items.map((l) => l.id)).toEqual(['lab-quality'])
})

test('a sampling date must be a working day from tomorrow to 14 days ahead', async () => {
  const cases: [string, string][] = [
    ['2026-03-02', '最早可预约明天上门采样'],
    ['2026-03-07', '该日为休息日，请选择工作日'],
    ['2026-03-20', '只能预约14天内的日期'],
    ['2026-02-30', '日期不存在，请重新选择'],
  ]
  for (const [date, message] of cases) {
    const res = await book({ date })
    expect(res.statusCode).toBe(400)
    expect(json<ErrorJson>(res).error.fields?.date).toBe(message)
  }
  const wrongLab = await book({ labId: 'lab-env', service: 'product' })
  expect(json<ErrorJson>(wrongLab).error.fields?.labId).toBe('该机构不提供此项检测，请重新选择')
})

test('book, the lab reports once against GB/T 18883-2022, the booker reads it', async () => {
  const created = await book({})
  expect(created.statusCode).toBe(201)
  const booking = json<{ data: SamplingBooking }>(created).data
  expect(booking).toMatchObject({
    status: 'booked',
    contact: '张**',
    phone: '138****0002',
    report: null,
  })

  expect((await get(stranger, `/api/v1/testing/bookings/${booking.id}`)).statusCode).toBe(404)
  expect((await get(qualityLab, `/api/v1/testing/bookings/${booking.id}`)).statusCode).toBe(404)
  expect((await get(stranger, '/api/v1/testing/lab/bookings')).statusCode).toBe(403)
  expect((await report(owner, booking.id, {})).statusCode).toBe(403)

  const desk = json<{ data: { items: SamplingBooking[] } }>(
    await get(envLab, '/api/v1/testing/lab/bookings'),
  )
  expect(desk.data.items.find((b) => b.id === booking.id)?.canReport).toBe(true)
  const empty = await report(envLab, booking.id, { formaldehyde: '', tvoc: '' })
  expect(json<ErrorJson>(empty).error.fields?.formaldehyde).toContain('请至少填写一项检测数据')
  const bad = await report(envLab, booking.id, { tvoc: 'abc' })
  expect(json<ErrorJson>(bad).error.fields?.tvoc).toContain('请填写数字')

  const issued = json<{ data: SamplingBooking }>(await report(envLab, booking.id, {})).data
  expect(issued.report).toMatchObject({
    passed: false,
    standard: 'GB/T 18883-2022《室内空气质量标准》',
    items: [
      { name: '甲醛', value: 0.12, limit: 0.08, passed: false },
      { name: 'TVOC', value: 0.35, limit: 0.6, passed: true },
    ],
  })
  expect((await report(envLab, booking.id, {})).statusCode).toBe(409)
  const seen = json<{ data: SamplingBooking }>(
    await get(owner, `/api/v1/testing/bookings/${booking.id}`),
  ).data
  expect(seen).toMatchObject({ status: 'reported', canReport: false })
  expect(seen.report?.conclusion).toBe('主卧甲醛超标，建议通风并复测')
})

test('each lab lists the days it takes, and every one of them is accepted', async () => {
  const labs = json<{ data: { items: Lab[] } }>(await get(owner, '/api/v1/testing/labs')).data
  const days = labs.items[0]?.bookableDates ?? []
  // From Tuesday 3 March, 14 days ahead, without the two weekends (7–8 and 14–15 March).
  expect(days).toEqual([
    '2026-03-03',
    '2026-03-04',
    '2026-03-05',
    '2026-03-06',
    '2026-03-09',
    '2026-03-10',
    '2026-03-11',
    '2026-03-12',
    '2026-03-13',
    '2026-03-16',
  ])
  const saturday = await book({ date: '2026-03-07' })
  expect(json<ErrorJson>(saturday).error.fields?.date).toBe('该日为休息日，请选择工作日')
  for (const date of days) expect((await book({ date })).statusCode).toBe(201)
})

test('a half day booked to capacity is listed as full, and the next booking of it is refused', async () => {
  const labsNow = async () =>
    json<{ data: { items: Lab[] } }>(await get(stranger, '/api/v1/testing/labs')).data.items
  const fullOf = async (id: string) => (await labsNow()).find((l) => l.id === id)?.fullHalfDays
  const taken = (await fullOf('lab-env'))?.length ?? 0
  // lab-env sends six samplers a half day (sample-labs.json).
  for (let i = 0; i < 5; i += 1) {
    expect((await book({ date: '2026-03-05', slot: 'pm' })).statusCode).toBe(201)
  }
  expect(await fullOf('lab-env')).toHaveLength(taken)
  expect((await book({ date: '2026-03-05', slot: 'pm' })).statusCode).toBe(201)
  expect(await fullOf('lab-env')).toContainEqual({ date: '2026-03-05', slot: 'pm' })
  expect(await fullOf('lab-env')).not.toContainEqual({ date: '2026-03-05', slot: 'am' })
  expect(await fullOf('lab-quality')).not.toContainEqual({ date: '2026-03-05', slot: 'pm' })

  const seventh = await book({ date: '2026-03-05', slot: 'pm' })
  expect([seventh.statusCode, json<ErrorJson>(seventh).error.code]).toEqual([409, 'LAB_SLOT_FULL'])
})
