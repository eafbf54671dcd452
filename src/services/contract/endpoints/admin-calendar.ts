import type { EndpointDef } from './define'
import {
  AdminHolidayYears,
  HolidayYearEdit,
  HolidayYearSaved,
  YearParams,
} from '../schemas/admin-calendar'

/** 管理后台：法定节假日与调休（预约、办理时限和提醒都按它计算工作日）。 */
export const adminCalendarEndpoints = {
  'GET /api/v1/admin/calendar/years': {
    summary: '管理后台：各年的节假日与调休安排',
    auth: true,
    response: AdminHolidayYears,
  },
  'POST /api/v1/admin/calendar/years/:id': {
    summary:
      '管理后台：保存一年的节假日与调休安排（立即用于预约和时限；关闭了已约时段的预约标为需改约并通知预约人）',
    auth: true,
    params: YearParams,
    body: HolidayYearEdit,
    response: HolidayYearSaved,
  },
} as const satisfies Record<string, EndpointDef>
