import type { Repos } from '../repositories'
import { sendClaimed, type SendReminder } from '../../notify/reminders'

const AHEAD_MS = 24 * 3_600_000

/**
 * Sends the reminder of every booking that asked for one (`reminder = 'wechat'`) and starts
 * within a day. Each is claimed in the database before it is sent, so with several instances
 * running this loop it goes out once; a failed send gives the claim back for the next run.
 * Returns the number sent.
 */
export async function sendDueReminders(repos: Repos, send: SendReminder, now: Date) {
  const at = now.toISOString()
  const due = await repos.appointments.dueReminders(
    at,
    new Date(now.getTime() + AHEAD_MS).toISOString(),
  )
  const pointNames = new Map<string, string>()
  for (const pointId of new Set(due.map((row) => row.point_id))) {
    const point = await repos.servicePoints.findById(pointId)
    if (point) pointNames.set(pointId, point.name)
  }
  const items = await repos.catalog.summaries([...new Set(due.map((row) => row.item_id))])
  const itemNames = new Map(items.map((item) => [item.id, item.name]))
  return sendClaimed(
    due,
    send,
    (row) => ({
      openid: row.openid,
      appointmentId: row.id,
      itemName: itemNames.get(row.item_id) ?? '预约事项',
      pointName: pointNames.get(row.point_id) ?? '政务服务网点',
      when: `${row.day} ${row.time}`,
      code: row.code,
    }),
    {
      claim: (row) => repos.appointments.claimReminder(row.id, at),
      release: (row) => repos.appointments.releaseReminder(row.id, at),
    },
  )
}
