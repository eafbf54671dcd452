import { requireRole } from '../../auth/roles'
import {
  beijingDate,
  type BookingErrorCode,
  formatDay,
  payloadOf,
} from '../../../src/services/contract'
import { verifyPayload } from '../qr/sign'
import { appointmentView, effectiveStatus } from './view'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { inTransaction } from '../../db/engine'

type StaffKeys = 'POST /api/v1/staff/check-ins'

/** The booking code in what the window scanned: the signed check-in QR, or the code as typed. */
function checkInCodeOf(qrKey: Buffer, scanned: string, now: Date): string {
  const payload = payloadOf(scanned)
  if (payload === null) return scanned.trim().toUpperCase()
  const verified = verifyPayload(qrKey, payload, now)
  if (!verified.ok || verified.kind !== 'check_in') {
    throw new ApiError(
      400,
      'NOT_A_CHECK_IN_CODE',
      '这不是预约签到码，请让办事人打开“我的预约”出示签到码',
    )
  }
  return verified.id
}

const refuse = (code: BookingErrorCode, message: string) => new ApiError(409, code, message)

export function staffHandlers({ repos, sql, qrKey }: HandlerDeps): Pick<Handlers, StaffKeys> {
  return {
    // Checking in twice answers the same queue number: the scan can be repeated safely.
    'POST /api/v1/staff/check-ins': async ({ body }, ctx) => {
      const userId = ctx.session.userId
      await requireRole(repos, userId, 'window')
      const row = await inTransaction(sql, async () => {
        const found = await repos.appointments.findByCode(checkInCodeOf(qrKey, body.code, ctx.now))
        if (!found) throw notFound('预约码无效，请核对后重新输入或扫码')
        const point = (await repos.servicePoints.findById(found.point_id))?.name ?? '预约的网点'
        await requireRole(repos, userId, 'window', {
          id: found.point_id,
          outOfScope: `该预约在${point}办理，本窗口不能签到，请引导办事人前往${point}`,
        })
        const status = effectiveStatus(found, ctx.now)
        if (status === 'cancelled')
          throw refuse('APPOINTMENT_CANCELLED', '该预约已取消，请引导办事人现场取号')
        if (status === 'no_show') {
          throw refuse(
            'APPOINTMENT_EXPIRED',
            '该预约时段已结束，已记为未到场，请引导办事人现场取号',
          )
        }
        // a 需改约 booking whose owner came anyway is served like any other on its day
        const live = status === 'booked' || status === 'needs_rebook'
        if (live && found.day !== beijingDate(ctx.now)) {
          throw refuse(
            'CHECK_IN_NOT_TODAY',
            `该预约为${formatDay(found.day, ctx.now)} ${found.time}，请当天前来签到`,
          )
        }
        if (live) {
          await repos.appointments.checkIn(
            found.id,
            found.point_id,
            found.day,
            ctx.now.toISOString(),
          )
        }
        return (await repos.appointments.findById(found.id)) ?? found
      })
      return {
        appointment: await appointmentView(repos, qrKey).view(row, ctx.now),
        queueNumber: row.queue_number ?? 0,
      }
    },
  }
}
