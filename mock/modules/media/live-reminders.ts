import { beijingDate, beijingTime } from '../../../src/services/contract'
import { sendClaimed, type ReminderMessage, type SendReminder } from '../../notify/reminders'
import type { Repos } from '../repositories'
import type { DueLiveReminder } from './repository'

const AHEAD_MS = 30 * 60_000

/** “2026-03-03 15:00” in Asia/Shanghai. */
const beijingMinute = (iso: string) => `${beijingDate(new Date(iso))} ${beijingTime(new Date(iso))}`

const messageOf = (row: DueLiveReminder): ReminderMessage => ({
  openid: row.openid,
  appointmentId: row.session_id,
  page: `packages/media/pages/live/index?id=${row.session_id}`,
  itemName: `政务直播：${row.title}`,
  pointName: `线上直播·${row.host_department}`,
  when: beijingMinute(row.starts_at),
  code: row.session_id.replace(/^live-/, '').slice(0, 32),
})

/**
 * 开播提醒 of the sessions starting within half an hour, through the 预约提醒 template: 事项名称
 * = the session, 预约时间 = its start, 办理地点 = 线上直播 and the host, 签到码 = the room.
 * Each send is claimed in the database first, so several server instances running this at once
 * send it once; a failed send is given back and tried again on the next run. Returns the number
 * sent by this call.
 */
export async function sendDueLiveReminders(
  repos: Pick<Repos, 'media'>,
  send: SendReminder,
  now: Date,
) {
  const at = now.toISOString()
  const due = await repos.media.dueReminders(at, new Date(now.getTime() + AHEAD_MS).toISOString())
  return sendClaimed(due, send, messageOf, {
    claim: (row) => repos.media.claimReminder(row.session_id, row.user_id, at),
    release: (row) => repos.media.releaseReminder(row.session_id, row.user_id, at),
  })
}
