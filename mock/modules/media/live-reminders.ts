import { sendAndMark, type SendReminder } from '../booking/reminders'
import type { Repos } from '../repositories'

const AHEAD_MS = 30 * 60_000

/** “2026-03-03 15:00” in Asia/Shanghai. */
const localTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')

/**
 * 开播提醒 of the sessions starting within half an hour, through the 预约提醒 template: 事项名称
 * = the session, 预约时间 = its start, 办理地点 = 线上直播 and the host, 签到码 = the room.
 * Like the booking reminders, marked only once sent. Returns the number sent.
 */
export async function sendDueLiveReminders(repos: Repos, send: SendReminder, now: Date) {
  const due = repos.media.dueReminders(
    now.toISOString(),
    new Date(now.getTime() + AHEAD_MS).toISOString(),
  )
  return sendAndMark(
    due,
    send,
    (row) => ({
      openid: row.openid,
      appointmentId: row.session_id,
      page: `packages/media/pages/live/index?id=${row.session_id}`,
      itemName: `政务直播：${row.title}`,
      pointName: `线上直播·${row.host_department}`,
      when: localTime(row.starts_at),
      code: row.session_id.replace(/^live-/, '').slice(0, 32),
    }),
    (row) => repos.media.markReminded(row.session_id, row.user_id, now.toISOString()),
  )
}
