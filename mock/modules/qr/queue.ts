import { beijingDate, beijingTime } from '../../../src/services/contract'
import { randomUUID } from 'node:crypto'
import type { QueueTicket, ServicePoint } from '../../../src/services/contract'
import { spansOn } from '../booking/calendar'
import type { Repos } from '../repositories'
import type { TicketRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import { nextOpeningText } from './opening'

/** Average minutes per person at a window, for the wait estimate. */
export const MINUTES_PER_PERSON = 6

const ticketNumber = (n: number) => `A${String(n).padStart(3, '0')}`

export async function toTicket(repos: Repos, row: TicketRow): Promise<QueueTicket> {
  const ahead = row.status === 'waiting' ? await repos.qr.ahead(row) : 0
  return ticketOf(row, ahead, (await repos.servicePoints.findById(row.point_id))?.name)
}

/** The wire form of a ticket with the waiting numbers before it and its point's name. */
export function ticketOf(row: TicketRow, ahead: number, pointName: string | null | undefined) {
  return {
    id: row.id,
    number: ticketNumber(row.number),
    pointId: row.point_id,
    pointName: pointName ?? '（网点已撤销）',
    status: row.status,
    ahead,
    waitMinutes: ahead * MINUTES_PER_PERSON,
    takenAt: row.taken_at,
  } satisfies QueueTicket
}

/** The point a ticket is asked for; fetched before the ticket's transaction opens. */
export async function ticketPoint(repos: Repos, pointId: string): Promise<ServicePoint> {
  const point = await repos.servicePoints.findById(pointId)
  if (!point) throw notFound('没有找到该服务网点，请重新扫描网点的取号码')
  return point
}

/** A number at the point, only while it is open; call inside `inTransaction`. */
export async function takeTicket(
  repos: Pick<Repos, 'qr'>,
  userId: string,
  point: ServicePoint,
  now: Date,
): Promise<TicketRow> {
  const day = beijingDate(now)
  const time = beijingTime(now)
  const open = spansOn(point.hours, day).find((s) => s.open <= time && time < s.close)
  if (!open) {
    const next = nextOpeningText(point.hours, now)
    throw new ApiError(
      409,
      'POINT_CLOSED',
      `${point.name}现在不在办公时间，取不了号。${next ? `下次办公：${next}。` : ''}可以先预约，按预约的时间到场直接办理`,
    )
  }
  const alreadyWaiting = async () => {
    const waiting = await repos.qr.waitingTicketOf(userId, point.id, day)
    if (!waiting) return
    const ahead = await repos.qr.ahead(waiting)
    throw new ApiError(
      409,
      'TICKET_ALREADY_TAKEN',
      `您已在${point.name}取号${ticketNumber(waiting.number)}，前面还有${ahead}人，请留意叫号；叫过号后可再取`,
    )
  }
  await alreadyWaiting()
  const row = {
    id: randomUUID(),
    point_id: point.id,
    day,
    user_id: userId,
    taken_at: now.toISOString(),
  }
  const number = await repos.qr.takeNumber(row)
  if (number === null) {
    // A twin request of this user's got a number first: answer as if it had come before.
    await alreadyWaiting()
    throw new ApiError(409, 'TICKET_ALREADY_TAKEN', `您已在${point.name}取号，请留意叫号`)
  }
  return { ...row, number, status: 'waiting' }
}
