import type { EndpointDef } from './define'
import {
  Appointment,
  AppointmentList,
  AppointmentListQuery,
  BookableDates,
  BookableDatesQuery,
  BookingItems,
  BookingItemsQuery,
  BookingRequest,
  CheckInRequest,
  CheckInResult,
  RescheduleRequest,
  SlotList,
  SlotQuery,
} from '../schemas/booking'
import { IdParams } from '../schemas/common'

/** The endpoints of 预约, 改约 and 签到. */
export const bookingEndpoints = {
  'GET /api/v1/appointments/items': {
    summary: '可预约事项（有办理网点的事项；带 q 时按名称/拼音搜索）',
    auth: true,
    query: BookingItemsQuery,
    response: BookingItems,
  },
  'GET /api/v1/appointments/dates': {
    summary: '可预约日期（未来14个工作日）',
    auth: true,
    query: BookableDatesQuery,
    response: BookableDates,
  },
  'GET /api/v1/appointments/slots': {
    summary: '某日可预约时段（半小时一段，含余量与繁忙程度）',
    auth: true,
    query: SlotQuery,
    response: SlotList,
  },
  'POST /api/v1/appointments': {
    summary: '预约办事',
    auth: true,
    creates: true,
    body: BookingRequest,
    response: Appointment,
  },
  'GET /api/v1/appointments': {
    summary: '我的预约（upcoming 待办 / past 历史）',
    auth: true,
    query: AppointmentListQuery,
    response: AppointmentList,
  },
  'GET /api/v1/appointments/:id': {
    summary: '预约详情',
    auth: true,
    params: IdParams,
    response: Appointment,
  },
  'POST /api/v1/appointments/:id/cancel': {
    summary: '取消预约（办理前2小时截止）',
    auth: true,
    params: IdParams,
    response: Appointment,
  },
  'POST /api/v1/appointments/:id/reschedule': {
    summary: '改约：取消原预约并预约新时段（要么都成功，要么都不变）',
    auth: true,
    creates: true,
    params: IdParams,
    body: RescheduleRequest,
    response: Appointment,
  },
  'POST /api/v1/staff/check-ins': {
    summary: '工作人员核验预约码：签到并取号',
    auth: true,
    body: CheckInRequest,
    response: CheckInResult,
  },
} as const satisfies Record<string, EndpointDef>
