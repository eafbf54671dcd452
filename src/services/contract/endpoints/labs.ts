import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  LabList,
  LabQuery,
  ReportRequest,
  SamplingBooking,
  SamplingBookingList,
  SamplingRequest,
} from '../schemas/labs'

/** The endpoints of 检测 (labs). */
export const labsEndpoints = {
  'GET /api/v1/testing/labs': {
    summary: '有资质的检测机构（产品质量、房屋环境）',
    auth: true,
    query: LabQuery,
    response: LabList,
  },
  'POST /api/v1/testing/bookings': {
    summary: '预约上门采样',
    auth: true,
    creates: true,
    body: SamplingRequest,
    response: SamplingBooking,
  },
  'GET /api/v1/testing/bookings': {
    summary: '我的检测预约与报告',
    auth: true,
    response: SamplingBookingList,
  },
  'GET /api/v1/testing/bookings/:id': {
    summary: '检测预约详情与报告（预约人或该机构工作人员可看）',
    auth: true,
    params: IdParams,
    response: SamplingBooking,
  },
  'GET /api/v1/testing/lab/bookings': {
    summary: '检测机构工作台：本机构的采样预约',
    auth: true,
    response: SamplingBookingList,
  },
  'POST /api/v1/testing/bookings/:id/report': {
    summary: '检测机构出具报告（一次）',
    auth: true,
    params: IdParams,
    body: ReportRequest,
    response: SamplingBooking,
  },
} as const satisfies Record<string, EndpointDef>
