import { maskName, maskPhone, qrLink, type Appointment } from '../../../src/services/contract'
import { signPayload } from '../qr/sign'
import type { AppointmentRow, ViewedAppointmentRow } from './repository'
import type { Repos } from '../repositories'
import { maskedGrantee } from '../family/view'
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
 * and the check-in code as a signed 一码通 link (what the QR carries). `view` reads what a row
 * shows beside it; `viewed` takes a row read with it (`viewedById`, `viewedOfUser`).
 */
export function appointmentView(repos: Repos, qrKey: Buffer) {
  // A booking's check-in link never changes: signed once per code, not on every look.
  const links = boundedMemo<string>(CHECK_IN_LINKS_KEPT)
  const checkInLink = (code: string) =>
    links(code, () => qrLink(signPayload(qrKey, 'check_in', code)))
  const viewed = (row: ViewedAppointmentRow, now: Date): Appointment =>
    toAppointment(checkInLink, row, now)
  const view = async (row: AppointmentRow, now: Date): Promise<Appointment> => {
    const read = await repos.appointments.viewedById(row.id)
    return viewed({ ...NOTHING_BESIDE, ...read, ...row }, now)
  }
  return { view, viewed }
}

const CHECK_IN_LINKS_KEPT = 10_000

const NOTHING_BESIDE = {
  item_name: null,
  point_name: null,
  acted_grantee: null,
  moved_id: null,
  moved_day: null,
  moved_time: null,
}

function movedTo(row: ViewedAppointmentRow): Pick<Appointment, 'movedTo'> {
  const { moved_id: id, moved_day: date, moved_time: time } = row
  if (row.status !== 'cancelled' || id === null || date === null || time === null) return {}
  return { movedTo: { id, date, time } }
}

function toAppointment(
  checkInLink: (code: string) => string,
  row: ViewedAppointmentRow,
  now: Date,
): Appointment {
  const status = effectiveStatus(row, now)
  const deadline = changeDeadline(row)
  return {
    id: row.id,
    code: row.code,
    checkInLink: checkInLink(row.code),
    itemId: row.item_id,
    itemName: row.item_name ?? '（事项已下线）',
    pointId: row.point_id,
    pointName: row.point_name ?? '（网点已撤销）',
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
    ...(row.acted_grantee !== null && { actedBy: maskedGrantee(row.acted_grantee) }),
    ...movedTo(row),
  }
}
