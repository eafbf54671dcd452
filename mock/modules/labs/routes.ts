import { randomUUID } from 'node:crypto'
import {
  addDays,
  beijingDate,
  daysBetween,
  holidayCalendarVersion,
  isRestDay,
  maskName,
  maskPhone,
  parseDate,
  type SamplingBooking,
  type SamplingSlot,
  type TestingReport,
} from '../../../src/services/contract'
import { requireScopes } from '../../auth/roles'
import type { Repos } from '../repositories'
import type { ViewedSamplingRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { buildReport, SERVICE_NAME } from './labs'
import { labOf, servicesOf, type LabRow } from './labs-repository'
import { inTurn } from '../../db/engine'
import type { HandlerDeps } from '../deps'
import { labReportMessage } from '../messages/builders'

type TestingKeys =
  | 'GET /api/v1/testing/labs'
  | 'POST /api/v1/testing/bookings'
  | 'GET /api/v1/testing/bookings'
  | 'GET /api/v1/testing/bookings/:id'
  | 'GET /api/v1/testing/lab/bookings'
  | 'POST /api/v1/testing/bookings/:id/report'

const BOOKING_WINDOW_DAYS = 14

function toBooking(row: ViewedSamplingRow): SamplingBooking {
  const report = row.report_json === null ? null : (JSON.parse(row.report_json) as TestingReport)
  return {
    id: row.id,
    labId: row.lab_id,
    labName: row.lab_name ?? '检测机构',
    service: row.service,
    serviceName: SERVICE_NAME[row.service],
    date: row.day,
    slotText: row.slot === 'am' ? '上午 9:00–12:00' : '下午 14:00–17:30',
    address: row.address,
    contact: maskName(row.contact),
    phone: maskPhone(row.phone),
    status: report === null ? 'booked' : 'reported',
    report,
    canReport: report === null && row.viewer_is_staff === 1,
    createdAt: row.created_at,
  }
}

/** The booker, or staff of the lab; anyone else is answered as for a missing booking. */
async function visible(repos: Repos, id: string, userId: string): Promise<ViewedSamplingRow> {
  const row = await repos.testing.viewedById(id, userId)
  if (!row || (row.user_id !== userId && row.viewer_is_staff !== 1))
    throw notFound('没有找到该检测预约')
  return row
}

/** Working days from tomorrow to BOOKING_WINDOW_DAYS ahead: what the date picker offers. */
function bookableDatesFrom(today: string): string[] {
  return Array.from({ length: BOOKING_WINDOW_DAYS }, (_, i) => addDays(today, i + 1)).filter(
    (day) => !isRestDay(day),
  )
}

// Worked out once per day and holiday calendar (the calendar a console edit moves on), not on
// every look. Shared: never change it.
let datesKept = { key: '', dates: [] as string[] }
function bookableDates(now: Date): string[] {
  const today = beijingDate(now)
  const key = `${today}\n${holidayCalendarVersion()}`
  if (datesKept.key !== key) datesKept = { key, dates: bookableDatesFrom(today) }
  return datesKept.dates
}

function checkDate(date: string, now: Date): void {
  const problem = (message: string) =>
    new ApiError(400, 'VALIDATION_FAILED', message, { date: message })
  if (!parseDate(date)) throw problem('日期不存在，请重新选择')
  const ahead = daysBetween(beijingDate(now), date)
  if (ahead < 1) throw problem('最早可预约明天上门采样')
  if (ahead > BOOKING_WINDOW_DAYS) throw problem(`只能预约${BOOKING_WINDOW_DAYS}天内的日期`)
  if (isRestDay(date)) throw problem('该日为休息日，请选择工作日')
}

const toLab = (
  row: LabRow,
  bookableDates: string[],
  full: readonly { labId: string; date: string; slot: SamplingSlot }[],
) => ({
  ...labOf(row),
  bookableDates,
  fullHalfDays: full
    .filter((f) => f.labId === row.id)
    .map(({ date, slot }) => ({ date, slot }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.slot.localeCompare(b.slot)),
})

const slotFull = () =>
  new ApiError(409, 'LAB_SLOT_FULL', '该时段的上门采样已约满，请换一个日期或时段')

export function testingHandlers({ repos, notify, sql }: HandlerDeps): Pick<Handlers, TestingKeys> {
  const t = repos.testing
  return {
    'GET /api/v1/testing/labs': async ({ query }, ctx) => {
      const days = bookableDates(ctx.now)
      const labs = (await repos.labs.listed()).filter(
        (l) => query.service === undefined || servicesOf(l).includes(query.service),
      )
      const full = await repos.labs.fullHalfDays(days[0] ?? '', days.at(-1) ?? '')
      return { items: labs.map((l) => toLab(l, days, full)) }
    },
    'POST /api/v1/testing/bookings': async ({ body }, ctx) => {
      const lab = await repos.labs.find(body.labId)
      if (!lab || lab.hidden_at !== null || !servicesOf(lab).includes(body.service)) {
        throw new ApiError(400, 'VALIDATION_FAILED', '该机构不提供此项检测', {
          labId: '该机构不提供此项检测，请重新选择',
        })
      }
      checkDate(body.date, ctx.now)
      // This handler runs in its Idempotency-Key's transaction: one booking of a half day at a time.
      await inTurn(sql, `lab-slot:${lab.id}:${body.date}:${body.slot}`)
      if ((await repos.labs.booked(lab.id, body.date, body.slot)) >= lab.capacity) throw slotFull()
      const id = randomUUID()
      await t.insert({
        id,
        user_id: ctx.session.userId,
        lab_id: lab.id,
        service: body.service,
        day: body.date,
        slot: body.slot,
        address: body.address,
        contact: body.contact,
        phone: body.phone,
        created_at: ctx.now.toISOString(),
      })
      const row = await t.viewedById(id, ctx.session.userId)
      if (!row) throw new Error('sampling booking insert did not persist')
      return toBooking(row)
    },
    'GET /api/v1/testing/bookings': async (_input, ctx) => ({
      items: (await t.viewedOfUser(ctx.session.userId)).map(toBooking),
    }),
    'GET /api/v1/testing/bookings/:id': async ({ params }, ctx) =>
      toBooking(await visible(repos, params.id, ctx.session.userId)),
    'GET /api/v1/testing/lab/bookings': async (_input, ctx) => {
      const rows = await t.viewedOfStaff(ctx.session.userId)
      // Rows come only through a live lab grant; none at all may mean no grant: 403 then.
      if (rows.length === 0) await requireScopes(repos, ctx.session.userId, 'lab')
      return { items: rows.map(toBooking) }
    },
    // The conditional update is the guard: of two reports sent at once, one is stored.
    'POST /api/v1/testing/bookings/:id/report': async ({ params, body }, ctx) => {
      const found = await visible(repos, params.id, ctx.session.userId)
      if (found.viewer_is_staff !== 1)
        throw new ApiError(403, 'FORBIDDEN', '只有承接该预约的检测机构可以出具报告')
      const report = buildReport(found.service, body, ctx.now)
      if (!(await t.saveReport(found.id, JSON.stringify(report))))
        throw new ApiError(409, 'ALREADY_REPORTED', '该预约的报告已出具，不能重复出具')
      const row = (await t.viewedById(found.id, ctx.session.userId)) ?? found
      await notify(ctx, labReportMessage(row, SERVICE_NAME[row.service]))
      return toBooking(row)
    },
  }
}
