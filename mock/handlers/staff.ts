import { localDate } from '../appointments/calendar'
import { effectiveStatus, toAppointment } from '../appointments/view'
import { ApiError, notFound } from '../http/errors'
import type { Handlers } from '../http/types'
import type { HandlerDeps } from './deps'

type StaffKeys = 'POST /api/v1/staff/check-ins'

const refuse = (code: string, message: string) => new ApiError(409, code, message)

export function staffHandlers({ repos }: HandlerDeps): Pick<Handlers, StaffKeys> {
  return {
    // Checking in twice answers the same queue number: the scan can be repeated safely.
    'POST /api/v1/staff/check-ins': ({ body }, ctx) => {
      if (repos.users.findById(ctx.session.userId)?.role !== 'staff') {
        throw new ApiError(403, 'FORBIDDEN', '仅限窗口工作人员使用，请使用工作人员账号登录')
      }
      const row = repos.appointments.transaction(() => {
        const found = repos.appointments.findByCode(body.code.toUpperCase())
        if (!found) throw notFound('预约码无效，请核对后重新输入或扫码')
        const status = effectiveStatus(found, ctx.now)
        if (status === 'cancelled')
          throw refuse('APPOINTMENT_CANCELLED', '该预约已取消，请引导办事人现场取号')
        if (status === 'no_show') {
          throw refuse(
            'APPOINTMENT_EXPIRED',
            '该预约时段已结束，已记为未到场，请引导办事人现场取号',
          )
        }
        if (status === 'booked' && found.day !== localDate(ctx.now)) {
          throw refuse('CHECK_IN_NOT_TODAY', `该预约为${found.day} ${found.time}，请当天前来签到`)
        }
        if (status === 'booked') {
          repos.appointments.checkIn(found.id, found.point_id, found.day, ctx.now.toISOString())
        }
        return repos.appointments.findById(found.id) ?? found
      })
      return { appointment: toAppointment(repos, row, ctx.now), queueNumber: row.queue_number ?? 0 }
    },
  }
}
