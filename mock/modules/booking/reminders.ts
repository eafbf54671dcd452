import type { Repos } from '../repositories'
import { sendDueLiveReminders } from '../media/live-reminders'

const AHEAD_MS = 24 * 3_600_000

/** What a 预约提醒 subscription message says; the page opens the booking. */
export interface ReminderMessage {
  openid: string
  appointmentId: string
  itemName: string
  pointName: string
  /** Local time, “2026-11-27 09:30”. */
  when: string
  code: string
  /** The page the message opens; by default the booking. */
  page?: string
}
export type SendReminder = (message: ReminderMessage) => Promise<void>

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
  return sendClaimed(
    due,
    send,
    (row) => ({
      openid: row.openid,
      appointmentId: row.id,
      itemName: repos.catalog.summaries([row.item_id])[0]?.name ?? '预约事项',
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

/**
 * One message per due row that this process claims first; a failed send releases its claim so
 * the next run tries again. Returns the number sent.
 */
export async function sendClaimed<Row>(
  rows: readonly Row[],
  send: SendReminder,
  message: (row: Row) => ReminderMessage,
  claims: { claim: (row: Row) => Promise<boolean>; release: (row: Row) => Promise<void> },
): Promise<number> {
  let sent = 0
  for (const row of rows) {
    if (!(await claims.claim(row))) continue
    try {
      await send(message(row))
      sent += 1
    } catch {
      await claims.release(row)
    }
  }
  return sent
}

/**
 * One message per due row, each marked only after it went out: a failed send stays unmarked and
 * is tried again on the next run. Returns the number sent.
 */
export async function sendAndMark<Row>(
  rows: readonly Row[],
  send: SendReminder,
  message: (row: Row) => ReminderMessage,
  mark: (row: Row) => void,
): Promise<number> {
  let sent = 0
  for (const row of rows) {
    try {
      await send(message(row))
      mark(row)
      sent += 1
    } catch {
      // Left unmarked for the next run.
    }
  }
  return sent
}

/** Runs `sendDueReminders` every `intervalMs`; the returned function stops it. */
export function startReminderLoop(
  repos: Repos,
  send: SendReminder,
  now: () => Date,
  intervalMs = 60_000,
): () => void {
  let running = false
  const tick = () => {
    if (running) return
    running = true
    const at = now()
    void Promise.all([
      sendDueReminders(repos, send, at),
      sendDueLiveReminders(repos, send, at),
    ]).finally(() => {
      running = false
    })
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  tick()
  return () => clearInterval(timer)
}
