import { randomUUID } from 'node:crypto'
import {
  maskName,
  maskPhone,
  type SamplingBooking,
  type TestingReport,
} from '../../src/services/contract'
import type { Repos } from '../db/repos'
import type { SamplingRow } from '../db/repos/testing'
import { ApiError, notFound } from '../http/errors'
import type { Handlers } from '../http/types'
import { daysBetween, isRestDay, parseDate, shanghaiDate } from '../legal/dates'
import { buildReport, LABS, SERVICE_NAME } from '../testing/labs'
import type { HandlerDeps } from './deps'

type TestingKeys =
  | 'GET /api/v1/testing/labs'
  | 'POST /api/v1/testing/bookings'
  | 'GET /api/v1/testing/bookings'
  | 'GET /api/v1/testing/bookings/:id'
  | 'GET /api/v1/testing/lab/bookings'
  | 'POST /api/v1/testing/bookings/:id/report'

const BOOKING_WINDOW_DAYS = 14

function toBooking(row: SamplingRow, labOfViewer: string | undefined): SamplingBooking {
  const lab = LABS.find((l) => l.id === row.lab_id)
  const report = row.report_json === null ? null : (JSON.parse(row.report_json) as TestingReport)
  return {
    id: row.id,
    labId: row.lab_id,
    labName: lab?.name ?? '检测机构',
    service: row.service,
    serviceName: SERVICE_NAME[row.service],
    date: row.day,
    slotText: row.slot === 'am' ? '上午 9:00–12:00' : '下午 14:00–17:30',
    address: row.address,
    contact: maskName(row.contact),
    phone: maskPhone(row.phone),
    status: report === null ? 'booked' : 'reported',
    report,
    canReport: report === null && labOfViewer === row.lab_id,
    createdAt: row.created_at,
  }
}

/** The booker, or staff of the lab; anyone else is answered as for a missing booking. */
function visible(repos: Repos, id: string, userId: string) {
  const row = repos.testing.find(id)
  const lab = repos.testing.labOfStaff(userId)
  if (!row || (row.user_id !== userId && row.lab_id !== lab)) throw notFound('没有找到该检测预约')
  return { row, lab }
}

function checkDate(date: string, now: Date): void {
  const problem = (message: string) =>
    new ApiError(400, 'VALIDATION_FAILED', message, { date: message })
  if (!parseDate(date)) throw problem('日期不存在，请重新选择')
  const ahead = daysBetween(shanghaiDate(now), date)
  if (ahead < 1) throw problem('最早可预约明天上门采样')
  if (ahead > BOOKING_WINDOW_DAYS) throw problem(`只能预约${BOOKING_WINDOW_DAYS}天内的日期`)
  if (isRestDay(date)) throw problem('该日为休息日，请选择工作日')
}

export function testingHandlers({ repos }: HandlerDeps): Pick<Handlers, TestingKeys> {
  const t = repos.testing
  return {
    'GET /api/v1/testing/labs': ({ query }) => ({
      items: LABS.filter((l) => query.service === undefined || l.services.includes(query.service)),
    }),
    'POST /api/v1/testing/bookings': ({ body }, ctx) => {
      const lab = LABS.find((l) => l.id === body.labId)
      if (!lab || !lab.services.includes(body.service)) {
        throw new ApiError(400, 'VALIDATION_FAILED', '该机构不提供此项检测', {
          labId: '该机构不提供此项检测，请重新选择',
        })
      }
      checkDate(body.date, ctx.now)
      const id = randomUUID()
      t.insert({
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
      const row = t.find(id)
      if (!row) throw new Error('sampling booking insert did not persist')
      return toBooking(row, t.labOfStaff(ctx.session.userId))
    },
    'GET /api/v1/testing/bookings': (_input, ctx) => {
      const lab = t.labOfStaff(ctx.session.userId)
      return { items: t.ofUser(ctx.session.userId).map((r) => toBooking(r, lab)) }
    },
    'GET /api/v1/testing/bookings/:id': ({ params }, ctx) => {
      const { row, lab } = visible(repos, params.id, ctx.session.userId)
      return toBooking(row, lab)
    },
    'GET /api/v1/testing/lab/bookings': (_input, ctx) => {
      const lab = t.labOfStaff(ctx.session.userId)
      if (!lab) throw new ApiError(403, 'FORBIDDEN', '仅限检测机构工作人员使用，请使用机构账号登录')
      return { items: t.ofLab(lab).map((r) => toBooking(r, lab)) }
    },
    'POST /api/v1/testing/bookings/:id/report': ({ params, body }, ctx) => {
      const row = t.transaction(() => {
        const { row: found, lab } = visible(repos, params.id, ctx.session.userId)
        if (lab !== found.lab_id)
          throw new ApiError(403, 'FORBIDDEN', '只有承接该预约的检测机构可以出具报告')
        const report = buildReport(found.service, body, ctx.now)
        if (!t.saveReport(found.id, JSON.stringify(report)))
          throw new ApiError(409, 'ALREADY_REPORTED', '该预约的报告已出具，不能重复出具')
        return t.find(found.id) ?? found
      })
      return toBooking(row, t.labOfStaff(ctx.session.userId))
    },
  }
}
