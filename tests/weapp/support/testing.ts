// 检测 as the fake backend answers it: the reference labs and report rules, in-memory bookings.
import type { ReportRequest, SamplingBooking, TestingService } from '../../../src/services/contract'
import { buildReport, LABS, SERVICE_NAME } from '../../../mock/modules/labs/labs'
import { LEGAL_NOW } from './legal'
import type { ApiRequest, RouteTable } from './server'

const body = (req: ApiRequest) => (req.body ?? {}) as Record<string, string>

export const reportedBooking: SamplingBooking = {
  id: 'sampling-0001',
  labId: 'lab-env',
  labName: LABS[0]?.name ?? '',
  service: 'air',
  serviceName: SERVICE_NAME.air,
  date: '2026-02-26',
  slotText: '上午 9:00–12:00',
  address: '青山区幸福路街道幸福南路12号楼3单元501',
  contact: '张**',
  phone: '138****0002',
  status: 'reported',
  report: buildReport(
    'air',
    {
      place: '主卧',
      formaldehyde: '0.12',
      tvoc: '0.35',
      benzene: '',
      conclusion: '主卧甲醛超标，建议通风后复测',
    },
    LEGAL_NOW,
  ),
  canReport: false,
  createdAt: '2026-02-25T01:00:00.000Z',
}

export function testingRoutes(): RouteTable {
  const bookings: SamplingBooking[] = [reportedBooking]
  return {
    'GET /api/v1/testing/labs': (req) => {
      const service = req.query.get('service') as TestingService | null
      return {
        status: 200,
        data: {
          items: LABS.filter((l) => service === null || l.services.includes(service)).map((l) => ({
            ...l,
            bookableDates: ['2026-03-03', '2026-03-04'],
          })),
        },
      }
    },
    'GET /api/v1/testing/bookings': () => ({ status: 200, data: { items: bookings } }),
    'GET /api/v1/testing/bookings/:id': (req) => {
      const found = bookings.find((b) => b.id === req.params.id)
      return found
        ? { status: 200, data: found }
        : { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该检测预约' } }
    },
    'POST /api/v1/testing/bookings': (req) => {
      const { labId, service, date, slot, address } = body(req)
      const created: SamplingBooking = {
        ...reportedBooking,
        id: `sampling-000${bookings.length + 1}`,
        labId: String(labId),
        service: service === 'product' ? 'product' : 'air',
        date: String(date),
        slotText: slot === 'pm' ? '下午 14:00–17:30' : '上午 9:00–12:00',
        address: String(address),
        status: 'booked',
        report: null,
      }
      bookings.unshift(created)
      return { status: 200, data: created }
    },
    'GET /api/v1/testing/lab/bookings': () => ({
      status: 403,
      error: { code: 'FORBIDDEN', message: '仅限检测机构工作人员使用，请使用机构账号登录' },
    }),
    'POST /api/v1/testing/bookings/:id/report': (req) => {
      const found = bookings.find((b) => b.id === req.params.id)
      if (!found)
        return { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该检测预约' } }
      found.report = buildReport(found.service, body(req) as ReportRequest, LEGAL_NOW)
      found.status = 'reported'
      return { status: 200, data: found }
    },
  }
}
