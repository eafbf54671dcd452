// The holiday calendar in the console: a year saved there is used at once by bookings and
// deadlines (on every process: the version moves), validated, and audited.
import {
  BUILT_IN_HOLIDAY_YEARS,
  type AdminHolidayYear,
  type AdminHolidayYears,
  type BookableDates,
  type ConsoleAuditPage,
  type HolidayYearEdit,
  type SlotList,
} from '../../../src/services/contract'
import { deadlineDate } from '../../../mock/modules/cases/working-days'
import { login, testApp } from '../helpers'
import { send } from './support'

const CENTRE = 'sp-qs-center'
const { app, sql } = testApp() // Monday 2026-03-02 09:00
let admin = ''
let resident = ''
let itemId = ''
let year2026: AdminHolidayYear
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:calendar-resident')
  const items = await send<{ items: { id: string }[] }>(
    app,
    'GET',
    `/api/v1/service-points/${CENTRE}/items?pageSize=1`,
    { token: resident },
  )
  itemId = items.data.items[0]?.id ?? ''
  const years = await send<AdminHolidayYears>(app, 'GET', '/api/v1/admin/calendar/years', {
    token: admin,
  })
  const found = years.data.items.find((y) => y.year === 2026)
  if (!found) throw new Error('the built-in 2026 is missing')
  year2026 = found
})
afterAll(() => app.close())

const save = (year: string, body: HolidayYearEdit) =>
  send<AdminHolidayYear>(
    app,
    'POST',
    `/api/v1/admin/calendar/years/${year}`,
    { token: admin },
    body,
  )
const bookableDates = async () =>
  (
    await send<BookableDates>(
      app,
      'GET',
      `/api/v1/appointments/dates?itemId=${itemId}&pointId=${CENTRE}`,
      { token: resident },
    )
  ).data.dates.map((d) => d.date)
const BUILT_IN_2026 = BUILT_IN_HOLIDAY_YEARS.find((y) => y.year === 2026)
const edit = (extra: Partial<HolidayYearEdit>): HolidayYearEdit => ({
  holidays: [...(BUILT_IN_2026?.holidays ?? []), ...(extra.holidays ?? [])],
  makeupDays: [...(BUILT_IN_2026?.makeupDays ?? []), ...(extra.makeupDays ?? [])],
})

test('the built-in years are listed as the seed (not edited), with 2026 as the State Council gave it', () => {
  expect(year2026.editedAt).toBeNull()
  expect(year2026.holidays).toContainEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' })
  expect(year2026.makeupDays).toContain('2026-02-28')
})

test('a new holiday takes that day out of booking and moves deadlines; a 调休 Saturday opens with Monday hours', async () => {
  expect(await bookableDates()).toContain('2026-03-04')
  expect(await bookableDates()).not.toContain('2026-03-07')
  expect(deadlineDate(new Date('2026-03-02T10:00:00+08:00'), 5)).toBe('2026-03-09')

  const saved = await save(
    '2026',
    edit({
      holidays: [{ name: '示例 临时闭馆', from: '2026-03-04', to: '2026-03-04' }],
      makeupDays: ['2026-03-07'],
    }),
  )
  expect(saved.status).toBe(200)
  expect(saved.data.editedAt).toBe(new Date('2026-03-02T09:00:00+08:00').toISOString())

  const dates = await bookableDates()
  expect(dates).not.toContain('2026-03-04')
  expect(dates).toContain('2026-03-07')
  const slots = await send<SlotList>(
    app,
    'GET',
    `/api/v1/appointments/slots?itemId=${itemId}&pointId=${CENTRE}&date=2026-03-04`,
    { token: resident },
  )
  expect(slots.status).toBe(400)
  const saturday = await send<SlotList>(
    app,
    'GET',
    `/api/v1/appointments/slots?itemId=${itemId}&pointId=${CENTRE}&date=2026-03-07`,
    { token: resident },
  )
  expect(saturday.data.slots[0]?.time).toBe('09:00')
  // 5 working days from Monday: Tue, Thu, Fri, Sat (调休), Mon — the holiday skipped, the Saturday counted.
  expect(deadlineDate(new Date('2026-03-02T10:00:00+08:00'), 5)).toBe('2026-03-09')
  expect(deadlineDate(new Date('2026-03-02T10:00:00+08:00'), 2)).toBe('2026-03-05')

  const audit = await send<ConsoleAuditPage>(app, 'GET', '/api/v1/admin/audit?area=calendar', {
    token: admin,
  })
  const row = audit.data.items[0]
  expect(row).toMatchObject({
    action: 'calendar.saved',
    target: { kind: 'holiday_year', id: '2026' },
  })
  expect(JSON.stringify(row?.after)).toContain('示例 临时闭馆')
  expect(JSON.stringify(row?.before)).not.toContain('示例 临时闭馆')
})

