import { randomUUID } from 'node:crypto'
import {
  addDays,
  beijingDate,
  daysBetween,
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
import type { SamplingRow } from './repository'
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

/** Lab names by id, for the bookings a list shows (a lab taken off keeps its bookings). */
async function labNames(repos: Repos): Promise<Map<string, string>> {
  return new Map((await repos.labs.all()).map((l) => [l.id, l.name]))
}

function toBooking(
  row: SamplingRow,
  labsOfViewer: readonly string[],
  names: ReadonlyMap<string, string>,
): SamplingBooking {
  const report = row.report_json === null ? null : (JSON.parse(row.report_json) as TestingReport)
  return {
    id: row.id,
    labId: row.lab_id,
    labName: names.get(row.lab_id) ?? '检测机构',
    service: row.service,
    serviceName: SERVICE_NAME[row.service],
    date: row.day,
    slotText: row.slot === 'am' ? '上午 9:00–12:00' : '下午 14:00–17:30',
    address: row.address,
    contact: maskName(row.contact),
    phone: maskPhone(row.phone),
    status: report === null ? 'booked' : 'reported',
    report,
    canReport: report === null && labsOfViewer.includes(row.lab_id),
    createdAt: row.created_at,
  }
}

/** The labs whose staff the user is now (a live lab grant). */
const labsOf = (repos: Repos, userId: string) => repos.roles.scopesOf(userId, 'lab')

/** The booker, or staff of the lab; anyone else is answered as for a missing booking. */
async function visible(repos: Repos, id: string, userId: string) {
  const row = await repos.testing.find(id)
  const labs = await labsOf(repos, userId)
  if (!row || (row.user_id !== userId && !labs.includes(row.lab_id)))
    throw notFound('没有找到该检测预约')
  return { row, labs }
}

/** Working days from tomorrow to BOOKING_WINDOW_DAYS ahead: what the date picker offers. */
function bookableDates(now: Date): string[] {
  const today = beijingDate(now)
  return Array.from({ length: BOOKING_WINDOW_DAYS }, (_, i) => addDays(today, i + 1)).filter(
    (day) => !isRestDay(day),
  )
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
  const asViewer = async (rows: SamplingRow[], userId: string) => {
    const [labs, names] = await Promise.all([labsOf(repos, userId), labNames(repos)])
    return rows.map((r) => toBooking(r, labs, names))
  }
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
      const row = await t.find(id)
      if (!row) throw new Error('sampling booking insert did not persist')
      const [booking] = await asViewer([row], ctx.session.userId)
      if (!booking) throw new Error('sampling booking vanished')
      return booking
    },
    'GET /api/v1/testing/bookings': async (_input, ctx) => ({
      items: await asViewer(await t.ofUser(ctx.session.userId), ctx.session.userId),
    }),
    'GET /api/v1/testing/bookings/:id': async ({ params }, ctx) => {
      const { row, labs } = await visible(repos, params.id, ctx.session.userId)
      return toBooking(row, labs, await labNames(repos))
    },
    'GET /api/v1/testing/lab/bookings': async (_input, ctx) => {
      const labs = await requireScopes(repos, ctx.session.userId, 'lab')
      const rows = (await Promise.all(labs.map((lab) => t.ofLab(lab)))).flat()
      const names = await labNames(repos)
      return { items: rows.map((r) => toBooking(r, labs, names)) }
    },
    // The conditional update is the guard: of two reports sent at once, one is stored.
    'POST /api/v1/testing/bookings/:id/report': async ({ params, body }, ctx) => {
      const { row: found, labs } = await visible(repos, params.id, ctx.session.userId)
      if (!labs.includes(found.lab_id))
        throw new ApiError(403, 'FORBIDDEN', '只有承接该预约的检测机构可以出具报告')
      const report = buildReport(found.service, body, ctx.now)
      if (!(await t.saveReport(found.id, JSON.stringify(report))))
        throw new ApiError(409, 'ALREADY_REPORTED', '该预约的报告已出具，不能重复出具')
      const row = (await t.find(found.id)) ?? found
      await notify(ctx, labReportMessage(row, SERVICE_NAME[row.service]))
      return toBooking(row, await labsOf(repos, ctx.session.userId), await labNames(repos))
    },
  }
}
