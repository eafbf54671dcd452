import { maskName, maskPhone, qrLink, type Appointment } from '../../../src/services/contract'
import { signPayload } from '../qr/sign'
import type { AppointmentRow } from './repository'
import type { Repos } from '../repositories'
import { actedBy } from '../family/act'
import { boundedMemo } from '../bounded-memo'

export const CHANGE_WINDOW_MS = 2 * 3_600_000

export function effectiveStatus(row: AppointmentRow, now: Date): Appointment['status'] {
  if (row.status === 'booked' && row.closed_reason !== null) return 'needs_rebook'
  if (row.status === 'booked' && new Date(row.slot_end) <= now) return 'no_show'
  return row.status
}

export function changeDeadline(row: AppointmentRow): Date {
  return new Date(new Date(row.slot_start).getTime() - CHANGE_WINDOW_MS)
}

/**
 * The wire form: names resolved, personal data masked, the no-show and change window derived,
 * and the check-in code as a signed 一码通 link (what the QR carries).
 */
export function appointmentView(repos: Repos, qrKey: Buffer) {
  // A booking's check-in link never changes: signed once per code, not on every look.
  const links = boundedMemo<string>(CHECK_IN_LINKS_KEPT)
  const checkInLink = (code: string) =>
    links(code, () => qrLink(signPayload(qrKey, 'check_in', code)))
  return (row: AppointmentRow, now: Date): Promise<Appointment> =>
    toAppointment(repos, checkInLink, row, now)
}

const CHECK_IN_LINKS_KEPT = 10_000

async function movedTo(repos: Repos, row: AppointmentRow): Promise<Pick<Appointment, 'movedTo'>> {
  if (row.status !== 'cancelled') return {}
  const next = await repos.appointments.replacement(row.id)
  return next ? { movedTo: { id: next.id, date: next.day, time: next.time } } : {}
}

async function toAppointment(
  repos: Repos,
  checkInLink: (code: string) => string,
  row: AppointmentRow,
  now: Date,
): Promise<Appointment> {
  const status = effectiveStatus(row, now)
  const deadline = changeDeadline(row)
  return {
    id: row.id,
    code: row.code,
    checkInLink: checkInLink(row.code),
    itemId: row.item_id,
    itemName: (await repos.catalog.summaries([row.item_id]))[0]?.name ?? '（事项已下线）',
    pointId: row.point_id,
    pointName: (await repos.servicePoints.findById(row.point_id))?.name ?? '（网点已撤销）',
    date: row.day,
    time: row.time,
    slotStart: row.slot_start,
    slotEnd: row.slot_end,
    name: maskName(row.name),
    phone: maskPhone(row.phone),
    status,
    queueNumber: row.queue_number,
    changeDeadline: deadline.toISOString(),
    // the office is closed then: a new time or a cancel stays open to the last minute
    canChange: status === 'needs_rebook' || (status === 'booked' && now < deadline),
    createdAt: row.created_at,
    ...(row.closed_reason !== null && { closedReason: row.closed_reason }),
    ...(await actedBy(repos, row.id)),
    ...(await movedTo(repos, row)),
  }
}
