import { DAY_MS } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { workingDaysLeft } from '../cases/working-days'
import {
  appointmentReminderMessage,
  correctionDueMessage,
  correctionDeadline,
  deadlineNearMessage,
  ratingInviteMessage,
  type MessageDraft,
} from './builders'
import { deliver } from './notify'

/** 补正 reminded when this many working days (or fewer) are left of it. */
export const CORRECTION_REMIND_DAYS = 2
/** The 帮办员 is told when this many working days (or fewer) are left of the 承诺时限. */
export const DEADLINE_WARN_DAYS = 1
/** The 好差评 invitation goes this long after 办结 to a case still unrated. */
export const RATING_INVITE_AFTER_MS = 3 * DAY_MS
const BOOKING_AHEAD_MS = DAY_MS

const isDue = (left: number, within: number) => left >= 0 && left <= within

/** Every reminder due at `now`, as messages (pure but for the reads). */
async function dueDrafts(repos: Repos, now: Date): Promise<MessageDraft[]> {
  const clock = repos.messageClock
  const drafts: MessageDraft[] = []
  for (const row of await clock.casesIn('correction')) {
    const deadline = correctionDeadline(row.updated_at)
    if (isDue(workingDaysLeft(deadline, now), CORRECTION_REMIND_DAYS))
      drafts.push(correctionDueMessage(row, deadline, now))
  }
  for (const row of await clock.casesIn('accepted')) {
    if (row.deadline === null || row.helper_id === null) continue
    if (workingDaysLeft(row.deadline, now) <= DEADLINE_WARN_DAYS)
      drafts.push(deadlineNearMessage(row, row.helper_id, now))
  }
  const rateBefore = new Date(now.getTime() - RATING_INVITE_AFTER_MS).toISOString()
  for (const row of await clock.finishedUnratedBefore(rateBefore))
    drafts.push(ratingInviteMessage(row))
  const bookings = await clock.bookedBetween(
    now.toISOString(),
    new Date(now.getTime() + BOOKING_AHEAD_MS).toISOString(),
  )
  const items = await repos.catalog.summaries([...new Set(bookings.map((b) => b.item_id))])
  const names = new Map(items.map((item) => [item.id, item.name]))
  for (const row of bookings)
    drafts.push(appointmentReminderMessage(row, names.get(row.item_id) ?? '预约事项'))
  return drafts
}

/**
 * The reminder clock: puts every reminder due at `now` in its user's inbox (and queues its
 * WeChat send). The event keys make each go out once, whichever process or tick gets there
 * first. Returns the number this call delivered.
 */
export async function deliverDueReminders(repos: Repos, now: Date): Promise<number> {
  let delivered = 0
  for (const draft of await dueDrafts(repos, now))
    if (await deliver(repos.messages, draft, now)) delivered += 1
  return delivered
}