test('a year saved by another server process is used on the next request (the version moved)', async () => {
  await sql
    .updateTable('holiday_years')
    .set({
      holidays_json: JSON.stringify([
        ...year2026.holidays,
        { name: '示例', from: '2026-03-05', to: '2026-03-05' },
      ]),
    })
    .where('year', '=', 2026)
    .execute()
  await sql
    .updateTable('holiday_calendar_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .execute()
  const dates = await bookableDates()
  expect(dates).not.toContain('2026-03-05')
  expect(dates).toContain('2026-03-04') // this save replaced the year: 03-04 is a working day again
})

test.each([
  ['a 调休 day on a weekday', edit({ makeupDays: ['2026-03-11'] }), '不是周六或周日'],
  [
    'a range outside the year',
    edit({ holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-02' }] }),
    '不在2026年内',
  ],
  [
    'a range ending before it starts',
    edit({ holidays: [{ name: '示例', from: '2026-03-12', to: '2026-03-10' }] }),
    '结束日期早于开始日期',
  ],
  [
    'overlapping ranges',
    edit({ holidays: [{ name: '示例', from: '2026-10-07', to: '2026-10-09' }] }),
    '日期重叠',
  ],
  ['a 调休 day inside a holiday', edit({ makeupDays: ['2026-10-03'] }), '落在“国庆节”假期内'],
  [
    'a month-long holiday',
    edit({ holidays: [{ name: '示例', from: '2026-07-01', to: '2026-07-31' }] }),
    '超过15天',
  ],
])('refused with CALENDAR_INVALID: %s', async (_case, body, words) => {
  const answer = await save('2026', body)
  expect(answer.status).toBe(400)
  expect(answer.error?.code).toBe('CALENDAR_INVALID')
  expect(answer.error?.message).toContain(words)
})

test.each([
  ['a year that is not 4 digits', '26', { holidays: [], makeupDays: [] }],
  ['a year from another century', '1999', { holidays: [], makeupDays: [] }],
  [
    'a date that does not exist',
    '2026',
    { holidays: [{ name: '示例', from: '2026-02-30', to: '2026-03-01' }], makeupDays: [] },
  ],
  [
    'a name of invisible characters only',
    '2026',
    { holidays: [{ name: '\u200b\u200b', from: '2026-03-02', to: '2026-03-02' }], makeupDays: [] },
  ],
  [
    'a flood of make-up days',
    '2026',
    { holidays: [], makeupDays: Array.from({ length: 500 }, () => '2026-03-07') },
  ],
  ['a wrong type', '2026', { holidays: 'all', makeupDays: [] }],
])(
  'hostile or malformed input is a 400 with a message, never a 500: %s',
  async (_case, year, body) => {
    const answer = await send(
      app,
      'POST',
      `/api/v1/admin/calendar/years/${year}`,
      { token: admin },
      body,
    )
    expect(answer.status).toBe(400)
    expect(answer.error?.message).toMatch(/[\u4e00-\u9fa5]/)
  },
)

test('a resident cannot save the calendar', async () => {
  const answer = await send(
    app,
    'POST',
    '/api/v1/admin/calendar/years/2026',
    { token: resident },
    edit({}),
  )
  expect(answer.status).toBe(403)
})
