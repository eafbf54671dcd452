/**
 * WeChat subscription messages (预约提醒 template) for every kind of reminder, and the loop that
 * sends what is due. Each module says what is due and how to claim it; nothing is sent twice.
 */
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

/** Runs every job (each sends what is due at that moment) every `intervalMs`; the returned function stops it. */
export function startReminderLoop(
  jobs: readonly ((at: Date) => Promise<number>)[],
  now: () => Date,
  intervalMs = 60_000,
): () => void {
  let running = false
  const tick = () => {
    if (running) return
    running = true
    const at = now()
    void Promise.all(jobs.map((job) => job(at))).finally(() => {
      running = false
    })
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  tick()
  return () => clearInterval(timer)
}
