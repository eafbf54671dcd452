// 线上预约 as the fake backend answers it: one open day with three slots, bookings kept in state.
import type { Appointment, EndpointKey, Slot } from '../../../src/services/contract'
import { clinicFiling } from './fake-catalog'
import { centerPoint } from './fixtures'
import type { ApiRequest, Reply, RouteTable } from './server'

export const BOOKING_DAY = '2030-03-04'
export const CHECK_IN_CODE = 'K7M2P9QA'

const slot = (time: string, remaining: number, busyness: Slot['busyness']): Slot => {
  const start = new Date(`${BOOKING_DAY}T${time}:00+08:00`)
  return {
    start: start.toISOString(),
    end: new Date(start.getTime() + 1_800_000).toISOString(),
    time,
    capacity: 5,
    remaining,
    busyness,
  }
}
export const slots: readonly Slot[] = [
  slot('09:00', 0, 'busy'),
  slot('09:30', 3, 'busy'),
  slot('10:00', 5, 'quiet'),
]

export function appointmentOf(id: string, chosen: Slot, code = CHECK_IN_CODE): Appointment {
  return {
    id,
    code,
    checkInLink: `https://ymt.qingshan.gov.cn/q/c${code}..ABCDEFGHIJ`,
    itemId: clinicFiling.id,
    itemName: clinicFiling.name,
    pointId: centerPoint.id,
    pointName: centerPoint.name,
    date: BOOKING_DAY,
    time: chosen.time,
    slotStart: chosen.start,
    slotEnd: chosen.end,
    name: '张*',
    phone: '138****5678',
    status: 'booked',
    queueNumber: null,
    changeDeadline: new Date(Date.parse(chosen.start) - 7_200_000).toISOString(),
    canChange: true,
    createdAt: '2030-03-01T08:00:00.000Z',
  }
}

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined

type Key = Extract<
  EndpointKey,
  `${string} /api/v1/appointments${string}` | `${string}/staff/${string}`
>

export function appointmentRoutes(booked: Appointment[]): Pick<RouteTable, Key> {
  const find = (req: ApiRequest) => booked.find((a) => a.id === req.params.id)
  const missing = { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该预约' } }
  const found = (req: ApiRequest, change: (a: Appointment) => void): Reply<Appointment> => {
    const a = find(req)
    if (!a) return missing
    change(a)
    return { status: 200, data: a }
  }
  return {
    'GET /api/v1/appointments/items': () => ({ status: 200, data: { items: [clinicFiling] } }),
    'GET /api/v1/appointments/dates': () => ({
      status: 200,
      data: { dates: [{ date: BOOKING_DAY, weekday: 1, remaining: 8 }] },
    }),
    'GET /api/v1/appointments/slots': () => ({
      status: 200,
      data: { date: BOOKING_DAY, slots: [...slots] },
    }),
    'POST /api/v1/appointments': (req) => {
      const chosen = slots.find((s) => s.start === field(req.body, 'slotStart'))
      if (!chosen)
        return { status: 400, error: { code: 'SLOT_UNKNOWN', message: '请重新选择时段' } }
      const a = appointmentOf(`booked-${booked.length}`, chosen)
      booked.push(a)
      return { status: 200, data: a }
    },
    'GET /api/v1/appointments': () => ({ status: 200, data: { items: [...booked] } }),
    'GET /api/v1/appointments/:id': (req) => found(req, () => undefined),
    'POST /api/v1/appointments/:id/cancel': (req) =>
      found(req, (a) => Object.assign(a, { status: 'cancelled', canChange: false })),
    'POST /api/v1/appointments/:id/reschedule': () => missing,
    'POST /api/v1/staff/check-ins': (req) => {
      const a = booked.find((b) => b.code === field(req.body, 'code'))
      if (!a) return { status: 404, error: { code: 'NOT_FOUND', message: '预约码无效' } }
      Object.assign(a, { status: 'arrived', queueNumber: 7, canChange: false })
      return { status: 200, data: { appointment: a, queueNumber: 7 } }
    },
  }
}
